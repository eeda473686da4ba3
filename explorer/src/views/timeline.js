// The entries across the months of their dates (the API's stats); clicking a month lists
// that month's entries with their source links.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { graphql, ENTRY } from '../api.js';
import { t } from '../i18n.js';
import { el, entryItem, exposeChart } from './dom.js';

echarts.use([BarChart, GridComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

const MONTH_ENTRIES = `
query MonthEntries($from: Date!, $to: Date!, $after: String) {
  initiatives(filter: { from: $from, to: $to }, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...Entry } }
  }
}
${ENTRY}`;

function lastDay(month) {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export async function showTimeline(main, current) {
  main.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  let months;
  try {
    months = (await graphql('{ stats { initiativesByMonth { name count } } }')).stats.initiativesByMonth;
  } catch (error) {
    if (current()) main.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (!current()) return;
  const box = el('div', { class: 'timeline-chart', id: 'timeline-chart' });
  const list = el('section', { class: 'month-entries', id: 'month-entries', hidden: true });
  main.replaceChildren(
    el('section', { class: 'view view-timeline' }, el('h1', {}, t('timelineTitle')), el('p', { class: 'intro' }, t('timelineIntro')), box),
    list,
  );
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  exposeChart('timeline', chart);
  chart.setOption({
    animation: false,
    grid: { left: 44, right: 16, top: 16, bottom: months.length > 24 ? 56 : 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.name) },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: months.length > 24 ? [{ type: 'slider', bottom: 8, height: 18 }] : [],
    series: [{ name: t('entries'), type: 'bar', barMaxWidth: 48, data: months.map((m) => m.count), itemStyle: { color: '#3b6ea5' }, cursor: 'pointer' }],
  });
  chart.on('click', (params) => showMonth(months[params.dataIndex].name, list, current));
  // a click anywhere in a month's column, not only on its bar
  chart.getZr().on('click', (event) => {
    if (event.target) return;
    const point = [event.offsetX, event.offsetY];
    if (!chart.containPixel('grid', point)) return;
    const index = chart.convertFromPixel({ seriesIndex: 0 }, point)[0];
    if (months[index]) showMonth(months[index].name, list, current);
  });
}

async function showMonth(month, section, current) {
  section.hidden = false;
  section.dataset.month = month;
  section.replaceChildren(el('h2', {}, month), el('p', { class: 'loading' }, t('loading')));
  const entries = el('ol', { class: 'entries' });
  const more = el('button', { type: 'button', class: 'more', hidden: true }, t('loadMore'));
  let after = null;
  const load = async () => {
    const page = (await graphql(MONTH_ENTRIES, { from: `${month}-01`, to: lastDay(month), after })).initiatives;
    if (!current() || section.dataset.month !== month) return;
    if (after === null) section.replaceChildren(el('h2', {}, t('monthEntries', month, page.totalCount)), entries, more);
    entries.append(...page.edges.map((edge) => entryItem(edge.node)));
    after = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  };
  more.addEventListener('click', () => load().catch((error) => console.warn(error)));
  try {
    await load();
  } catch (error) {
    section.replaceChildren(el('h2', {}, month), el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
  }
}
