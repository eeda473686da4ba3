// Downloads the schema of a running PolicyGraph the way code generators, IDE plugins, GraphiQL,
// Apollo and Relay tooling do: graphql-js getIntrospectionQuery() over HTTP POST, then
// buildClientSchema(). Prints what was found as JSON; exits non-zero when the download fails.
// Usage: node introspection.mjs <graphqlUrl>
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};
const summary = {};
for (const [name, query] of [['default', getIntrospectionQuery()], ['full', getIntrospectionQuery(options)]]) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: query, operationName: 'IntrospectionQuery' }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors || !body.data) {
    console.log(JSON.stringify({ download: name, status: response.status, errors: body.errors }));
    process.exit(1);
  }
  const schema = buildClientSchema(body.data);
  const date = schema.getType('Date');
  summary[name] = {
    queryFields: Object.keys(schema.getQueryType().getFields()),
    types: Object.keys(schema.getTypeMap()).length,
    description: schema.description ?? null,
    dateDescription: date.description ?? null,
    dateSpecifiedByURL: date.specifiedByURL ?? null,
    directives: schema.getDirectives().map((d) => d.name),
    sdlLength: printSchema(schema).length,
  };
}
console.log(JSON.stringify(summary));
