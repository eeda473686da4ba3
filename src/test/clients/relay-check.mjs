// Checks that a running PolicyGraph's schema is one Relay can page: downloads it by introspection
// (graphql-js getIntrospectionQuery, buildClientSchema, printSchema) into target/relay/schema.graphql,
// then compiles relay/src (queries with @connection on Query.initiatives and Region.initiatives)
// with relay-compiler into target/relay/__generated__ (both outside the sources, ignored by git).
// Usage: node relay-check.mjs <graphqlUrl>. Exits with relay-compiler's exit code, non-zero on
// any failure, after printing its output.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildClientSchema, getIntrospectionQuery, printSchema } from "graphql";

const url = process.argv[2];
if (!url) {
  console.error("usage: node relay-check.mjs <graphqlUrl>");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "..", "target", "relay");

// the standard download, as Relay's tooling and get-graphql-schema send it
const query = getIntrospectionQuery({ descriptions: true });
const response = await fetch(url, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (!response.ok || body.errors) {
  console.error("Introspection failed:", response.status, JSON.stringify(body.errors ?? body));
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "__generated__"), { recursive: true });
writeFileSync(join(out, "schema.graphql"), printSchema(buildClientSchema(body.data)));
console.log(`schema written to ${join(out, "schema.graphql")}`);

const compiler = spawnSync(process.execPath,
  [join(here, "node_modules", "relay-compiler", "cli.js"), "--output", "verbose"],
  { cwd: join(here, "relay"), encoding: "utf8" });
process.stdout.write(compiler.stdout ?? "");
process.stderr.write(compiler.stderr ?? "");
if (compiler.error) {
  console.error("relay-compiler did not run:", compiler.error.message);
  process.exit(1);
}
process.exit(compiler.status ?? 1);
