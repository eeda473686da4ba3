// What an entity page adds for some kinds: a region's companies by kind of link (the API's
// partnerships for the region, as the matrix counts them), a sector's companies and the
// provinces they worked in within it, a summit's text, figures, organizers and participants
// (summits are not report entries), and the documents a ministry, region or organization
// issued (policies by issuer), each with the entry that reports it.
import { graphql, ENTRY } from '../api.js';
import { t, displayName } from '../i18n.js';
import { el, entityLink, sourceLink } from './dom.js';
import { linkKind } from '../links.js';

const REGION_PARTNERS = `
query RegionPartners($region: String!) {
  partnerships(region: $region) {
    company { id name nameEn }
    kinds
    initiatives { id }
    events { id }
  }
}`;

const LINKED = `
query Linked($id: ID!) {
  node(id: $id) {
    ... on Entity {
      initiatives(first: 100) {
        edges { node { id actors { role entity { id __typename name nameEn } } } }
      }
    }
  }
}`;

const SECTOR_PARTNERS = `
query SectorPartners($sector: String!) {
  partnerships(sector: $sector) {
    company { id name nameEn }
    region { id name nameEn }
    initiatives { id }
  }
}`;

const SUMMIT = `
query Summit($id: ID!) {
  node(id: $id) {
    ... on Event {
      text
      figures
      report { month }
      organizers { role entity { id __typename name nameEn } }
      participants { role entity { id __typename name nameEn } initiative { ...Entry } }
    }
  }
}
${ENTRY}`;

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
  if (['Ministry', 'Organization', 'Company'].includes(node.__typename)) linked(node, article, current);
  if (node.__typename === 'Region') regionPartners(node, article, current);
  if (node.__typename === 'Sector') sectorPartners(node, article, current);
  if (node.__typename === 'Event') summit(node, article, current);
  if (['Ministry', 'Region', 'Organization'].includes(node.__typename)) policies(node, article, current);
}

async function regionPartners(node, article, current) {
  const data = await askForSection(current, 'partners', REGION_PARTNERS, { region: node.id });
  if (!data) return;
  const rows = data.partnerships;
  if (!rows.length) return;
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

/** The parties the entity's entries (the first 100) name beside it, by kind of link, most entries first. */
async function linked(node, article, current) {
  const data = await askForSection(current, 'linked', LINKED, { id: node.id });
  if (!data) return;
  const edges = data.node.initiatives.edges;
  const kinds = new Map();
  for (const { node: entry } of edges) {
    const own = entry.actors.find((actor) => actor.entity.id === node.id);
    if (!own) continue;
    for (const actor of entry.actors) {
      if (actor.entity.id === node.id) continue;
      const kind = linkKind(own.role, actor.role);
      const parties = kinds.get(kind) || new Map();
      const party = parties.get(actor.entity.id) || { entity: actor.entity, entries: new Set() };
      party.entries.add(entry.id);
      parties.set(actor.entity.id, party);
      kinds.set(kind, parties);
    }
  }
  if (!kinds.size) return;
  const order = ['PARTNER', 'CO_ISSUER', 'CO_ACTOR'].filter((kind) => kinds.has(kind));
  const section = el(
    'section',
    { class: 'linked', id: 'linked' },
    el('h2', {}, t('linkedTitle')),
    el('dl', { class: 'facts' }, order.flatMap((kind) => [
      el('dt', {}, t('linkKinds')[kind]),
      el('dd', { 'data-kind': kind }, [...kinds.get(kind).values()]
        .sort((a, b) => b.entries.size - a.entries.size || a.entity.id.localeCompare(b.entity.id))
        .flatMap((party, i) => [i ? t('separator') : null, el('span', { class: 'party', 'data-id': party.entity.id }, entityLink(party.entity), party.entries.size > 1 ? ` ×${party.entries.size}` : '')])),
    ])),
  );
  insertBeforeEntries(article, section);
}

async function sectorPartners(node, article, current) {
  const data = await askForSection(current, 'sector partners', SECTOR_PARTNERS, { sector: node.id });
  if (!data) return;
  const rows = data.partnerships;
  if (!rows.length) return;
  // one line a company: the provinces it worked in within the sector, with their entries
  const companies = new Map();
  for (const row of rows) {
    const company = companies.get(row.company.id) || { company: row.company, regions: [], count: 0 };
    company.regions.push(row);
    company.count += row.initiatives.length;
    companies.set(row.company.id, company);
  }
  const sorted = [...companies.values()].filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.company.id.localeCompare(b.company.id));
  if (!sorted.length) return;
  const section = el(
    'section',
    { class: 'sector-partners', id: 'sector-partners' },
    el('h2', {}, t('sectorPartners')),
    el('ul', { class: 'partner-list' }, sorted.map((c) =>
      el('li', { 'data-company': c.company.id }, entityLink(c.company), ' ', el('span', { class: 'count' }, String(c.count)), ' ',
        el('span', { class: 'kinds' }, c.regions.filter((r) => r.initiatives.length).map((r) => `${displayName(r.region)} ${r.initiatives.length}`).join(' · '))))),
  );
  insertBeforeEntries(article, section);
}

