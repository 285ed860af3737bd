// Reads an introspection result (JSON, either { data: { __schema } } or { __schema }) on stdin, rebuilds the
// schema with graphql-js's buildClientSchema and prints it with printSchema, so that the .NET tests can
// compare it with our own SchemaPrinter output. Usage: node introspection-roundtrip.mjs < result.json
import { buildClientSchema, printSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
if (result.errors?.length) {
  throw new Error('The introspection result has errors: ' + JSON.stringify(result.errors));
}

process.stdout.write(printSchema(buildClientSchema(result.data ?? result)));
