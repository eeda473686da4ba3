// Validates GraphQL documents (the README's and the playground's examples) with graphql-js against
// the schema a running PolicyGraph serves. Prints one JSON line per document; exits non-zero when
// any document does not parse or validate.
// Usage: node validate-examples.mjs <graphqlUrl> <documents.json>, where the file holds
// [{ "name": "...", "document": "..." }, ...].
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const [url, file] = process.argv.slice(2);
const response = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true }) }),
});
const schema = buildClientSchema((await response.json()).data);
let failed = 0;
for (const { name, document } of JSON.parse(readFileSync(file, 'utf8'))) {
  let errors;
  try {
    errors = validate(schema, parse(document)).map((e) => e.message);
  } catch (e) {
    errors = [e.message];
  }
  if (errors.length) {
    failed++;
  }
  console.log(JSON.stringify({ name, valid: errors.length === 0, errors }));
}
process.exit(failed ? 1 : 0);
