// The network view: an entity's neighbourhood as a graph (cytoscape.js), each edge with the
// report entries that evidence it, and "how are X and Y connected" through the `path` query.
import cytoscape from 'cytoscape';
import { graphql, SEARCH } from './api.js';
import { t, names, displayName } from './i18n.js';

const ENTRY = `
fragment NetEntry on Initiative {
  id date text sourceUrl sourceUrlStatus sourceUrlIssue
  region { id __typename name nameEn }
}`;

const REF = 'id __typename name nameEn';

const NEIGHBOURS = `
query Neighbours($id: ID!) {
  node(id: $id) {
    id __typename
    ... on Entity {
      name nameEn
      initiatives(first: 50) {
        edges { node {
          ...NetEntry
          actors { role entity { ${REF} } }
          sectors { ${REF} }
        } }
      }
    }
  }
}
${ENTRY}`;

const COMPANY_PROVINCES = `
query NetworkProvinces($company: String!) {
  partnerships(company: $company) {
    region { ${REF} }
    kinds
    initiatives { ...NetEntry }
  }
}
${ENTRY}`;

const PATH = `
query Connect($from: String!, $to: String!) {
  path(from: $from, to: $to, maxHops: 4) {
    nodes {
      id __typename
      ... on Entity { name nameEn }
      ... on Initiative { date }
      ... on Policy { title }
    }
    steps {
      type forward evidenced
      from { id } to { id }
      evidence { ...NetEntry }
    }
  }
}
${ENTRY}`;

