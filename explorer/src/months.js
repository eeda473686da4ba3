// The months an entity appears in: a bar chart of its entries per report month (ECharts).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export function renderMonths(container, entries, label) {
  const counts = new Map();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    counts.set(month, (counts.get(month) || 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const chart = echarts.getInstanceByDom(container) || echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: label, type: 'bar', data: months.map((month) => counts.get(month)), itemStyle: { color: '#3b6ea5' } }],
  });
}

window.addEventListener('resize', () => {
  for (const node of document.querySelectorAll('.months-chart')) {
    const chart = echarts.getInstanceByDom(node);
    if (chart) chart.resize();
  }
});
