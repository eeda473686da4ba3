import './style.css';
import { graphql, SEARCH, ENTITY, MORE_ENTRIES, PROVINCES } from './api.js';
import { t, names, displayName, currentLang, setLang } from './i18n.js';
import { loadMonths, renderMonths } from './months.js';
import { showMatrix } from './views/matrix.js';
import { showMap } from './views/map.js';
import { showTimeline } from './views/timeline.js';
import { entityExtras } from './views/entityExtras.js';
import { el, entityHref, entityLink, entryItem } from './views/dom.js';

const main = document.getElementById('main');
const input = document.getElementById('search');
const list = document.getElementById('suggestions');
const langButton = document.getElementById('lang');

// ---------- language ----------

function applyLang() {
  document.title = t('title');
  langButton.textContent = t('switchTo');
  langButton.setAttribute('aria-label', t('switchTo'));
  input.placeholder = t('searchPlaceholder');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
}

langButton.addEventListener('click', () => {
  setLang(currentLang() === 'zh' ? 'en' : 'zh');
  applyLang();
  route();
});

// ---------- search with suggestions ----------

let suggestions = [];
let active = -1;
let searchSeq = 0;
let searchTimer;
let searchAbort;
let enterPending = false;

function closeSuggestions() {
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  suggestions = [];
  active = -1;
}

function showSuggestions(hits) {
  suggestions = hits;
  active = hits.length ? 0 : -1;
  if (enterPending && hits.length) {
    enterPending = false;
    choose(0);
    return;
  }
  enterPending = false;
  if (!hits.length) {
    list.replaceChildren(el('li', { class: 'suggestion empty' }, t('noMatch')));
  } else {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const n = names(hit.node);
        return el(
          'li',
          {
            class: 'suggestion' + (index === active ? ' active' : ''),
            role: 'option',
            'data-id': hit.node.id,
            onmousedown: (event) => {
              event.preventDefault();
              choose(index);
            },
          },
          el('span', { class: `type type-${hit.node.__typename}` }, t('types')[hit.node.__typename] || hit.node.__typename),
          el('span', { class: 'name' }, n.main),
          n.other ? el('span', { class: 'other' }, n.other) : null,
        );
      }),
    );
  }
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

function highlight(index) {
  active = index;
  [...list.children].forEach((item, i) => item.classList.toggle('active', i === index));
}

function choose(index) {
  const hit = suggestions[index];
  if (!hit) return;
  // the page's heading shows what was chosen; the box is left empty for the next search
  input.value = '';
  closeSuggestions();
  input.blur();
  location.hash = entityHref(hit.node.id);
}

async function suggest(text) {
  const seq = ++searchSeq;
  if (searchAbort) searchAbort.abort();
  searchAbort = new AbortController();
  try {
    const data = await graphql(SEARCH, { text }, { signal: searchAbort.signal });
    if (seq === searchSeq && document.activeElement === input) {
      showSuggestions(data.search.filter((hit) => hit.node && hit.node.name));
    }
  } catch (error) {
    if (error.name !== 'AbortError' && seq === searchSeq) {
      list.replaceChildren(el('li', { class: 'suggestion empty' }, `${t('searchFailed')}: ${error.message}`));
      list.hidden = false;
    }
  }
}

input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  const text = input.value.trim();
  if (!text) {
    searchSeq++;
    closeSuggestions();
    return;
  }
  searchTimer = setTimeout(() => suggest(text.slice(0, 200)), 150);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && suggestions.length) {
    event.preventDefault();
    highlight((active + 1) % suggestions.length);
  } else if (event.key === 'ArrowUp' && suggestions.length) {
    event.preventDefault();
    highlight((active - 1 + suggestions.length) % suggestions.length);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (active >= 0 && !list.hidden) {
      choose(active);
    } else if (input.value.trim()) {
      // Enter before the suggestions arrived: open the best hit once they do
      enterPending = true;
      clearTimeout(searchTimer);
      suggest(input.value.trim().slice(0, 200));
    }
  } else if (event.key === 'Escape') {
    closeSuggestions();
  }
});

input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

// ---------- pages ----------

let pageSeq = 0;

const VIEWS = { '#/matrix': showMatrix, '#/map': showMap, '#/timeline': showTimeline };

