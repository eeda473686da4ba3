// The map's province names are short (天津, 内蒙古, 新疆); the API's are the full names of
// the province-level regions (天津市, 内蒙古自治区, 新疆维吾尔自治区). Both meet at the short name.

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/;

/** The short name of a province-level region: 天津市 → 天津, 广西壮族自治区 → 广西. */
export function shortRegionName(name) {
  return (name || '').trim().replace(SUFFIX, '');
}

/**
 * Matches the API's province-level regions to the map's features by short name:
 * { byMapName: Map(mapName → region), unmatched: [regions without a feature] }.
 */
export function matchRegions(regions, mapNames) {
  const names = new Set(mapNames);
  const byMapName = new Map();
  const unmatched = [];
  for (const region of regions) {
    const short = shortRegionName(region.name);
    if (names.has(short)) byMapName.set(short, region);
    else unmatched.push(region);
  }
  return { byMapName, unmatched };
}
