// Times graphql-js 17 on the same inputs as the BenchmarkDotNet benchmarks (tests/GraphApi.Benchmarks),
// so that ratios come from one run on one machine. Prints JSON:
// { "<case>": { "meanNs": n, "bestNs": n, "ops": n } }.
// Usage: node bench.mjs [batch-milliseconds (250)] [measured-batches (15)]
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
// Hostile inputs for OverlappingFieldsCanBeMerged, the same text as Inputs.cs builds.
const repeatInDog = (count, selection) => '{ dog { ' + Array.from({ length: count }, (_, i) => selection(i)).join(' ') + ' } }';
const repeatedFieldsAst = parse(repeatInDog(2000, () => 'name'));
const aliasesAst = parse(repeatInDog(2000, (i) => `a${i}: name`));
const batchNs = BigInt(Math.round(Number(process.argv[2] ?? 250) * 1e6));
const batches = Number(process.argv[3] ?? 15);
const warmupBatches = 4;

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
  // The same work as Parse.Introspection here: the counterpart of the .NET benchmark that starts from a string.
  'ParseString.Introspection': () => parse(introspection),
  'Parse.LargeSchema': () => parse(largeSchema),
  'Validate.Introspection': () => validate(harness, introspectionAst),
  'Validate.KitchenSink': () => validate(harness, kitchenSinkAst),
  'BuildSchema.LargeSchema': () => buildSchema(largeSchema),
  'OverlappingFields.RepeatedFields': () => validate(harness, repeatedFieldsAst),
  'OverlappingFields.Aliases': () => validate(harness, aliasesAst),
};

// Shaped like the BenchmarkDotNet job of tests/GraphApi.Benchmarks/run.sh (batches are its iterations):
// warm-up batches until the JIT settles, then measured batches. meanNs is the mean of the batch means
// without the upper outliers (Tukey's fences, as BenchmarkDotNet removes them); bestNs is the best batch,
// the one least disturbed by other processes on a shared machine.
function batch(fn) {
  const start = process.hrtime.bigint();
  let n = 0;
  let elapsed = 0n;
  do {
    fn();
    n++;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < batchNs);
  return { meanNs: Number(elapsed) / n, n };
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

function measure(fn) {
  for (let i = 0; i < warmupBatches; i++) batch(fn);
  const means = [];
  let ops = 0;
  for (let i = 0; i < batches; i++) {
    const { meanNs, n } = batch(fn);
    means.push(meanNs);
    ops += n;
  }
  const kept = withoutUpperOutliers(means);
  return {
    meanNs: Math.round(kept.reduce((a, b) => a + b, 0) / kept.length),
    bestNs: Math.round(Math.min(...means)),
    ops,
  };
}

const only = process.env.BENCH_FILTER;
const results = {};
for (const [name, fn] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue;
  results[name] = measure(fn);
}
console.log(JSON.stringify(results, null, 2));
