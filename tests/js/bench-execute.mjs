// Times graphql-js 17 executing the requests of the execution benchmarks
// (tests/GraphApi.Benchmarks/ExecutionBenchmarks.cs): the same shop schema, data, resolvers and documents.
// As in a server with a document cache, the warm cases look the document up by its text and run execute()
// on the tree parsed and validated once; *_Json cases add JSON.stringify and the UTF-8 encoding a response
// body needs; *_Cold cases parse and validate every time. Prints JSON:
// { "<case>": { "meanNs": n, "bestNs": n, "ops": n, "allocatedBytes": n } }.
// allocatedBytes is the growth of the JavaScript heap and of array buffers (a Buffer's bytes live outside the
// heap) per call, measured in a child process whose young generation is large enough that no garbage
// collection runs while it counts (see measureAllocations).
// Usage: [BENCH_FILTER=case] node bench-execute.mjs [batch-milliseconds (250)] [measured-batches (15)]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildSchema, execute, parse, validate } from 'graphql';

const inputs = new URL('../GraphApi.Benchmarks/Inputs/', import.meta.url);
const read = (name) => readFileSync(new URL(name, inputs), 'utf8');
const introspection = read('introspection.graphql');
const smallQuery = read('small-query.graphql');
const coldSmallQueries = [smallQuery, smallQuery + '# another text\n'];

// The shop's data, as tests/GraphApi.Benchmarks/Shop.cs builds it.
const categories = ['Books', 'Games', 'Music', 'Garden', 'Kitchen'].map((name, i) => ({ id: `c${i + 1}`, name }));
const products = [];
for (let i = 1; i <= 100; i++) {
  products.push({
    id: `p${i}`,
    name: `Product ${i}`,
    description: i % 2 === 0 ? `The description of product ${i}.` : null,
    price: ((i * 137) % 10000) / 100,
    currency: i % 4 === 0 ? 'USD' : 'EUR',
    inStock: i % 3 !== 0,
    tags: i % 2 === 0 ? ['new'] : ['new', 'sale'],
    category: categories[(i - 1) % categories.length],
    sku: `SKU-${i}`,
  });
}
const productsById = new Map(products.map((p) => [p.id, p]));

function take(first, categoryId) {
  const taken = [];
  for (const product of products) {
    if (taken.length === first) break;
    if (categoryId == null || product.category.id === categoryId) taken.push(product);
  }
  return taken;
}

// The resolvers of Shop.CreateSchema; every other field reads the same-named property (graphql-js's default).
const schema = buildSchema(read('shop.graphql'));
const fieldsOf = (type) => schema.getType(type).getFields();
fieldsOf('Query').products.resolve = (_, { first, categoryId }) => take(first, categoryId);
fieldsOf('Query').product.resolve = (_, { id }) => productsById.get(id) ?? null;
fieldsOf('Query').categories.resolve = () => categories;
fieldsOf('Category').products.resolve = (category, { first }) => take(first, category.id);

// The document cache of a server: text → document parsed and validated once.
const documents = new Map();
for (const text of [introspection, smallQuery]) {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`benchmark document is invalid: ${errors[0].message}`);
  documents.set(text, document);
}

const run = (text) => execute({ schema, document: documents.get(text) });
const respond = (text) => Buffer.from(JSON.stringify(run(text)));
let coldTurn = 0;
function runCold() {
  coldTurn ^= 1;
  const document = parse(coldSmallQueries[coldTurn]);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors[0].message);
  return execute({ schema, document });
}

const cases = {
  'Execute.Introspection': () => run(introspection),
  'Execute.Introspection_Json': () => respond(introspection),
  'Execute.SmallQuery': () => run(smallQuery),
  'Execute.SmallQuery_Json': () => respond(smallQuery),
  'Execute.SmallQuery_Cold': runCold,
};

// Each side checks its answer against the same file, so both run on the same data.
const expected = read('small-query.response.json').trimEnd();
const small = JSON.stringify(run(smallQuery));
if (small !== expected) throw new Error(`the small query's response differs from Inputs/small-query.response.json:\n${small}`);
for (const text of [introspection, ...coldSmallQueries]) {
  const result = execute({ schema, document: parse(text) });
  if (result instanceof Promise || result.errors) throw new Error('benchmark request failed');
}

