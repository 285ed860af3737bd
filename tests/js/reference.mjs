// The reference side of the differential test (tests/GraphApi.GraphQL.Tests/Differential).
// stdin:  { "schemas": { "<name>": "<SDL>", ... }, "documents": [ { "schema": "<name>", "text": "<document>" }, ... ] }
// stdout: [ { "verdict": "syntax" | "invalid" | "valid",
//             "errors": [ { "message": "...", "locations": [[line, column], ...] } ],
//             "printed": "<print(parse(document))>" | null }, ... ]   (one entry per document, same order)
// graphql-js is used with its defaults (validate() runs specifiedRules) except for one option:
// graphql-js 17 accepts empty selection sets `{ }` by default (graphql-spec PR #1227), while the
// specification we implement still says `SelectionSet : { Selection+ }` (spec §2.5 Selection Sets).
// allowEmptySelectionSets: false makes parse() and validate() follow the spec there.
import { buildSchema, parse, print, validate, GraphQLError } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schemas = new Map(Object.entries(input.schemas).map(([name, sdl]) => [name, buildSchema(sdl)]));

const toErrors = (errors) =>
  errors.map((e) => ({
    message: e.message,
    locations: (e.locations ?? []).map((l) => [l.line, l.column]),
  }));

const spec = { allowEmptySelectionSets: false };

const results = input.documents.map(({ schema: schemaName, text }) => {
  const schema = schemas.get(schemaName);
  if (schema === undefined) {
    throw new Error(`unknown schema "${schemaName}"`);
  }
  let document;
  try {
    document = parse(text, spec);
  } catch (error) {
    // Anything but a GraphQLError would be a bug in this script, not a syntax verdict.
    if (!(error instanceof GraphQLError)) {
      throw error;
    }
    return { verdict: 'syntax', errors: toErrors([error]), printed: null };
  }
  const errors = validate(schema, document, undefined, spec);
  return {
    verdict: errors.length === 0 ? 'valid' : 'invalid',
    errors: toErrors(errors),
    printed: print(document),
  };
});

// ASCII only, so that the reader's console encoding cannot matter.
const json = JSON.stringify(results).replace(
  /[\u007f-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
process.stdout.write(json);
