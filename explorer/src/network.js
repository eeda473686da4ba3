// The network view: an entity's neighbourhood as a graph (cytoscape.js), each edge with the
// report entries that evidence it, and "how are X and Y connected" through the `path` query.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphql, SEARCH, ENTRY } from './api.js';
import { t, names, displayName } from './i18n.js';
import { el, entryItem } from './views/dom.js';
import { linkKind } from './links.js';

const REF = 'id __typename name nameEn';

const NEIGHBOURS = `
query Neighbours($id: ID!) {
  node(id: $id) {
    id __typename
    ... on Entity {
      name nameEn
      ... on Company { subsidiaries { ${REF} } }
      initiatives(first: 50) {
        edges { node {
          ...Entry
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
    initiatives { ...Entry }
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
      evidence { ...Entry }
    }
  }
}
${ENTRY}`;

cytoscape.use(fcose);

/** Kinds of link that read one way (their arrow points at the place or the sector). */
const DIRECTED = new Set(['IN_REGION', 'CONCERNS', 'PROVINCE']);

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
            // labels of links are dropped when zoomed out so far that they would only overprint
            'min-zoomed-font-size': 8,
          },
        },
        { selector: 'node.fresh', style: { 'border-width': 3, 'border-color': '#e0a800' } },
        { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#98a2b3', 'arrow-scale': 1.4 } },
        { selector: 'edge.structural', style: { 'line-style': 'dashed' } },
        // a shared sector is a shared topic, not a tie: drawn faint and dotted whatever its count
        { selector: 'edge.weak', style: { 'line-style': 'dotted', width: 1.5, 'line-color': '#d3d8e0', 'target-arrow-color': '#d3d8e0', color: '#8a93a3' } },
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

  /**
   * Adds the link from → to of a kind (or adds entries to it; a link of the same kind the
   * other way round is the same link). A directed link is drawn with an arrow at `to`; one
   * that touches a sector is drawn weak (sharing a sector is not a partnership).
   */
  addEdge(from, to, kind, label, entries, { structural = false, directed = DIRECTED.has(kind) } = {}) {
    if (!from || !to || from === to) return;
    const [a, b] = [from, to];
    const id = `${a}|${b}|${kind}`;
    const reverse = `${b}|${a}|${kind}`;
    const key = this.evidence.has(reverse) ? reverse : id;
    if (!this.evidence.has(key)) {
      this.evidence.set(key, new Map());
      const weak = [a, b].some((end) => this.cy.getElementById(end).data('type') === 'Sector');
      const classes = [structural && 'structural', directed && 'directed', weak && 'weak'].filter(Boolean).join(' ');
      this.cy.add({ group: 'edges', data: { id: key, source: a, target: b, kind, label, count: 0, directed }, classes });
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
    // A group's entries include its subsidiaries': such an entry is linked through the
    // subsidiary that acted (group ←隶属— subsidiary —合作— partner), never straight to the group.
    const subsidiaries = new Map((node.subsidiaries || []).map((company) => [company.id, company]));
    for (const { node: entry } of node.initiatives.edges) {
      let selves = entry.actors.filter((actor) => actor.entity.id === id);
      if (!selves.length) selves = entry.actors.filter((actor) => subsidiaries.has(actor.entity.id));
      if (!selves.length) {
        // the entity does not act in it: the entry is in the region, or concerns the sector
        const kind = node.__typename === 'Sector' ? 'CONCERNS' : node.__typename === 'Region' ? 'IN_REGION' : 'CO_ACTOR';
        const label = kind === 'CONCERNS' ? t('netSector') : kind === 'IN_REGION' ? t('netInRegion') : t('netCoActor');
        for (const actor of entry.actors) {
          this.addNode(actor.entity);
          this.addEdge(actor.entity.id, id, kind, label, [entry]);
        }
        continue;
      }
      for (const self of selves) {
        const from = self.entity.id;
        if (from !== id) {
          this.addNode(self.entity);
          this.addEdge(from, id, 'SUBSIDIARY_OF', t('relTypes').SUBSIDIARY_OF, [], { structural: true, directed: true });
        }
        for (const actor of entry.actors) {
          if (selves.includes(actor)) continue;
          this.addNode(actor.entity);
          const kind = linkKind(self.role, actor.role);
          this.addEdge(from, actor.entity.id, kind, t('linkKinds')[kind], [entry]);
        }
        if (entry.region && entry.region.id !== from) {
          this.addNode(entry.region);
          this.addEdge(from, entry.region.id, 'IN_REGION', t('netInRegion'), [entry]);
        }
        for (const sector of entry.sectors) {
          this.addNode(sector);
          this.addEdge(from, sector.id, 'CONCERNS', t('netSector'), [entry]);
        }
      }
    }
    if (node.__typename === 'Company') {
      const rows = (await graphql(COMPANY_PROVINCES, { company: id })).partnerships;
      for (const row of rows) {
        this.addNode(row.region);
        this.addEdge(id, row.region.id, 'PROVINCE', row.kinds.map((kind) => t('kinds')[kind] || kind).join(' · '), row.initiatives);
      }
    }
    this.cy.nodes('.fresh').removeClass('fresh');
    const fresh = this.cy.nodes().filter((n) => !before.includes(n.id()) && n.id() !== id);
    if (before.length) fresh.addClass('fresh');
    await this.layout(before, origin);
    return fresh.length;
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
      return Promise.resolve();
    }
    // The new neighbours start on a circle round the node that was expanded; then the
    // force-directed layout (fCoSE) pushes them clear of each other and of what was
    // already drawn, which it keeps where it was, so that the reader's map stays put.
    if (!fresh.length) return Promise.resolve();
    const radius = 90 + fresh.length * 4;
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      n.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
    const fixedNodeConstraint = this.cy
      .nodes()
      .filter((n) => before.includes(n.id()))
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const layout = this.cy.layout({
      name: 'fcose',
      randomize: false,
      quality: 'proof',
      animate: true,
      animationDuration: 400,
      fit: true,
      padding: 30,
      // node centres, not label boxes, so that the nodes drawn before keep their exact places
      nodeDimensionsIncludeLabels: false,
      nodeSeparation: 90,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      fixedNodeConstraint,
    });
    const done = new Promise((resolve) => layout.one('layoutstop', resolve));
    layout.run();
    return done;
  }

  drawPath(path) {
    this.clear();
    path.nodes.forEach((node, i) => this.addNode(node, i === 0 || i === path.nodes.length - 1 ? 'center' : ''));
    for (const step of path.steps) {
      const [a, b] = step.forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
      this.addEdge(a, b, step.type, t('relTypes')[step.type] || step.type, step.evidence || [], { structural: !step.evidenced, directed: true });
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
      el('h3', { class: 'edge-title' }, nodeLabel(from), edge.data('directed') ? ' → ' : ' — ', el('span', { class: 'edge-kind' }, edge.data('label')), edge.data('directed') ? ' → ' : ' — ', nodeLabel(to)),
      entries.length
        ? el('p', { class: 'muted' }, t('netEvidence', entries.length))
        : el('p', { class: 'muted' }, t('netStructural')),
      ...(edge.hasClass('weak') ? [el('p', { class: 'net-status warning' }, t('netLineSector'))] : []),
      el('ol', { class: 'entries' }, entries.map((entry) => entryItem(entry))),
    );
  }
}