export const TYPE_COLOURS = {
  Company: '#e07b39',
  Region: '#3f9a55',
  Ministry: '#6a56b8',
  Organization: '#3b84b0',
  Sector: '#b5478f',
  Event: '#b59a1f',
  Initiative: '#9aa3b0',
  Policy: '#7a6a58',
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function sourceLink(entry) {
  if (entry.sourceUrlStatus === 'NONE' || !entry.sourceUrl) {
    return el('p', { class: 'source none' }, t('noSource'));
  }
  const damaged = entry.sourceUrlStatus === 'DAMAGED';
  return el(
    'p',
    { class: 'source' + (damaged ? ' damaged' : '') },
    el('span', { class: 'source-label' }, `${t('source')}: `),
    el('a', { href: entry.sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, entry.sourceUrl),
    damaged
      ? el('span', { class: 'damaged-badge', title: entry.sourceUrlIssue || '' }, ` ⚠ ${t('damaged')}${entry.sourceUrlIssue ? `: ${entry.sourceUrlIssue}` : ''}`)
      : null,
  );
}

function entryItem(entry) {
  return el(
    'li',
    { class: 'entry', 'data-id': entry.id },
    el('time', { datetime: entry.date }, entry.date),
    entry.region ? el('span', { class: 'entry-region' }, displayName(entry.region)) : null,
    el('p', { class: 'entry-text' }, entry.text),
    sourceLink(entry),
  );
}

function nodeLabel(node) {
  if (node.__typename === 'Initiative') return node.date || node.id;
  if (node.__typename === 'Policy') return `《${node.title}》`;
  return displayName(node) || node.id;
}

/**
 * The graph state: cytoscape plus the evidence of each edge (kept outside cytoscape's data so
 * that the entries are not copied around).
 */
class Network {
  constructor(container, panel) {
    this.panel = panel;
    this.evidence = new Map();
    this.expanded = new Set();
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n) => TYPE_COLOURS[n.data('type')] || '#888',
            label: 'data(label)',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': 120,
            width: 18,
            height: 18,
            color: '#1d2330',
            'text-outline-color': '#fff',
            'text-outline-width': 2,
          },
        },
        { selector: 'node.center', style: { width: 30, height: 30, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1d2330' } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1d2330' } },
        {
          selector: 'edge',
          style: {
            width: (e) => Math.min(1 + (e.data('count') || 0), 6),
            'line-color': '#b8c0cc',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 10,
            color: '#5b6474',
            'text-rotation': 'autorotate',
            'text-background-color': '#fff',
            'text-background-opacity': 0.8,
            'text-background-padding': 1,
          },
        },
        { selector: 'edge.structural', style: { 'line-style': 'dashed' } },
        { selector: 'edge:selected', style: { 'line-color': '#3b6ea5', color: '#3b6ea5', width: 4 } },
      ],
    });
    this.cy.on('tap', 'edge', (event) => this.showEvidence(event.target));
    this.cy.on('tap', 'node', (event) => this.onNodeTap(event.target));
    this.onNodeTap = () => {};
  }

  addNode(node, classes = '') {
    if (!node || !node.id) return;
    const existing = this.cy.getElementById(node.id);
    if (existing.nonempty()) {
      if (classes) existing.addClass(classes);
      return;
    }
    this.cy.add({ group: 'nodes', data: { id: node.id, type: node.__typename, label: nodeLabel(node), entity: node }, classes });
  }

  addEdge(from, to, kind, label, entries, structural = false) {
    if (!from || !to || from === to) return;
    const [a, b] = [from, to];
    const id = `${a}|${b}|${kind}`;
    const reverse = `${b}|${a}|${kind}`;
    const key = this.evidence.has(reverse) ? reverse : id;
    if (!this.evidence.has(key)) {
      this.evidence.set(key, new Map());
      this.cy.add({ group: 'edges', data: { id: key, source: a, target: b, kind, label, count: 0 }, classes: structural ? 'structural' : '' });
    }
    const map = this.evidence.get(key);
    for (const entry of entries || []) map.set(entry.id, entry);
    this.cy.getElementById(key).data('count', map.size);
  }

  clear() {
    this.cy.elements().remove();
    this.evidence.clear();
    this.expanded.clear();
    this.panel.replaceChildren(el('p', { class: 'muted' }, t('netHint')));
  }

  async expand(id, center = false) {
    if (this.expanded.has(id)) return;
    this.expanded.add(id);
    const data = await graphql(NEIGHBOURS, { id });
    const node = data.node;
    if (!node || !node.name) throw new Error(`${t('notFound')}: ${id}`);
    const origin = this.cy.getElementById(id).nonempty() ? this.cy.getElementById(id).position() : null;
    const before = this.cy.nodes().map((n) => n.id());
    this.addNode(node, center ? 'center expanded' : 'expanded');
    for (const { node: entry } of node.initiatives.edges) {
      const roleOf = entry.actors.find((actor) => actor.entity.id === id);
      for (const actor of entry.actors) {
        if (actor.entity.id === id) continue;
        this.addNode(actor.entity);
        const partner = actor.role === 'PARTNER' || (roleOf && roleOf.role === 'PARTNER');
        this.addEdge(id, actor.entity.id, partner ? 'PARTNER' : 'CO_ACTOR', partner ? t('netPartner') : t('netCoActor'), [entry]);
      }
      if (entry.region && entry.region.id !== id) {
        this.addNode(entry.region);
        this.addEdge(id, entry.region.id, 'IN_REGION', t('netInRegion'), [entry]);
      }
      for (const sector of entry.sectors) {
        if (sector.id === id) continue;
        this.addNode(sector);
        this.addEdge(id, sector.id, 'CONCERNS', t('netSector'), [entry]);
      }
    }
    if (node.__typename === 'Company') {
      const rows = (await graphql(COMPANY_PROVINCES, { company: id })).partnerships;
      for (const row of rows) {
        this.addNode(row.region);
        this.addEdge(id, row.region.id, 'PROVINCE', row.kinds.map((kind) => t('kinds')[kind] || kind).join(' · '), row.initiatives);
      }
    }
    this.layout(before, origin);
  }

  layout(before = [], origin = null) {
    const fresh = this.cy.nodes().filter((n) => !before.includes(n.id()));
    if (!before.length || !origin) {
      // the entity in the middle, the regions round it, the other neighbours outside
      const inner = this.cy.nodes().filter((n) => !n.hasClass('center') && n.data('type') === 'Region');
      const outer = this.cy.nodes().filter((n) => !n.hasClass('center') && n.data('type') !== 'Region');
      this.cy.nodes('.center').position({ x: 0, y: 0 });
      const ring = (nodes, radius, turn) =>
        nodes.forEach((n, i) => {
          const angle = turn + (2 * Math.PI * i) / nodes.length;
          n.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
        });
      const r1 = Math.max(130, inner.length * 22);
      ring(inner, r1, -Math.PI / 2);
      ring(outer, Math.max(r1 + 130, outer.length * 11), -Math.PI / 2 + 0.1);
      this.cy.fit(undefined, 30);
      return;
    }
    // new neighbours on a circle round the node that was expanded; the rest stays put
    const radius = 90 + fresh.length * 4;
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      n.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 30 } }, { duration: 300 });
  }

  drawPath(path) {
    this.clear();
    path.nodes.forEach((node, i) => this.addNode(node, i === 0 || i === path.nodes.length - 1 ? 'center' : ''));
    for (const step of path.steps) {
      const [a, b] = step.forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
      this.addEdge(a, b, step.type, t('relTypes')[step.type] || step.type, step.evidence || [], !step.evidenced);
    }
    const n = path.nodes.length;
    path.nodes.forEach((node, i) => this.cy.getElementById(node.id).position({ x: i * 160, y: (i % 2) * 60 }));
    if (n) this.cy.fit(undefined, 40);
  }

  showEvidence(edge) {
    this.cy.elements().unselect();
    edge.select();
    const entries = [...(this.evidence.get(edge.id())?.values() || [])].sort((x, y) => (x.date < y.date ? 1 : -1));
    const from = edge.source().data('entity');
    const to = edge.target().data('entity');
    this.panel.replaceChildren(
      el('h3', { class: 'edge-title' }, nodeLabel(from), ' — ', el('span', { class: 'edge-kind' }, edge.data('label')), ' — ', nodeLabel(to)),
      entries.length
        ? el('p', { class: 'muted' }, t('netEvidence', entries.length))
        : el('p', { class: 'muted' }, t('netStructural')),
      el('ol', { class: 'entries' }, entries.map(entryItem)),
    );
  }
}

