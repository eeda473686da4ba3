// The months an entity appears in: a bar chart of its entries per calendar month of their
// dates, across the monitoring periods of the reports in the graph (ECharts). The counts come
// from the API (initiatives(filter:{...}, first: 0) { totalCount }, one alias per month), so
// they cover all of the entity's entries, not only the page shown.
import { graphql } from './api.js';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const FILTER = { Region: 'region', Sector: 'sector', Company: 'actor', Ministry: 'actor', Organization: 'actor' };

// aliases per request, below the API's policygraph.limits.max-aliases (30 by default)
const PER_REQUEST = 24;

let monthsOfReports;

async function reportMonths() {
  if (!monthsOfReports) {
    const { reports } = await graphql('{ reports { periodStart periodEnd } }');
    const months = new Set();
    for (const report of reports) {
      let [year, month] = report.periodStart.split('-').map(Number);
      const [endYear, endMonth] = report.periodEnd.split('-').map(Number);
      while (year < endYear || (year === endYear && month <= endMonth)) {
        months.add(`${year}-${String(month).padStart(2, '0')}`);
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
    }
    monthsOfReports = [...months].sort();
  }
  return monthsOfReports;
}

function lastDay(month) {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** How many of the entity's entries are dated in each month: [[month, count], ...]. */
export async function loadMonths(entity) {
  const field = FILTER[entity.__typename];
  if (!field) return [];
  const months = await reportMonths();
  const counts = [];
  for (let start = 0; start < months.length; start += PER_REQUEST) {
    const chunk = months.slice(start, start + PER_REQUEST);
    const fields = chunk.map(
      (month, i) =>
        `m${i}: initiatives(filter: { ${field}: $id, from: "${month}-01", to: "${lastDay(month)}" }, first: 0) { totalCount }`,
    );
    const data = await graphql(`query Months($id: String!) {\n${fields.join('\n')}\n}`, { id: entity.id });
    chunk.forEach((month, i) => counts.push([month, data[`m${i}`] ? data[`m${i}`].totalCount : 0]));
  }
  // from the first month with an entry to the last
  const first = counts.findIndex(([, count]) => count > 0);
  if (first < 0) return [];
  let last = counts.length - 1;
  while (counts[last][1] === 0) last--;
  return counts.slice(first, last + 1);
}

export function renderMonths(container, counts, label) {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: counts.map(([month]) => month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: label, type: 'bar', barMaxWidth: 48, data: counts.map(([, count]) => count), itemStyle: { color: '#3b6ea5' } }],
  });
}

window.addEventListener('resize', () => {
  for (const node of document.querySelectorAll('.months-chart')) {
    const chart = echarts.getInstanceByDom(node);
    if (chart) chart.resize();
  }
});