function legend() {
  const types = ['Company', 'Region', 'Ministry', 'Organization', 'Sector', 'Event', 'Initiative'];
  return [
    el(
      'ul',
      { class: 'net-legend' },
      types.map((type) => el('li', {}, el('span', { class: 'dot', style: `background:${TYPE_COLOURS[type]}` }), t('types')[type] || type)),
    ),
    el(
      'ul',
      { class: 'net-lines' },
      el('li', {}, el('span', { class: 'line' }), t('netLineEvidenced')),
      el('li', {}, el('span', { class: 'line structural' }), t('netLineStructural')),
      el('li', {}, el('span', { class: 'line sector' }), t('netLineSector')),
    ),
  ];
}

/** Says which name the path query did not know, from the argument its error names. */
function pathFailure(error, from, to) {
  const argument = error.errors?.[0]?.extensions?.argument;
  if (argument === 'from') return t('netUnknownName', from);
  if (argument === 'to') return t('netUnknownName', to);
  return `${t('loadFailed')}: ${error.message}`;
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
    graph.dataset.ready = 'expanding';
    try {
      const added = await network.expand(node.id());
      if (isCurrent()) status.textContent = added === undefined ? t('netHelp') : t('netExpanded', nodeLabel(node.data('entity')), added);
      status.className = 'net-status muted';
    } catch (error) {
      fail(error);
    }
    graph.dataset.ready = 'true';
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
    document.title = `${n.main} · ${t('netTitle')} · ${t('title')}`;
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
      const sectors = data.path.nodes.filter((node) => node.__typename === 'Sector').map(nodeLabel);
      status.className = sectors.length ? 'net-status warning' : 'net-status muted';
      status.textContent = t('netPathFound', data.path.steps.length) + (sectors.length ? ` ${t('netViaSector', sectors.join(t('separator')))}` : '');
      graph.dataset.ready = 'path';
    } catch (error) {
      if (!isCurrent()) return;
      status.className = 'net-status error';
      status.textContent = pathFailure(error, from, to);
    }
  });
  await start();
}
