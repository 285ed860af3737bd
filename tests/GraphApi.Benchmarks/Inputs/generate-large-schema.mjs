// Writes large-schema.graphql: a deterministic, realistic-shaped SDL of a few hundred types for the
// parser and schema-building benchmarks. Run: node generate-large-schema.mjs > large-schema.graphql
const words = ['account', 'address', 'billing', 'catalog', 'channel', 'comment', 'coupon', 'delivery',
  'discount', 'invoice', 'ledger', 'listing', 'media', 'merchant', 'message', 'payment', 'payout',
  'profile', 'refund', 'review', 'shipment', 'store', 'supplier', 'tax', 'ticket', 'warehouse'];
const pascal = (s) => s[0].toUpperCase() + s.slice(1);
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const pick = (a) => a[next() % a.length];
const out = [];
const types = [];
for (let i = 0; i < 300; i++) types.push(pascal(pick(words)) + pascal(pick(words)) + i);
out.push('"The root of every read."\ntype Query {');
for (const t of types.slice(0, 60)) {
  out.push(`  "Looks up one ${t} by id."\n  ${t[0].toLowerCase() + t.slice(1)}(id: ID!): ${t}`);
}
out.push('}\n');
out.push('enum Status {\n  ACTIVE\n  SUSPENDED\n  CLOSED @deprecated(reason: "Use SUSPENDED")\n}\n');
out.push('interface Node {\n  id: ID!\n}\n');
for (let i = 0; i < types.length; i++) {
  const t = types[i];
  out.push(`"""\n${t} is a generated type.\nIt has several fields of every kind.\n"""`);
  out.push(`type ${t} implements Node {`);
  out.push('  id: ID!');
  for (let f = 0; f < 12; f++) {
    const name = pick(words) + f;
    const kind = next() % 5;
    if (kind === 0) out.push(`  "A scalar."\n  ${name}: String`);
    else if (kind === 1) out.push(`  ${name}(first: Int = 10, after: String): [${pick(types)}!]!`);
    else if (kind === 2) out.push(`  ${name}: ${pick(types)}`);
    else if (kind === 3) out.push(`  ${name}(filter: ${t}Filter): Int!`);
    else out.push(`  ${name}: Status @deprecated`);
  }
  out.push('}\n');
  out.push(`input ${t}Filter {\n  status: Status = ACTIVE\n  ids: [ID!]\n  text: String\n}\n`);
}
console.log(out.join('\n'));
