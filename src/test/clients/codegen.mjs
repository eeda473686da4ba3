// Generates TypeScript types for the schema of a running PolicyGraph and for the playground's
// example operations with GraphQL Code Generator, pointed at the URL as a front-end developer
// would (no flags, default settings). Prints the generated TypeScript; exits non-zero on failure.
// Usage: node codegen.mjs <graphqlUrl> <documentsGlob>
import { generate } from '@graphql-codegen/cli';

const [url, documents] = process.argv.slice(2);
try {
  const files = await generate(
    {
      schema: url,
      documents: documents,
      silent: true,
      generates: { 'policygraph.ts': { plugins: ['typescript', 'typescript-operations'] } },
    },
    false,
  );
  for (const file of files) {
    console.log(file.content);
  }
} catch (e) {
  console.error(e.message ?? e);
  for (const detail of e.errors ?? []) {
    console.error(detail.message ?? detail);
  }
  process.exit(1);
}
