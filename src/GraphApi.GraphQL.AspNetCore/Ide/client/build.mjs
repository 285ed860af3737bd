// Bundles GraphiQL into ../dist: graphiql.js + graphiql.css (the page's module and styles), the three
// Monaco web workers, and the licence notices of every package that went into them. Minified, no source
// maps, nothing loaded from elsewhere: the server embeds these files and serves them itself.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/', import.meta.url));

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  legalComments: 'none', // the notices are kept once, in THIRD-PARTY-NOTICES.txt
  target: ['es2022'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
  outdir,
};

// graphiql/style.css already holds Monaco's styles (and its icon font); the stylesheets Monaco's modules
// import one by one would be a second copy of them.
const skipMonacoStyles = {
  name: 'skip-monaco-styles',
  setup(b) {
    b.onLoad({ filter: /[\\/]monaco-editor[\\/].*\.css$/ }, () => ({ contents: '', loader: 'css' }));
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const page = await build({
  ...common,
  entryPoints: { graphiql: 'index.jsx' },
  format: 'esm',
  jsx: 'automatic',
  plugins: [skipMonacoStyles],
});

// Classic (non-module) workers: each is a self-contained script.
const workers = await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
});

await writeFile(join(outdir, 'THIRD-PARTY-NOTICES.txt'), await notices([page.metafile, workers.metafile]));
console.log((await readdir(outdir)).join('\n'));

function author({ author }) {
  const name = typeof author === 'string' ? author : author?.name;
  return name ? `, copyright ${name}` : '';
}

// The package folders (…/node_modules/name or …/node_modules/@scope/name) the bundles were built from.
function bundledPackages(metafiles) {
  const folders = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const match = bytesInOutput > 0 && input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
        if (match) folders.add(match[1]);
      }
    }
  }
  return [...folders];
}

async function notices(metafiles) {
  const sections = [];
  for (const folder of bundledPackages(metafiles)) {
    const manifest = JSON.parse(await readFile(join(here, folder, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(join(here, folder))).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile
      ? (await readFile(join(here, folder, licenceFile), 'utf8')).trim()
      : `Licence: ${manifest.license}${author(manifest)} (the package ships no licence file).`;
    sections.push(`${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}`);
  }
  sections.sort();
  const header =
    'The GraphiQL IDE served by GraphApi is a bundle of the following npm packages.\n' +
    'Their copyright and licence notices follow.';
  return [header, ...sections].join('\n\n' + '-'.repeat(78) + '\n\n') + '\n';
}