// BENCH_FILTER names one case (run.sh runs them one by one), or selects those whose names contain it.
const only = process.env.BENCH_FILTER;
const selected = Object.entries(cases).filter(([name]) => !only || (only in cases ? name === only : name.includes(only)));

if (process.argv[2] === '--allocations') {
  console.log(JSON.stringify(await measureAllocations()));
} else {
  console.log(JSON.stringify(measureTimes(), null, 2));
}

// Shaped like the BenchmarkDotNet job of tests/GraphApi.Benchmarks/run.sh, as tests/js/bench.mjs is:
// warm-up batches, then measured batches; meanNs is the mean of the batch means without the upper
// outliers (Tukey's fences), bestNs the best batch.
function measureTimes() {
  const batchNs = BigInt(Math.round(Number(process.argv[2] ?? 250) * 1e6));
  const batches = Number(process.argv[3] ?? 15);
  const warmupBatches = 4;
  const batch = (fn) => {
    const start = process.hrtime.bigint();
    let n = 0;
    let elapsed = 0n;
    do {
      fn();
      n++;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < batchNs);
    return { meanNs: Number(elapsed) / n, n };
  };

  const results = {};
  for (const [name, fn] of selected) {
    for (let i = 0; i < warmupBatches; i++) batch(fn);
    const means = [];
    let ops = 0;
    for (let i = 0; i < batches; i++) {
      const { meanNs, n } = batch(fn);
      means.push(meanNs);
      ops += n;
    }
    const kept = withoutUpperOutliers(means);
    results[name] = {
      meanNs: Math.round(kept.reduce((a, b) => a + b, 0) / kept.length),
      bestNs: Math.round(Math.min(...means)),
      ops,
    };
  }

  const allocations = spawnSync(
    process.execPath,
    ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', fileURLToPath(import.meta.url), '--allocations'],
    { encoding: 'utf8', env: process.env },
  );
  if (allocations.status !== 0) throw new Error(`allocation run failed:\n${allocations.stderr}`);
  for (const [name, bytes] of Object.entries(JSON.parse(allocations.stdout))) {
    results[name].allocatedBytes = bytes;
  }
  return results;
}

function withoutUpperOutliers(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const quartile = (q) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low] + (sorted[Math.ceil(position)] - sorted[low]) * (position - low);
  };
  const q1 = quartile(0.25);
  const q3 = quartile(0.75);
  return sorted.filter((v) => v <= q3 + 1.5 * (q3 - q1));
}

// V8 has no allocation counter; the memory's growth over calls between two garbage collections is one. The
// child process runs with a 64 MB young generation (--min/max-semi-space-size=64) and --expose-gc: after a
// full collection, calls that allocate 16 MB in all (sized from one probing call) leave room to spare, so
// no scavenge runs while they count; a round during which one ran anyway (the gc performance entries tell)
// is discarded. The best round after warming up is the figure; like BenchmarkDotNet's allocated bytes per
// operation it includes the result each call returns.
async function measureAllocations() {
  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  // The heap, and the memory of array buffers outside it (a Buffer's bytes), which is only freed by a collection too.
  const allocated = () => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1)); // gc entries arrive asynchronously
  const grow = async (fn, calls) => {
    globalThis.gc();
    await settle();
    const seen = collections;
    const before = allocated();
    for (let i = 0; i < calls; i++) fn();
    const grown = allocated() - before;
    await settle();
    return collections === seen ? grown / calls : undefined;
  };

  const results = {};
  for (const [name, fn] of selected) {
    for (let i = 0; i < 2000; i++) fn(); // optimized code allocates less than the interpreter
    const probe = await grow(fn, 1);
    if (probe === undefined) throw new Error(`${name}: a garbage collection interrupted the probing call`);
    const calls = Math.max(1, Math.floor((16 * 1024 * 1024) / Math.max(probe, 1)));
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      best = Math.min(best, (await grow(fn, calls)) ?? Infinity);
    }
    if (!Number.isFinite(best)) throw new Error(`${name}: every allocation round was interrupted by a garbage collection`);
    results[name] = Math.round(best);
  }
  observer.disconnect();
  return results;
}
