// Load benchmark of event delivery: opens many graphql-transport-ws subscribers (the graphql-ws client over
// the ws package, one socket each) to productPriceChanged of one product, proves every one is listening with
// a first price change, then sends a burst of price changes (the setProductPrice mutation, as an admin) and
// measures, for every event and subscriber, the time from sending the mutation to receiving the event.
// Prints one JSON object: deliveries, losses, duplicates, latency percentiles, the server's memory.
// Usage: node subscribers.mjs --url http://127.0.0.1:5000/graphql --signing-key <base64> [--pid <server pid>]
//          [--subscribers 2000] [--events 100] [--concurrency 4] [--interval-ms 0] [--timeout-seconds 120]
// --concurrency: mutations in flight at once (a burst); --interval-ms: instead, one mutation at a time, this
// long apart (events paced, so that latency is that of one event's fan-out rather than of a queue).
import { createRequire } from 'node:module';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// The locked packages of tests/js (bash tests/js/install.sh).
const require = createRequire(new URL('../../js/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const options = parseArguments(process.argv.slice(2), {
  url: null,
  'signing-key': null,
  pid: null,
  subscribers: '2000',
  events: '100',
  concurrency: '4',
  'interval-ms': '0',
  'timeout-seconds': '120',
});
if (!options.url || !options['signing-key']) {
  console.error('usage: node subscribers.mjs --url <http url of /graphql> --signing-key <base64 HS256 key> [--pid <server pid>] ...');
  process.exit(2);
}

const subscriberCount = Number(options.subscribers);
const eventCount = Number(options.events);
const interval = Number(options['interval-ms']);
const concurrency = interval > 0 ? 1 : Number(options.concurrency);
const deadline = Date.now() + Number(options['timeout-seconds']) * 1000;
const wsUrl = options.url.replace(/^http/, 'ws');
const adminToken = hs256(options['signing-key'], {
  sub: '1', role: 'Admin', iss: 'GraphApi', aud: 'GraphApi', exp: Math.floor(Date.now() / 1000) + 3600,
});

const productId = (await post('{ products(first: 1) { nodes { id } } }')).data.products.nodes[0].id;
const memory = { beforeSubscribing: serverMemory() };

// Prices in cents: the warm-up first, then one per event of the burst, so that a received price names its event.
const warmUpCents = 100_000;
const firstBurstCents = 200_000;
const sentAt = new Float64Array(eventCount);
const received = new Uint32Array(subscriberCount * eventCount);
const latencies = [];
let warmedUp = 0;
let failures = 0;

const query = 'subscription ($p: ID!) { productPriceChanged(productId: $p) { cursor price { amount } } }';
const clients = [];
for (let i = 0; i < subscriberCount; i += 200) {
  const batch = [];
  for (let s = i; s < Math.min(i + 200, subscriberCount); s++) {
    batch.push(openSubscriber(s));
  }
  clients.push(...(await Promise.all(batch)));
}

// A subscription is listening once its first event arrives; price changes are sent until all have had one.
while (warmedUp < subscriberCount) {
  await setPrice(warmUpCents + (Date.now() % 1000));
  await waitFor(() => warmedUp === subscriberCount, 2000);
  check('every subscriber to receive a warm-up event', warmedUp, subscriberCount);
}
memory.subscribed = serverMemory();

const burstStart = performance.now();
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < eventCount) {
    const event = next++;
    sentAt[event] = performance.now();
    await setPrice(firstBurstCents + event);
    if (interval > 0) {
      await new Promise((r) => setTimeout(r, Math.max(0, sentAt[event] + interval - performance.now())));
    }
  }
}));
const sent = performance.now();
const expected = subscriberCount * eventCount;
await waitFor(() => latencies.length >= expected, Math.max(0, deadline - Date.now()));
const lastDelivery = performance.now();
memory.afterBurst = serverMemory();

let lost = 0;
let duplicates = 0;
for (const count of received) {
  if (count === 0) lost++;
  if (count > 1) duplicates += count - 1;
}

latencies.sort((a, b) => a - b);
const percentile = (p) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]);
console.log(JSON.stringify({
  subscribers: subscriberCount,
  events: eventCount,
  sending: interval > 0 ? `one event every ${interval} ms` : `${concurrency} mutations in flight`,
  deliveries: latencies.length,
  expected,
  lost,
  duplicates,
  subscriptionErrors: failures,
  latencyMs: { p50: percentile(50), p90: percentile(90), p99: percentile(99), max: round(latencies.at(-1)) },
  burstSendMs: round(sent - burstStart),
  burstDeliveredMs: round(lastDelivery - burstStart),
  deliveriesPerSecond: Math.round(latencies.length / ((lastDelivery - burstStart) / 1000)),
  serverMemoryMiB: memory,
}, null, 2));

await Promise.all(clients.map((client) => client.dispose()));
process.exit(lost === 0 && duplicates === 0 && failures === 0 ? 0 : 1);

function openSubscriber(index) {
  return new Promise((resolve) => {
    let warm = false;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      on: { connected: () => resolve(client) },
    });
    client.subscribe({ query, variables: { p: productId } }, {
      next: ({ data, errors }) => {
        if (errors) {
          failures++;
          return;
        }
        const cents = Math.round(Number(data.productPriceChanged.price.amount) * 100);
        const event = cents - firstBurstCents;
        if (event >= 0 && event < eventCount) {
          latencies.push(performance.now() - sentAt[event]);
          received[index * eventCount + event]++;
        } else if (!warm) {
          warm = true;
          warmedUp++;
        }
      },
      error: () => failures++,
      complete: () => {},
    });
  });
}

async function setPrice(cents) {
  const result = await post(
    'mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { errors { __typename } } }',
    { input: { productId, price: { amount: cents / 100, currency: 'EUR' } } },
  );
  if (result.errors || result.data.setProductPrice.errors.length > 0) {
    throw new Error('setProductPrice failed: ' + JSON.stringify(result));
  }
}

async function post(query, variables) {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function serverMemory() {
  if (!options.pid) return null;
  const status = readFileSync(`/proc/${options.pid}/status`, 'utf8');
  const read = (name) => round(Number(status.match(new RegExp(`${name}:\\s+(\\d+) kB`))[1]) / 1024);
  return { rss: read('VmRSS'), peak: read('VmHWM') };
}

async function waitFor(condition, milliseconds) {
  const until = Date.now() + milliseconds;
  while (!condition() && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

function check(what, actual, wanted) {
  if (actual < wanted && Date.now() > deadline) {
    console.error(`timed out waiting for ${what}: ${actual} of ${wanted}`);
    process.exit(1);
  }
}

function hs256(base64Key, claims) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', Buffer.from(base64Key, 'base64')).update(input).digest('base64url')}`;
}

function parseArguments(args, defaults) {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    parsed[args[i].replace(/^--/, '')] = args[i + 1];
  }
  return parsed;
}

function round(value) {
  return Math.round(value * 10) / 10;
}
