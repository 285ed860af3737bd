// Drives a graphql-sse client (GraphQL over Server-Sent Events, distinct connections mode) from commands
// on stdin and prints what happens, both as one JSON object per line.
// Usage: node sse-client.mjs <url of the GraphQL endpoint>
// Commands:
//   {"cmd":"subscribe","id":"a","query":"...","variables":{...},"operationName":"..."}  opens a stream for it
//   {"cmd":"unsubscribe","id":"a"}   closes that stream's connection, which is how the client ends it
// Events: connected (the stream is open), next, error, complete, unsubscribed. The script ends when stdin
// closes.
import { createClient } from 'graphql-sse';
import { createInterface } from 'node:readline';

const url = process.argv[2];
if (!url) {
  console.error('usage: node sse-client.mjs <url>');
  process.exit(2);
}

const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');
const client = createClient({ url, retryAttempts: 0 });
const operations = new Map();

function subscribe({ id, query, variables, operationName }) {
  const dispose = client.subscribe(
    { query, variables, operationName },
    {
      next: (payload) => print({ event: 'next', id, payload }),
      error: (error) => print({ event: 'error', id, error: error instanceof Error ? error.message : error }),
      complete: () => print({ event: 'complete', id }),
    },
    { connected: () => print({ event: 'connected', id }) },
  );
  operations.set(id, dispose);
}

const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  if (!line.trim()) return;
  const command = JSON.parse(line);
  switch (command.cmd) {
    case 'subscribe':
      subscribe(command);
      break;
    case 'unsubscribe':
      operations.get(command.id)?.();
      print({ event: 'unsubscribed', id: command.id });
      break;
    default:
      print({ event: 'failed', error: `unknown command ${command.cmd}` });
  }
});
commands.on('close', () => client.dispose());
