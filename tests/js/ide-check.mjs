// Opens the GraphiQL IDE in headless Chromium, types a query into the editor, presses the run button and
// waits for the result pane to show the expected text, as a person would. Used by
// tests/GraphApi.Tests/Ide/IdeBrowserTests.cs:
//   node ide-check.mjs <page url>   with stdin {"query": "...", "expect": ["text", ...], "screenshot": "path.png"}
// Prints one JSON report: the editor's text, what the result pane showed, the GraphQL requests the IDE
// made, every request that left the server's origin, failed requests, console errors, and the step that
// failed with its error (both null when all went well).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url] = process.argv.slice(2);
const { query, expect, screenshot } = JSON.parse(await readStdin());
const origin = new URL(url).origin;
const timeout = 30_000;

const report = {
  step: null, error: null, editorText: null, resultText: null,
  graphqlRequests: [], externalRequests: [], failedRequests: [], consoleErrors: [],
};
const userDataDir = await mkdtemp(join(tmpdir(), 'ide-check-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
  viewport: { width: 1280, height: 800 },
});

try {
  context.on('request', (request) => {
    const target = new URL(request.url());
    if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== origin) report.externalRequests.push(request.url());
  });
  context.on('requestfailed', (request) => report.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    if (response.request().method() === 'POST') {
      const operationName = response.request().postDataJSON()?.operationName ?? null;
      report.graphqlRequests.push({ operationName, status: response.status(), contentType: response.headers()['content-type'] });
    }
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.consoleErrors.push(String(error)));

  // GraphiQL introspects the endpoint as soon as it loads: the schema drives its checks and completion.
  const introspection = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().postDataJSON()?.operationName === 'IntrospectionQuery', { timeout });
  await step('open the page', () => page.goto(url, { waitUntil: 'load', timeout }));
  await step('load the schema', async () => {
    const body = await (await introspection).json();
    if (!body.data?.__schema) throw new Error(`introspection answered ${JSON.stringify(body).slice(0, 500)}`);
  });

  const editor = page.locator('.graphiql-query-editor .monaco-editor');
  await step('wait for the query editor', () => editor.waitFor({ state: 'visible', timeout }));

  await step('type the query', async () => {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Typed key by key; Monaco closes brackets itself and types over its own closing ones, so the text
    // ends up as typed. Escape closes the completion list the last word may have opened.
    await page.keyboard.type(query, { delay: 20 });
    await page.keyboard.press('Escape');
    report.editorText = await modelText(page, 'operation.graphql');
    if (report.editorText !== query) throw new Error(`the editor holds ${JSON.stringify(report.editorText)}`);
  });

  await step('press the run button', () => page.locator('.graphiql-execute-button').click({ timeout }));

  await step('wait for the result', () =>
    page.waitForFunction(
      (texts) => {
        const pane = document.querySelector('.graphiql-response .view-lines');
        const shown = pane ? pane.innerText.replace(/\u00a0/g, ' ') : '';
        return texts.every((t) => shown.includes(t));
      },
      expect,
      { timeout, polling: 100 },
    ),
  );
} catch {
  // The failed step and its error are in the report.
} finally {
  const page = context.pages()[0];
  if (page) {
    report.resultText = await page
      .locator('.graphiql-response .view-lines')
      .innerText({ timeout: 1000 })
      .then((t) => t.replace(/\u00a0/g, ' '))
      .catch(() => null);
    if (screenshot) {
      // The editor's checks run a moment after typing; let them settle so the picture shows their verdict.
      await page.waitForTimeout(1000);
      await page.screenshot({ path: screenshot }).catch(() => {});
    }
  }
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}

console.log(JSON.stringify(report, null, 2));

async function step(name, action) {
  try {
    return await action();
  } catch (error) {
    report.step = name;
    report.error = String(error?.message ?? error).split('\n')[0];
    throw error;
  }
}

// The text of a Monaco model (GraphiQL names them operation.graphql, response.json, ...).
function modelText(page, name) {
  return page.evaluate((n) => globalThis.__MONACO?.editor.getModels().find((m) => m.uri.path.endsWith(n))?.getValue() ?? null, name);
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}
