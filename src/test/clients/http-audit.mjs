// Runs graphql-http's GraphQL over HTTP server audits against a started PolicyGraph.
// Usage: node http-audit.mjs <graphqlUrl>
// Prints one JSON line per audit ({id, name, status, reason}) and exits with 1 if any MUST or
// SHOULD audit, or any audit of a GET request, does not pass ("ok"); MAY audits that fail are
// reported (status "notice") without failing the run.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
	console.error('usage: node http-audit.mjs <graphqlUrl>');
	process.exit(2);
}

const isGet = (audit) => /\bGETs?\b/.test(audit.name);
let failed = 0;
for (const audit of serverAudits({ url })) {
	const result = await audit.fn();
	let reason = result.reason;
	if (result.status !== 'ok' && result.response) {
		const body = await result.response.text().catch(() => '');
		reason = `${reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
	}
	const required = audit.name.startsWith('MUST') || audit.name.startsWith('SHOULD') || isGet(audit);
	if (result.status !== 'ok' && required) {
		failed++;
	}
	console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, required, reason }));
}
console.log(JSON.stringify({ summary: failed === 0 ? 'pass' : 'fail', failed }));
process.exit(failed === 0 ? 0 : 1);
