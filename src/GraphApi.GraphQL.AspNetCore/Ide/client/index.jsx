// GraphApi's IDE: GraphiQL mounted against the GraphQL endpoint that serves this page.
// The server writes the page (see GraphiQLPage.cs) with a JSON settings block; everything else is
// derived from the page's own address so the IDE keeps working under a path base or behind a proxy.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

// Monaco runs its language services in web workers; build.mjs bundles each one next to this file.
// Workers must be same-origin, so they are addressed relative to this module, never through a CDN.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'graphql' ? 'graphql.worker.js' : label === 'json' ? 'json.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file + new URL(import.meta.url).search, import.meta.url));
  },
};

const settings = JSON.parse(document.getElementById('graphiql-settings').textContent);

// The page is served by the endpoint itself: its address (without query or fragment) is the endpoint.
const endpoint = new URL(window.location.pathname, window.location.href);
const socketEndpoint = new URL(endpoint);
socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  // graphql-transport-ws on the same path; used only for subscription operations.
  subscriptionUrl: socketEndpoint.href,
  // The server answers with single results (no @defer/@stream), so ask for
  // application/graphql-response+json rather than multipart responses.
  enableIncrementalDelivery: false,
});

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={settings.defaultQuery}
    inputValueDeprecation={true}
    schemaDescription={true}
  />,
);
