// Queries a started PolicyGraph with urql's core client as a front end would: default options,
// so queries that fit in a URL are sent as GET.
// Usage: node urql-get.mjs <graphqlUrl>
// Prints {"tianjin": <result>, "byVariables": <result>, "methods": [<HTTP method of each request>]},
// each result {data, error}, as one JSON line; exits with 1 if either result has an error.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

const url = process.argv[2];
if (!url) {
	console.error('usage: node urql-get.mjs <graphqlUrl>');
	process.exit(2);
}

// the HTTP methods urql chose, seen by wrapping the global fetch it calls (its options stay default)
const methods = [];
const fetchOfNode = globalThis.fetch;
globalThis.fetch = (input, init) => {
	methods.push((init && init.method) || 'GET');
	return fetchOfNode(input, init);
};

const client = new Client({ url, exchanges: [cacheExchange, fetchExchange] });

const tianjin = await client
	.query(gql`{ entity(name: "天津") { name nameEn ... on Region { level } } }`, {})
	.toPromise();
const byVariables = await client
	.query(gql`query Place($name: String!) { entity(name: $name) { name nameEn ... on Region { level } } }`,
		{ name: '天津' })
	.toPromise();

const plain = (result) => ({
	data: result.data ?? null,
	error: result.error ? result.error.message : null,
});
console.log(JSON.stringify({ tianjin: plain(tianjin), byVariables: plain(byVariables), methods }));
process.exit(tianjin.error || byVariables.error ? 1 : 0);
