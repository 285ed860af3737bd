// Drives a graphql-ws client (the graphql-transport-ws protocol, over the ws package's WebSocket) from
// commands on stdin and prints what happens, both as one JSON object per line.
// Usage: node ws-client.mjs <ws url>
// Commands:
//   {"cmd":"connect","connectionParams":{...},"keepAlive":ms}  opens the socket and sends connection_init
//   {"cmd":"subscribe","id":"a","query":"...","variables":{...},"operationName":"..."}
//   {"cmd":"unsubscribe","id":"a"}                              the client sends complete for that operation
//   {"cmd":"ping","payload":{...}}                              sends a ping with that payload on the open socket
//                                                               (a fresh token renews the connection's credentials)
//   {"cmd":"dispose"}                                           closes the socket (1000)
// Events: connected (with the connection_ack payload), next, error, complete, unsubscribed, ping and pong
// (received: true when the server sent it), closed (code, reason), failed (a connection error). The script
// ends when stdin closes.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createInterface } from 'node:readline';

const url = process.argv[2];
if (!url) {
  console.error('usage: node ws-client.mjs <ws url>');
  process.exit(2);
}

const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');
const describe = (error) =>
  Array.isArray(error) ? error : error instanceof Error ? error.message : error?.code ? { code: error.code, reason: error.reason } : String(error);

let client = null;
let socket = null;
const operations = new Map();

function connect({ connectionParams, keepAlive = 0 }) {
  client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    shouldRetry: () => false,
    keepAlive,
    connectionParams,
    onNonLazyError: (error) => print({ event: 'failed', error: describe(error) }),
    on: {
      connected: (connectedSocket, payload) => {
        socket = connectedSocket;
        print({ event: 'connected', payload: payload ?? null });
      },
      closed: (event) => print({ event: 'closed', code: event.code, reason: event.reason }),
      ping: (received, payload) => print({ event: 'ping', received, payload: payload ?? null }),
      pong: (received, payload) => print({ event: 'pong', received, payload: payload ?? null }),
    },
  });
}

function subscribe({ id, query, variables, operationName }) {
  const dispose = client.subscribe(
    { query, variables, operationName },
    {
      next: (payload) => print({ event: 'next', id, payload }),
      error: (error) => print({ event: 'error', id, error: describe(error) }),
      complete: () => print({ event: 'complete', id }),
    },
  );
  operations.set(id, dispose);
}

const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  if (!line.trim()) return;
  const command = JSON.parse(line);
  switch (command.cmd) {
    case 'connect':
      connect(command);
      break;
    case 'subscribe':
      subscribe(command);
      break;
    case 'unsubscribe':
      operations.get(command.id)?.();
      print({ event: 'unsubscribed', id: command.id });
      break;
    case 'ping':
      socket?.send(JSON.stringify({ type: 'ping', payload: command.payload }));
      break;
    case 'dispose':
      client?.dispose();
      break;
    default:
      print({ event: 'failed', error: `unknown command ${command.cmd}` });
  }
});
commands.on('close', () => client?.dispose());
