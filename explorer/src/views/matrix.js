// Companies × province-level regions: a cell counts the entries (and summits) that link the
// company, with its subsidiaries and branches, to the province, as the API's partnerships
// answer; its tooltip breaks them down by kind of link, and clicking it lists them with their
// source links. Sector and dates go to the API; the programme's action and the report month
// are applied here to the entries (summits have neither, so those filters leave them out).
import { graphql, ENTRY } from '../api.js';
import { t, displayName } from '../i18n.js';
import { el, entityLink, entryItem } from './dom.js';

const QUERY = `
query Matrix($sector: String, $from: Date, $to: Date) {
  partnerships(sector: $sector, from: $from, to: $to) {
    company { id name nameEn }
    region { id name nameEn }
    evidence {
      kind
      via { id name nameEn }
      initiative { ...Entry report { month } sectors { id } }
      event { id name nameEn startDate }
    }
  }
}
${ENTRY}`;

const OPTIONS = `{
  sectors { id name nameEn }
  programmeActions { action name sectors { id } }
  reports { id month }
}`;

let options;
const state = { sector: '', action: '', from: '', to: '', report: '' };

export async function showMatrix(main, current) {
  main.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  try {
    options = options || (await graphql(OPTIONS));
  } catch (error) {
    if (current()) main.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (!current()) return;
  const body = el('div', { class: 'matrix-body', id: 'matrix-body' });
  const detail = el('section', { class: 'cell-entries', id: 'cell-entries', hidden: true });
  main.replaceChildren(
    el('section', { class: 'view view-matrix' }, el('h1', {}, t('matrixTitle')), el('p', { class: 'intro' }, t('matrixIntro')), filters(() => load(body, detail, current)), body),
    detail,
  );
  await load(body, detail, current);
}

function select(name, choices) {
  const node = el('select', { name, id: `filter-${name}` }, el('option', { value: '' }, t('all')),
    choices.map(([value, label]) => el('option', { value, selected: state[name] === value }, label)));
  return node;
}

function filters(reload) {
  const form = el(
    'form',
    { class: 'filters', id: 'matrix-filters' },
    el('label', {}, t('sector'), ' ', select('sector', options.sectors.map((s) => [s.id, displayName(s)]))),
    el('label', {}, t('action'), ' ', select('action', options.programmeActions.map((a) => [a.action, (t('actions') || {})[a.action] || a.name]))),
    el('label', {}, t('from'), ' ', el('input', { type: 'date', name: 'from', value: state.from })),
    el('label', {}, t('to'), ' ', el('input', { type: 'date', name: 'to', value: state.to })),
    el('label', {}, t('reportMonth'), ' ', select('report', options.reports.map((r) => [r.month, r.month]))),
  );
  form.addEventListener('change', (event) => {
    state[event.target.name] = event.target.value;
    reload();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** The cells after the filters the API does not have: { company, region, items: [{kind, via, initiative|event}] }. */
function cells(rows) {
  const action = state.action ? options.programmeActions.find((a) => a.action === state.action) : null;
  const actionSectors = action ? new Set(action.sectors.map((s) => s.id)) : null;
  return rows
    .map((row) => {
      const evidence = row.evidence.filter((ev) => {
        if (!ev.initiative) return !actionSectors && !state.report;
        if (actionSectors && !ev.initiative.sectors.some((s) => actionSectors.has(s.id))) return false;
        if (state.report && ev.initiative.report.month !== state.report) return false;
        return true;
      });
      const ids = new Set(evidence.map((ev) => (ev.initiative || ev.event).id));
      // per kind, the distinct entries and summits: an entry that evidences the link twice
      // (through the group and through its subsidiary) counts once, as in the cell
      const byKind = {};
      for (const ev of evidence) (byKind[ev.kind] = byKind[ev.kind] || new Set()).add((ev.initiative || ev.event).id);
      return { company: row.company, region: row.region, evidence, count: ids.size, byKind };
    })
    .filter((cell) => cell.count > 0);
}

let loadSeq = 0;

async function load(body, detail, current) {
  const seq = ++loadSeq;
  body.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  let rows;
  try {
    rows = (await graphql(QUERY, { sector: state.sector || null, from: state.from || null, to: state.to || null })).partnerships;
  } catch (error) {
    if (current() && seq === loadSeq) body.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (!current() || seq !== loadSeq) return;
  const all = cells(rows);
  if (!all.length) {
    body.replaceChildren(el('p', {}, t('matrixEmpty')));
    return;
  }
  const total = (key) => {
    const sums = new Map();
    for (const cell of all) {
      const id = cell[key].id;
      const sum = sums.get(id) || { entity: cell[key], count: 0 };
      sum.count += cell.count;
      sums.set(id, sum);
    }
    return [...sums.values()].sort((a, b) => b.count - a.count || a.entity.id.localeCompare(b.entity.id));
  };
  const companies = total('company');
  const regions = total('region');
  const byKey = new Map(all.map((cell) => [`${cell.company.id}|${cell.region.id}`, cell]));
  const max = Math.max(...all.map((cell) => cell.count));
  const table = el(
    'table',
    { class: 'matrix', id: 'matrix' },
    el('thead', {}, el('tr', {}, el('th', { class: 'corner' }, `${t('company')} \\ ${t('provinceCol')}`),
      regions.map((r) => el('th', { class: 'col', 'data-region': r.entity.id, scope: 'col' }, el('a', { href: `#/entity/${encodeURIComponent(r.entity.id)}` }, displayName(r.entity)))))),
    el('tbody', {}, companies.map((c) =>
      el('tr', { 'data-company': c.entity.id },
        el('th', { scope: 'row' }, entityLink(c.entity), el('span', { class: 'count' }, String(c.count))),
        regions.map((r) => {
          const cell = byKey.get(`${c.entity.id}|${r.entity.id}`);
          if (!cell) return el('td', { class: 'empty' });
          const breakdown = Object.entries(cell.byKind).map(([kind, ids]) => `${t('kinds')[kind] || kind} ${ids.size}`).join(' · ');
          const shade = 0.15 + 0.85 * (cell.count / max);
          return el('td', {
            class: 'cell', 'data-company': c.entity.id, 'data-region': r.entity.id, 'data-count': cell.count, tabindex: 0,
            title: `${displayName(c.entity)} × ${displayName(r.entity)}: ${t('entriesCount', cell.count)}\n${breakdown}`,
            style: `background: rgba(59, 110, 165, ${shade.toFixed(2)}); color: ${shade > 0.55 ? '#fff' : 'inherit'}`,
            onclick: () => showCell(cell, detail),
            onkeydown: (event) => { if (event.key === 'Enter') showCell(cell, detail); },
          }, String(cell.count));
        }),
      ))),
  );
  body.replaceChildren(el('p', { class: 'intro' }, t('matrixSize', companies.length, regions.length)), el('div', { class: 'matrix-scroll' }, table));
}

function showCell(cell, section) {
  const entries = new Map();
  const events = new Map();
  for (const ev of cell.evidence) {
    const key = (ev.initiative || ev.event).id;
    const target = ev.initiative ? entries : events;
    const item = target.get(key) || { node: ev.initiative || ev.event, kinds: new Set(), via: new Map() };
    item.kinds.add(ev.kind);
    item.via.set(ev.via.id, ev.via);
    target.set(key, item);
  }
  const label = (item) => el('span', { class: 'kinds' }, ' ', [...item.kinds].map((k) => t('kinds')[k] || k).join(' · '),
    item.via.size && ![...item.via.keys()].every((id) => id === cell.company.id) ? [` · ${t('via')}: `, [...item.via.values()].map(displayName).join(t('separator'))] : null);
  const sorted = [...entries.values()].sort((a, b) => a.node.date.localeCompare(b.node.date));
  section.hidden = false;
  section.dataset.company = cell.company.id;
  section.dataset.region = cell.region.id;
  section.replaceChildren(...[
    el('h2', {}, entityLink(cell.company), ' × ', entityLink(cell.region), ` (${cell.count})`),
    el('ol', { class: 'entries' }, sorted.map((item) => entryItem(item.node, label(item)))),
    events.size ? el('p', { class: 'summits' }, `${t('summits')}: `, [...events.values()].flatMap((item, i) => [i ? t('separator') : null, entityLink(item.node), ` ${item.node.startDate}`])) : null,
  ].filter(Boolean));
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
