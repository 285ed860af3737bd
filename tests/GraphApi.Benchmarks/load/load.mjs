// Drives the load benchmark (run.sh starts the servers): each canonical query against GraphApi, then against the
// peer, with autocannon; every target's answer is checked first. Prints a Markdown table.
// Environment: GRAPHAPI_URL, PEER_URL, TOKEN (GraphApi's bearer token), USER_ID (the peer's viewer),
// PAGE_SIZE, CONNECTIONS, WARMUP and DURATION (seconds).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const env = process.env;
const pageSize = Number(env.PAGE_SIZE ?? 20);
const connections = Number(env.CONNECTIONS ?? 16);
const warmup = Number(env.WARMUP ?? 10);
const duration = Number(env.DURATION ?? 15);

const queries = [
  { name: 'My orders (orders, lines, products, categories)', file: 'my-orders.graphql', list: (data) => data.orders.nodes },
  { name: 'Product list (products, categories)', file: 'product-list.graphql', list: (data) => data.products.edges },
];

const targets = [
  { name: 'GraphApi', url: env.GRAPHAPI_URL, headers: { authorization: `Bearer ${env.TOKEN}` } },
  { name: 'graphql-yoga + better-sqlite3', url: env.PEER_URL, headers: { 'x-user-id': env.USER_ID } },
];

function request(target, query) {
  return {
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...target.headers },
    body: JSON.stringify({ query, variables: { first: pageSize } }),
  };
}

async function check(target, query) {
  const { url, ...init } = request(target, query.text);
  const response = await fetch(url, init);
  const json = await response.json();
  if (!response.ok || json.errors || query.list(json.data).length !== pageSize) {
    throw new Error(`${target.name} answered ${query.name} wrongly: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  }
}

const run = (target, query, seconds) =>
  autocannon({ ...request(target, query.text), connections, duration: seconds, pipelining: 1 });

const rows = [];
for (const query of queries) {
  query.text = readFileSync(new URL(`queries/${query.file}`, import.meta.url), 'utf8');
  for (const target of targets) {
    await check(target, query);
    await run(target, query, warmup);
    const result = await run(target, query, duration);
    if (result.non2xx || result.errors || result.timeouts) {
      throw new Error(`${target.name} failed requests of ${query.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    }
    rows.push(`| ${query.name} | ${target.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} |`);
    console.error(`done: ${query.name} / ${target.name}`);
  }
}

console.log(`Page size ${pageSize}, ${connections} connections, ${warmup} s warm-up, ${duration} s measured per row.\n`);
console.log('| Query | Server | requests/s (mean) | latency p50 (ms) | latency p99 (ms) | requests |');
console.log('|---|---|--:|--:|--:|--:|');
for (const row of rows) console.log(row);