function legend() {
  const types = ['Company', 'Region', 'Ministry', 'Organization', 'Sector', 'Event', 'Initiative'];
  return el(
    'ul',
    { class: 'net-legend' },
    types.map((type) => el('li', {}, el('span', { class: 'dot', style: `background:${TYPE_COLOURS[type]}` }), t('types')[type] || type)),
  );
}

let current;

/** Draws the network page of an entity into main; isCurrent() says whether the page is still shown. */
export async function showNetwork(main, id, isCurrent) {
  if (current) current.cy.destroy();
  const graph = el('div', { class: 'net-graph', id: 'network-graph' });
  const panel = el('aside', { class: 'net-panel', id: 'network-panel' }, el('p', { class: 'muted' }, t('netHint')));
  const status = el('p', { class: 'net-status loading' }, t('loading'));
  const title = el('h1', {}, id);
  const fromInput = el('input', { id: 'connect-from', type: 'text', list: 'connect-names', autocomplete: 'off' });
  const toInput = el('input', { id: 'connect-to', type: 'text', list: 'connect-names', autocomplete: 'off', placeholder: t('netToPlaceholder') });
  const names_ = el('datalist', { id: 'connect-names' });
  const connectButton = el('button', { type: 'submit', id: 'connect-go' }, t('netConnectGo'));
  const resetButton = el('button', { type: 'button', id: 'network-reset' }, t('netReset'));
  const form = el(
    'form',
    { class: 'connect', id: 'connect' },
    el('strong', {}, t('netConnect')),
    el('label', {}, `${t('netFrom')} `, fromInput),
    el('label', {}, `${t('netTo')} `, toInput),
    connectButton,
    resetButton,
    names_,
  );
  main.replaceChildren(
    el(
      'article',
      { class: 'network', 'data-id': id },
      el('header', { class: 'entity-head' }, el('span', { class: 'type' }, t('netTitle')), title, el('a', { href: `#/entity/${encodeURIComponent(id)}` }, t('netBack'))),
      form,
      legend(),
      status,
      el('div', { class: 'net-body' }, graph, panel),
    ),
  );
  const network = new Network(graph, panel);
  current = network;
  window.__explorerNetwork = network.cy;
  const fail = (error) => {
    if (!isCurrent()) return;
    status.className = 'net-status error';
    status.textContent = `${t('loadFailed')}: ${error.message}`;
  };
  network.onNodeTap = async (node) => {
    if (node.data('type') === 'Initiative' || node.data('type') === 'Policy') return;
    status.className = 'net-status loading';
    status.textContent = t('loading');
    try {
      await network.expand(node.id());
      if (isCurrent()) status.textContent = t('netHelp');
      status.className = 'net-status muted';
    } catch (error) {
      fail(error);
    }
  };
  const start = async () => {
    network.clear();
    try {
      await network.expand(id, true);
    } catch (error) {
      fail(error);
      return;
    }
    if (!isCurrent()) return;
    const centre = network.cy.getElementById(id).data('entity');
    const n = names(centre);
    title.textContent = n.main;
    if (!fromInput.value) fromInput.value = n.main;
    status.className = 'net-status muted';
    status.textContent = t('netHelp');
    graph.dataset.ready = 'true';
  };
  resetButton.addEventListener('click', start);

  let timer;
  const suggest = (input) => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return;
    timer = setTimeout(async () => {
      try {
        const data = await graphql(SEARCH, { text: text.slice(0, 200) });
        names_.replaceChildren(...data.search.filter((hit) => hit.node && hit.node.name).map((hit) => el('option', { value: hit.node.name }, displayName(hit.node))));
      } catch {
        // suggestions are a convenience: the path query resolves names itself
      }
    }, 200);
  };
  fromInput.addEventListener('input', () => suggest(fromInput));
  toInput.addEventListener('input', () => suggest(toInput));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const from = fromInput.value.trim();
    const to = toInput.value.trim();
    if (!from || !to) return;
    status.className = 'net-status loading';
    status.textContent = t('loading');
    delete graph.dataset.ready;
    try {
      const data = await graphql(PATH, { from, to });
      if (!isCurrent()) return;
      if (!data.path) {
        status.className = 'net-status';
        status.textContent = t('netNoPath', from, to);
        return;
      }
      network.drawPath(data.path);
      status.className = 'net-status muted';
      status.textContent = t('netPathFound', data.path.steps.length);
      graph.dataset.ready = 'path';
    } catch (error) {
      fail(error);
    }
  });
  await start();
}
