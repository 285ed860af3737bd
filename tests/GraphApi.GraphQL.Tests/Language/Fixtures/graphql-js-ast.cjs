// Prints graphql-js's AST of each document named on the command line in the normalised JSON form that
// ParserTests.GraphQLJs.cs also produces from our AST: sorted keys, no empty lists or absent fields,
// and locations as UTF-8 byte offsets (graphql-js counts UTF-16 code units).
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require(path.join(process.cwd(), 'node_modules', 'graphql'));

function normalise(value, body) {
  if (Array.isArray(value)) {
    return value.map((item) => normalise(item, body));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const result = {};
  for (const key of Object.keys(value).sort()) {
    const field = value[key];
    if (field === undefined || (Array.isArray(field) && field.length === 0)) {
      continue;
    }
    result[key] = key === 'loc'
      ? [Buffer.byteLength(body.slice(0, field.start)), Buffer.byteLength(body.slice(0, field.end))]
      : normalise(field, body);
  }
  return result;
}

const output = process.argv.slice(2).map((file) => {
  const body = fs.readFileSync(file, 'utf8');
  return normalise(parse(body, { allowEmptySelectionSets: false }), body);
});
process.stdout.write(JSON.stringify(output));
