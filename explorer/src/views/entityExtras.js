// What an entity page adds for some kinds: a region's companies by kind of link (the API's
// partnerships for the region, as the matrix counts them) and the documents a ministry,
// region or organization issued (policies by issuer), each with the entry that reports it.
import { graphql, ENTRY } from '../api.js';
import { t, displayName } from '../i18n.js';
import { el, entityLink, sourceLink } from './dom.js';

const REGION_PARTNERS = `
query RegionPartners($region: String!) {
  partnerships(region: $region) {
    company { id name nameEn }
    kinds
    initiatives { id }
    events { id }
  }
}`;

const POLICIES = `
query Issued($issuer: String!) {
  policies(filter: { issuer: $issuer }) {
    id title titleEn date
    initiative { ...Entry }
  }
}
${ENTRY}`;

/** Appends the sections that fit the entity's kind to the page's article; current() tells whether the page is still shown. */
export function entityExtras(node, article, current) {
  if (node.__typename === 'Region') regionPartners(node, article, current);
  if (['Ministry', 'Region', 'Organization'].includes(node.__typename)) policies(node, article, current);
}

async function regionPartners(node, article, current) {
  let rows;
  try {
    rows = (await graphql(REGION_PARTNERS, { region: node.id })).partnerships;
  } catch (error) {
    console.warn('partners', error);
    return;
  }
  if (!current() || !rows.length) return;
  rows.sort((a, b) => b.initiatives.length + b.events.length - (a.initiatives.length + a.events.length));
  const section = el(
    'section',
    { class: 'region-partners', id: 'region-partners' },
    el('h2', {}, t('regionPartners')),
    el('ul', { class: 'partner-list' }, rows.map((row) =>
      el('li', { 'data-company': row.company.id }, entityLink(row.company), ' ',
        el('span', { class: 'kinds' }, row.kinds.map((kind) => t('kinds')[kind] || kind).join(' · ')), ' ',
        el('span', { class: 'count' }, String(row.initiatives.length + row.events.length))))),
  );
  insertBeforeEntries(article, section);
}

async function policies(node, article, current) {
  let list;
  try {
    list = (await graphql(POLICIES, { issuer: node.id })).policies;
  } catch (error) {
    console.warn('policies', error);
    return;
  }
  if (!current() || !list.length) return;
  const section = el(
    'section',
    { class: 'policies', id: 'policies' },
    el('h2', {}, t('policiesIssued', list.length)),
    el('ol', { class: 'entries' }, list.map((policy) =>
      el('li', { class: 'entry policy', 'data-id': policy.id },
        el('time', { datetime: policy.date }, policy.date),
        el('strong', {}, displayName({ name: policy.title, nameEn: policy.titleEn })),
        sourceLink(policy.initiative)))),
  );
  insertBeforeEntries(article, section);
}

function insertBeforeEntries(article, section) {
  const entries = article.querySelector('.entries-section');
  if (entries) article.insertBefore(section, entries);
  else article.append(section);
}
