// What graphql-js prints, for the printer tests to compare against.
//
//   node print-reference.mjs print             documents      -> print(parse(document))
//   node print-reference.mjs print-coordinate  coordinates    -> print(parseSchemaCoordinate(coordinate))
//   node print-reference.mjs print-schema      SDL documents  -> printSchema(buildSchema(sdl))
//
// stdin is a JSON array of input strings; stdout is a JSON array with one result per input, so that one
// node process serves a whole test. An input graphql-js rejects yields {"error": message}.
import { buildSchema, parse, parseSchemaCoordinate, print, printSchema } from 'graphql';

const printers = {
  print: (text) => print(parse(text)),
  'print-coordinate': (text) => print(parseSchemaCoordinate(text)),
  'print-schema': (text) => printSchema(buildSchema(text)),
};

const mode = process.argv[2];
const printer = printers[mode];
if (printer === undefined) {
  console.error(`usage: node print-reference.mjs (${Object.keys(printers).join(' | ')}) < inputs.json`);
  process.exit(2);
}

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const results = JSON.parse(input).map((text) => {
  try {
    return printer(text);
  } catch (error) {
    return { error: String(error.message) };
  }
});
process.stdout.write(JSON.stringify(results));
