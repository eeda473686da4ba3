// Sequential latency of one document: node latency.mjs <url> <queries/id.graphql> [requests=200] [warmup=20]
// Prints the median, p90 and mean in milliseconds.
import { readFileSync, existsSync } from "node:fs";

const [url, file, n = "200", warmup = "20"] = process.argv.slice(2);
const varsFile = file.replace(/\.graphql$/, ".json");
const body = JSON.stringify({
  query: readFileSync(file, "utf8"),
  variables: existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, "utf8")) : undefined,
});
const once = async () => {
  const t = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return performance.now() - t;
};
for (let i = 0; i < Number(warmup); i++) await once();
const times = [];
for (let i = 0; i < Number(n); i++) times.push(await once());
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`${file}: n=${times.length} median=${q(0.5).toFixed(2)}ms p90=${q(0.9).toFixed(2)}ms mean=${mean.toFixed(2)}ms`);
