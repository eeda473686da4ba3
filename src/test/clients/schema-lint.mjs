// Lints the schema a started PolicyGraph serves, as a client sees it through introspection:
//   node schema-lint.mjs <graphqlUrl>
// Downloads the schema with graphql-js' introspection query (descriptions, specifiedByURL,
// repeatable directives, the schema's description, deprecated input values), prints it as SDL
// into the OS temp dir and runs graphql-schema-linter on it. Prints the linter's report; exits 0
// when every rule passes, 1 on violations, 2 when the schema cannot be fetched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

// The rules: every type, field, argument, input field and enum value has a description, every
// defined type is used, names follow GraphQL's conventions, deprecations give a reason.
const RULES = [
  'arguments-have-descriptions',
  'fields-have-descriptions',
  'types-have-descriptions',
  'enum-values-have-descriptions',
  'input-object-values-have-descriptions',
  'defined-types-are-used',
  'enum-values-all-caps',
  'types-are-capitalized',
  'fields-are-camel-cased',
  'input-object-values-are-camel-cased',
  'deprecations-have-a-reason',
  'descriptions-are-capitalized',
];

const url = process.argv[2];
if (!url) {
  console.error('usage: node schema-lint.mjs <graphqlUrl>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const result = await response.json();
if (!result.data) {
  console.error(`introspection failed (HTTP ${response.status}): ${JSON.stringify(result.errors)}`);
  process.exit(2);
}

const sdl = printSchema(buildClientSchema(result.data));
const file = join(mkdtempSync(join(tmpdir(), 'policygraph-schema-')), 'served-schema.graphql');
writeFileSync(file, sdl);
console.log(`served schema printed to ${file}`);

const require = createRequire(import.meta.url);
const linter = require.resolve('graphql-schema-linter/lib/cli.js');
const lint = spawnSync(process.execPath, [linter, '--format', 'text', '--rules', RULES.join(','), file], {
  encoding: 'utf8',
});
process.stdout.write(lint.stdout ?? '');
process.stderr.write(lint.stderr ?? '');
process.exit(lint.status === 0 ? 0 : 1);
