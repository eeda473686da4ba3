// Runs the 7 benchmark documents on PolicyGraph (policygraph-queries/) and on the library server
// (queries/) and tells whether the answers agree, after normalizing both shapes to the same
// content: ids in order, plus the fields each query selects (cursors, being opaque, are not compared).
// Usage: node check.mjs [policygraphUrl] [libraryUrl]
//        (defaults http://127.0.0.1:18080/graphql and http://127.0.0.1:4000/graphql)
// Exit status 0 when every query agrees, 1 otherwise.
import { readFileSync, existsSync } from "node:fs";

const [pgUrl = "http://127.0.0.1:18080/graphql", libUrl = "http://127.0.0.1:4000/graphql"] = process.argv.slice(2);
const here = (p) => new URL(p, import.meta.url);

async function run(url, dir, id) {
  const query = readFileSync(here(`${dir}/${id}.graphql`), "utf8");
  const varsFile = here(`${dir}/${id}.json`);
  const variables = existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, "utf8")) : undefined;
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${url} ${id}: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data;
}

const initiative = (n, { withText = true } = {}) => ({
  id: n.id,
  date: n.date,
  ...(withText ? { text: n.text, sourceUrl: n.sourceUrl ?? null } : {}),
});
const nestedInitiative = (n, region, actors) => ({
  ...initiative(n),
  region: region ? `${region.id}:${region.name}` : null,
  sectors: n.sectors.map((s) => `${s.id}:${s.name}`), // both sorted by name
  actors: actors.sort(), // compared as a set: PolicyGraph orders by role, the library by nothing
});
const partnershipRows = (rows) =>
  rows.map((r) => ({
    company: `${r.company.id}:${r.company.name}`,
    region: `${r.region.id}:${r.region.name}`,
    kinds: r.kinds,
    initiatives: r.initiatives.map((i) => `${i.id}|${i.date}|${i.sourceUrl ?? ""}`),
  }));
const hit = (n) => `${n.id}|${n.name ?? n.text ?? n.title}`;

// id -> [normalize PolicyGraph's answer, normalize the library's answer]
const queries = {
  entityByName: [
    (d) => d.entity && { id: d.entity.id, name: d.entity.name, nameEn: d.entity.nameEn, level: d.entity.level },
    (d) => d.regions[0] ?? null,
  ],
  nested3: [
    (d) =>
      d.entity.initiatives.edges.map(({ node: n }) =>
        nestedInitiative(n, n.region, n.actors.map((a) => `${a.role}:${a.entity.id}:${a.entity.name}`)),
      ),
    (d) =>
      (d.initiatives ?? d.regions[0].initiativesInHierarchy).map((n) =>
        nestedInitiative(n, n.region[0], n.actorsConnection.edges.map((e) => `${e.properties.role}:${e.node.id}:${e.node.name}`)),
      ),
  ],
  initiativesFiltered: [
    (d) => ({
      totalCount: d.initiatives.totalCount,
      hasNextPage: d.initiatives.pageInfo.hasNextPage,
      items: d.initiatives.edges.map((e) => initiative(e.node)),
    }),
    (d) => ({
      totalCount: d.initiativesConnection.totalCount,
      hasNextPage: d.initiativesConnection.pageInfo.hasNextPage,
      items: d.initiativesConnection.edges.map((e) => initiative(e.node)),
    }),
  ],
  partnershipsByRegion: [(d) => partnershipRows(d.partnerships), (d) => partnershipRows(d.partnerships)],
  partnershipsByCompany: [(d) => partnershipRows(d.partnerships), (d) => partnershipRows(d.partnerships)],
  search: [(d) => d.search.map((h) => hit(h.node)), (d) => d.search.map(hit)],
  // The library answers a null list as []: no path either way.
  path: [(d) => d.path?.nodes.map((n) => n.id) ?? null, (d) => (d.path?.length ? d.path : null)],
};
// Alternative library documents (not among the 7 benchmark queries), checked against the same
// PolicyGraph document: the nested3 hierarchy through a @cypher field, PolicyGraph's path ranking.
const variants = { "nested3-cypher": "nested3", "path-ranked": "path" };
for (const [variant, of] of Object.entries(variants)) queries[variant] = queries[of];

// Every id found anywhere in a normalized answer, for the set comparison.
const ids = (x) => {
  const out = [];
  JSON.stringify(x, (k, v) => {
    if (k === "id" || typeof v !== "object") if (k === "id") out.push(v);
    return v;
  });
  if (Array.isArray(x) && x.every((v) => typeof v === "string")) out.push(...x.map((s) => s.split("|")[0]));
  return out;
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// Hits of equal score come in no defined order in PolicyGraph (Lucene's order within an index,
// then the order the indexes are asked in); the library's @cypher orders them by id.
const unordered = new Set(["search"]);

const only = process.argv[4];
let failures = 0;
for (const [id, [normPg, normLib]] of Object.entries(queries)) {
  if (only && only !== id) continue;
  try {
    const [pg, lib] = await Promise.all([run(pgUrl, "policygraph-queries", variants[id] ?? id), run(libUrl, "queries", id)]);
    const a = normPg(pg);
    const b = normLib(lib);
    const count = Array.isArray(a) ? a.length : a?.items?.length ?? (a ? 1 : 0);
    if (same(a, b)) {
      console.log(`AGREE   ${id} (${count} item(s))`);
    } else if (unordered.has(id) && same([...a].sort(), [...b].sort())) {
      console.log(`AGREE   ${id} (${count} item(s), as a set: the order of hits of equal score differs)`);
    } else {
      failures++;
      const ia = ids(a).sort(), ib = ids(b).sort();
      const sameSet = same(ia, ib);
      console.log(`DIFFER  ${id}: ${sameSet ? "same ids, other order or other field values" : "different ids"}`);
      console.log(`  policygraph: ${JSON.stringify(a).slice(0, 600)}`);
      console.log(`  library:     ${JSON.stringify(b).slice(0, 600)}`);
    }
  } catch (e) {
    failures++;
    console.log(`ERROR   ${id}: ${e.message.slice(0, 600)}`);
  }
}
process.exit(failures ? 1 : 0);
