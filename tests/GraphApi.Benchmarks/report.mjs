// Prints the Markdown table of tests/GraphApi.Benchmarks/README.md from one run: BenchmarkDotNet's JSON
// reports (our engine) and the output of tests/js/bench.mjs (graphql-js on the same inputs).
// Usage: node report.mjs <BenchmarkDotNet results folder> <graphql-js JSON file>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [resultsDir, jsFile] = process.argv.slice(2);
if (!resultsDir || !jsFile) {
  console.error('usage: node report.mjs <BenchmarkDotNet results folder> <graphql-js JSON file>');
  process.exit(2);
}

const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const ours = [];
for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json')).sort()) {
  for (const b of JSON.parse(readFileSync(join(resultsDir, file), 'utf8')).Benchmarks) {
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
console.log('| Case | GraphApi mean | GraphApi best | GraphApi allocated | graphql-js mean | graphql-js best | ratio of means | ratio of bests |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const row of ours) {
  const theirs = js[row.name] ?? {};
  console.log(
    `| ${row.name} | ${time(row.meanNs)} | ${time(row.bestNs)} | ${bytes(row.allocated)} | ${time(theirs.meanNs)} | ${time(theirs.bestNs)} `
      + `| ${ratio(theirs.meanNs, row.meanNs)} | ${ratio(theirs.bestNs, row.bestNs)} |`,
  );
}
