// Prints the Markdown tables of tests/GraphApi.Benchmarks/README.md from one run.sh run: the BenchmarkDotNet
// JSON reports of our engine (<run>/<case>/results/*.json) and the figures of bench.mjs and bench-execute.mjs
// for graphql-js on the same inputs (<run>/graphql-js/*.json). Execution cases get a table of their own,
// with graphql-js's allocation, which only bench-execute.mjs measures.
// Usage: node report.mjs <run folder>
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [runDir] = process.argv.slice(2);
if (!runDir) {
  console.error('usage: node report.mjs <run folder>');
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)) : []);

const js = {};
for (const file of jsonFiles(join(runDir, 'graphql-js'))) {
  Object.assign(js, readJson(file));
}

const ours = [];
for (const entry of readdirSync(runDir, { withFileTypes: true })) {
  if (!entry.isDirectory() || entry.name === 'graphql-js') continue;
  for (const file of jsonFiles(join(runDir, entry.name, 'results'))) {
    for (const b of readJson(file).Benchmarks) {
      if (!b.Statistics) continue; // a benchmark that failed has no figures
      ours.push({
        // BenchmarkDotNet's Lex_Introspection is bench.mjs's Lex.Introspection.
        name: b.Method.replace('_', '.'),
        meanNs: b.Statistics.Mean,
        bestNs: b.Statistics.Min,
        allocated: b.Memory?.BytesAllocatedPerOperation,
      });
    }
  }
}

// Grouped by stage, then by input.
const order = ['Lex', 'Parse', 'ParseString', 'OverlappingFields', 'Validate', 'BuildSchema', 'Execute'];
const inputs = [
  'Introspection', 'KitchenSink', 'LargeSchema', 'RepeatedFields', 'Aliases',
  'Introspection_Json', 'SmallQuery', 'SmallQuery_Json', 'SmallQuery_Cold',
];
const rank = (name) => {
  const [group, input] = name.split('.');
  return order.indexOf(group) * 100 + inputs.indexOf(input);
};
ours.sort((a, b) => rank(a.name) - rank(b.name));

function time(ns) {
  if (ns === undefined) return '—';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
}

function bytes(n) {
  if (n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

const ratio = (theirs, mine) => (theirs === undefined ? '—' : `${(theirs / mine).toFixed(1)}×`);

// Means (upper outliers removed on both sides) are the figures to quote; the best iteration or batch is
// what each side runs at when the shared machine leaves it alone.
const isExecution = (row) => row.name.startsWith('Execute.');
const columns = (withTheirAllocation) => [
  (row) => row.name,
  (row) => time(row.meanNs),
  (row) => time(row.bestNs),
  (row) => bytes(row.allocated),
  (row) => time(js[row.name]?.meanNs),
  (row) => time(js[row.name]?.bestNs),
  ...(withTheirAllocation ? [(row) => bytes(js[row.name]?.allocatedBytes)] : []),
  (row) => ratio(js[row.name]?.meanNs, row.meanNs),
  (row) => ratio(js[row.name]?.bestNs, row.bestNs),
];

function table(rows, withTheirAllocation) {
  if (rows.length === 0) return;
  const header = ['Case', 'GraphApi mean', 'GraphApi best', 'GraphApi allocated', 'graphql-js mean', 'graphql-js best'];
  if (withTheirAllocation) header.push('graphql-js allocated');
  header.push('ratio of means', 'ratio of bests');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|---|${header.slice(1).map(() => '--:').join('|')}|`);
  for (const row of rows) {
    console.log(`| ${columns(withTheirAllocation).map((column) => column(row)).join(' | ')} |`);
  }
}

table(ours.filter((row) => !isExecution(row)), false);
if (ours.some(isExecution) && ours.some((row) => !isExecution(row))) console.log();
table(ours.filter(isExecution), true);