/** Parties grouped by role, in the order of `roles`: [{ role, entities }]. */
function byRole(parties, roles) {
  return roles
    .map((role) => ({ role, parties: parties.filter((party) => party.role === role) }))
    .filter((group) => group.parties.length);
}

async function summit(node, article, current) {
  const data = await askForSection(current, 'summit', SUMMIT, { id: node.id });
  if (!data) return;
  const event = data.node;
  if (!event) return;
  const organizers = byRole(event.organizers, ['HOST', 'GUIDE', 'ORGANIZER', 'CO_ORGANIZER']);
  const participants = byRole(event.participants, ['SPEAKER', 'EXHIBITOR', 'PARTICIPANT']);
  const section = el(
    'section',
    { class: 'summit', id: 'summit' },
    el('h2', {}, t('summitText', event.report.month)),
    event.text.split(/\n+/).filter(Boolean).map((paragraph) => el('p', { class: 'summit-text' }, paragraph)),
    event.figures.length ? el('p', { class: 'figures' }, `${t('figures')}: `, event.figures.join(t('separator'))) : null,
    organizers.length
      ? el('dl', { class: 'facts organizers' }, organizers.flatMap((group) => [
        el('dt', {}, t('organizerRoles')[group.role] || group.role),
        el('dd', {}, group.parties.flatMap((party, i) => (i ? [t('separator'), entityLink(party.entity)] : [entityLink(party.entity)]))),
      ]))
      : null,
    participants.length
      ? [
        el('h3', {}, t('participants')),
        el('dl', { class: 'facts participants' }, participants.flatMap((group) => [
          el('dt', {}, t('participantRoles')[group.role] || group.role),
          el('dd', {}, group.parties.flatMap((party, i) => [
            i ? t('separator') : null,
            entityLink(party.entity),
            party.initiative && party.initiative.sourceUrl ? [' ', el('a', { href: party.initiative.sourceUrl, class: 'source-mini', target: '_blank', rel: 'noopener noreferrer', title: party.initiative.text }, `[${t('source')}]`)] : null,
          ])),
        ])),
      ]
      : null,
  );
  const entries = article.querySelector('.entries-section');
  // a summit has no entries of its own: its section says so instead of "0 entries"
  if (entries && !entries.querySelector('li.entry')) entries.hidden = true;
  insertBeforeEntries(article, section);
}

async function policies(node, article, current) {
  const data = await askForSection(current, 'policies', POLICIES, { issuer: node.id });
  if (!data) return;
  const list = data.policies;
  if (!list.length) return;
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

/**
 * The API's answer to a section's query, or null when the page has moved on or the query
 * failed: a section is an extra, so its failure is logged and the page shows without it.
 */
async function askForSection(current, label, query, variables) {
  try {
    const data = await graphql(query, variables);
    return current() ? data : null;
  } catch (error) {
    console.warn(label, error);
    return null;
  }
}

function insertBeforeEntries(article, section) {
  const entries = article.querySelector('.entries-section');
  if (entries) article.insertBefore(section, entries);
  else article.append(section);
}