function route() {
  document.title = t('title');
  // the matrix and the network use the whole width of the window
  main.classList.toggle('wide', location.hash === '#/matrix' || location.hash.startsWith('#/network/'));
  // a name typed for another page does not stay in the box once that page is left
  if (document.activeElement !== input) {
    input.value = '';
    closeSuggestions();
  }
  const network = location.hash.match(/^#\/network\/(.+)$/);
  if (network) {
    const seq = ++pageSeq;
    // the network view (cytoscape and its layout) is a bundle of its own, fetched the first
    // time a network is opened, so that the other pages load without it
    main.replaceChildren(el('p', { class: 'loading' }, t('loading')));
    import('./network.js')
      .then(({ showNetwork }) => seq === pageSeq && showNetwork(main, decodeURIComponent(network[1]), () => seq === pageSeq))
      .catch((error) => seq === pageSeq && main.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`)));
    return;
  }
  const match = location.hash.match(/^#\/entity\/(.+)$/);
  const view = VIEWS[location.hash];
  for (const link of document.querySelectorAll('.views a')) link.classList.toggle('active', link.getAttribute('href') === location.hash);
  if (view) {
    const seq = ++pageSeq;
    view(main, () => seq === pageSeq);
  } else if (match) {
    showEntity(decodeURIComponent(match[1]));
  } else {
    showHome();
  }
}

window.addEventListener('hashchange', route);

function showHome() {
  pageSeq++;
  const examples = [
    ['alibaba-group', { name: '阿里巴巴集团', nameEn: 'Alibaba Group' }],
    ['tianjin', { name: '天津市', nameEn: 'Tianjin' }],
    ['tencent', { name: '腾讯', nameEn: 'Tencent' }],
  ];
  main.replaceChildren(
    el(
      'section',
      { class: 'home' },
      el('p', {}, t('home')),
      el(
        'p',
        { class: 'examples' },
        t('examples'),
        ' ',
        ...examples.map(([id, entity]) => [el('a', { href: entityHref(id) }, displayName(entity)), ' ']),
      ),
    ),
  );
}

function facts(node) {
  const rows = [];
  const add = (label, value) => value && rows.push(el('dt', {}, label), el('dd', {}, value));
  if (node.__typename === 'Region' && node.province && node.province.id !== node.id) add(t('province'), entityLink(node.province));
  if (node.__typename === 'Company') {
    if (node.parent) add(t('parent'), entityLink(node.parent));
    if (node.subsidiaries && node.subsidiaries.length) {
      add(t('subsidiaries'), el('span', {}, ...node.subsidiaries.flatMap((c, i) => (i ? [t('separator'), entityLink(c)] : [entityLink(c)]))));
    }
  }
  if (node.__typename === 'Organization' && node.region) add(t('region'), entityLink(node.region));
  if (node.__typename === 'Event') {
    add(t('dates'), `${node.startDate} – ${node.endDate}`);
    if (node.city) add(t('city'), entityLink(node.city));
    add(t('theme'), node.theme);
  }
  if (node.aliases && node.aliases.length) add(t('aliases'), node.aliases.join(' · '));
  return rows.length ? el('dl', { class: 'facts' }, rows) : null;
}

async function showEntity(id) {
  const seq = ++pageSeq;
  main.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  let data;
  try {
    data = await graphql(ENTITY, { id });
  } catch (error) {
    if (seq === pageSeq) main.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (seq !== pageSeq) return;
  const node = data.node;
  if (!node || !node.name) {
    main.replaceChildren(el('p', { class: 'error' }, `${t('notFound')}: ${id}`));
    return;
  }
  const n = names(node);
  document.title = `${n.main} · ${t('title')}`;
  const entries = node.initiatives.edges.map((edge) => edge.node);
  const entryList = el('ol', { class: 'entries' }, entries.map((entry) => entryItem(entry)));
  const monthsBox = el('div', { class: 'months-chart', id: 'months-chart' });
  const monthsSection = el('section', { class: 'months', hidden: true }, el('h2', {}, t('months')), monthsBox);
  const moreButton = el('button', { type: 'button', class: 'more' }, t('loadMore'));
  let pageInfo = node.initiatives.pageInfo;
  moreButton.hidden = !pageInfo.hasNextPage;
  moreButton.addEventListener('click', async () => {
    moreButton.disabled = true;
    try {
      const more = await graphql(MORE_ENTRIES, { id, after: pageInfo.endCursor });
      const page = more.node.initiatives;
      const added = page.edges.map((edge) => edge.node);
      entries.push(...added);
      entryList.append(...added.map((entry) => entryItem(entry)));
      pageInfo = page.pageInfo;
      moreButton.hidden = !pageInfo.hasNextPage;
    } finally {
      moreButton.disabled = false;
    }
  });

  const provinces = node.__typename === 'Company' ? el('section', { class: 'provinces', id: 'provinces' }, el('h2', {}, t('provinces')), el('p', { class: 'loading' }, t('loading'))) : null;

  main.replaceChildren(
    el(
      'article',
      { class: 'entity', 'data-type': node.__typename, 'data-id': node.id },
      el(
        'header',
        { class: 'entity-head' },
        el('span', { class: `type type-${node.__typename}` }, t('types')[node.__typename]),
        el('h1', {}, n.main),
        n.other ? el('p', { class: 'other-name' }, n.other) : null,
        el('a', { class: 'network-button', id: 'network-button', href: `#/network/${encodeURIComponent(node.id)}` }, t('netButton')),
      ),
      facts(node),
      provinces,
      monthsSection,
      el(
        'section',
        { class: 'entries-section' },
        el('h2', {}, t('entriesCount', node.initiatives.totalCount)),
        entryList,
        moreButton,
      ),
    ),
  );
  if (entries.length) showMonths(node, monthsSection, monthsBox, seq);
  if (provinces) loadProvinces(node.id, provinces, seq);
  entityExtras(node, main.querySelector('article.entity'), () => seq === pageSeq);
}

