// DOM helpers shared by every page (entity, network, matrix, map, timeline): the same markup
// for an entry everywhere, so that a damaged source link is marked the same way everywhere.
import { t, displayName } from '../i18n.js';

export function el(tag, attrs = {}, ...children) {
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

export function entityHref(id) {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function entityLink(entity) {
  return el('a', { href: entityHref(entity.id), class: 'entity-link' }, displayName(entity));
}

export function sourceLink(entry) {
  if (entry.sourceUrlStatus === 'NONE' || !entry.sourceUrl) {
    return el('p', { class: 'source none' }, t('noSource'));
  }
  const damaged = entry.sourceUrlStatus === 'DAMAGED';
  return el(
    'p',
    { class: 'source' + (damaged ? ' damaged' : '') },
    el('span', { class: 'source-label' }, `${t('source')}: `),
    el('a', { href: entry.sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, entry.sourceUrl),
    damaged ? el('span', { class: 'damaged-badge' }, ` ⚠ ${t('damaged')}`) : null,
    // why the link is damaged is the curators' note, written in English: labelled as such
    damaged && entry.sourceUrlIssue
      ? el('span', { class: 'damaged-why' }, ` ${t('damagedWhy')}: `, el('span', { lang: 'en' }, entry.sourceUrlIssue))
      : null,
  );
}

export function entryItem(entry, extra = null) {
  return el(
    'li',
    { class: 'entry', 'data-id': entry.id },
    el('time', { datetime: entry.date }, entry.date),
    entry.region ? el('span', { class: 'entry-region' }, displayName(entry.region)) : null,
    extra,
    el('p', { class: 'entry-text' }, entry.text),
    sourceLink(entry),
  );
}

/** The ECharts instances of the views, for tests that dispatch clicks instead of hitting the canvas. */
export function exposeChart(name, chart) {
  window.policygraphCharts = window.policygraphCharts || {};
  const old = window.policygraphCharts[name];
  if (old && old !== chart && !old.isDisposed()) old.dispose();
  window.policygraphCharts[name] = chart;
}

window.addEventListener('resize', () => {
  for (const chart of Object.values(window.policygraphCharts || {})) {
    if (!chart.isDisposed()) chart.resize();
  }
});
