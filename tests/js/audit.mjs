// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a running server and prints
// one JSON array: [{ id, name, status: "ok" | "warn" | "error", reason? }], in the suite's order.
// Usage: node audit.mjs <url of the GraphQL endpoint>
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    ...(result.status === 'ok' ? {} : { reason: result.reason }),
  });
}

console.log(JSON.stringify(results, null, 2));