async function showMonths(node, section, box, seq) {
  let counts;
  try {
    counts = await loadMonths(node);
  } catch (error) {
    console.warn('months', error);
    return;
  }
  if (seq !== pageSeq || !counts.length) return;
  section.hidden = false;
  renderMonths(box, counts, t('entries'));
}

async function loadProvinces(id, section, seq) {
  let rows;
  try {
    rows = (await graphql(PROVINCES, { company: id })).partnerships;
  } catch (error) {
    if (seq === pageSeq) section.replaceChildren(el('h2', {}, t('provinces')), el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (seq !== pageSeq) return;
  if (!rows.length) {
    section.replaceChildren(el('h2', {}, t('provinces')), el('p', {}, t('noProvinces')));
    return;
  }
  const chips = el(
    'ul',
    { class: 'province-chips' },
    rows.map((row) => el('li', {}, el('a', { href: `#province-${row.region.id}`, class: 'chip', 'data-region': row.region.id }, displayName(row.region), el('span', { class: 'count' }, String(row.initiatives.length + row.events.length))))),
  );
  const details = rows.map((row) =>
    el(
      'details',
      { class: 'province', id: `province-${row.region.id}`, 'data-region': row.region.id, open: rows.length <= 6 },
      el(
        'summary',
        {},
        el('strong', { class: 'province-name' }, displayName(row.region)),
        ' ',
        el('span', { class: 'kinds' }, row.kinds.map((kind) => t('kinds')[kind] || kind).join(' · ')),
        ' ',
        el('span', { class: 'span' }, row.firstDate === row.lastDate ? row.firstDate : `${row.firstDate} – ${row.lastDate}`),
        row.via.some((c) => c.id !== id) ? el('span', { class: 'via' }, ` ${t('via')}: `, ...row.via.flatMap((c, i) => (i ? [t('separator'), entityLink(c)] : [entityLink(c)]))) : null,
      ),
      el('ol', { class: 'entries' }, row.initiatives.map((entry) => entryItem(entry))),
      row.events.length
        ? el('p', { class: 'summits' }, `${t('summits')}: `, ...row.events.flatMap((e, i) => (i ? [t('separator'), entityLink(e)] : [entityLink(e)])))
        : null,
    ),
  );
  section.replaceChildren(el('h2', {}, t('provinces')), el('p', { class: 'intro' }, t('provincesIntro', rows.length)), chips, ...details);
  for (const chip of chips.querySelectorAll('a')) {
    chip.addEventListener('click', (event) => {
      event.preventDefault();
      const target = document.getElementById(`province-${chip.dataset.region}`);
      target.open = true;
      target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  }
}

setLang(currentLang());
applyLang();
route();
