// Times graphql-js 17 on the same inputs as the BenchmarkDotNet benchmarks (tests/GraphApi.Benchmarks),
// so that ratios come from one run on one machine. Prints JSON: { "<case>": { "meanNs": n, "ops": n } }.
// Usage: node bench.mjs [seconds-per-case]
import { readFileSync } from 'node:fs';
import { parse, validate, buildSchema, Lexer, Source, TokenKind } from 'graphql';

const inputs = new URL('../GraphApi.Benchmarks/Inputs/', import.meta.url);
const read = (name) => readFileSync(new URL(name, inputs), 'utf8');
const harnessSdl = readFileSync(new URL('../GraphApi.GraphQL.Tests/Validation/harness.graphql', import.meta.url), 'utf8');
const introspection = read('introspection.graphql');
const kitchenSink = read('kitchen-sink-query.graphql');
const largeSchema = read('large-schema.graphql');
const harness = buildSchema(harnessSdl);
const introspectionAst = parse(introspection);
const kitchenSinkAst = parse(kitchenSink);
const seconds = Number(process.argv[2] ?? 2);

function lexAll(text) {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

const cases = {
  'Lex.Introspection': () => lexAll(introspection),
  'Lex.KitchenSink': () => lexAll(kitchenSink),
  'Lex.LargeSchema': () => lexAll(largeSchema),
  'Parse.Introspection': () => parse(introspection),
  'Parse.KitchenSink': () => parse(kitchenSink),
  'Parse.LargeSchema': () => parse(largeSchema),
  'Validate.Introspection': () => validate(harness, introspectionAst),
  'Validate.KitchenSink': () => validate(harness, kitchenSinkAst),
  'BuildSchema.LargeSchema': () => buildSchema(largeSchema),
};

function measure(fn) {
  // Warm up until the JIT settles, then time batches and keep the best batch mean: the least disturbed
  // by the other core's noise, as BenchmarkDotNet's own outlier removal aims for.
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.5e9));
  while (process.hrtime.bigint() < warmEnd) fn();
  let best = Infinity;
  let ops = 0;
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < end) {
    const start = process.hrtime.bigint();
    let n = 0;
    let elapsed = 0n;
    do {
      fn();
      n++;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < 50_000_000n);
    best = Math.min(best, Number(elapsed) / n);
    ops += n;
  }
  return { meanNs: Math.round(best), ops };
}

const only = process.env.BENCH_FILTER;
const results = {};
for (const [name, fn] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue;
  results[name] = measure(fn);
}
console.log(JSON.stringify(results, null, 2));
