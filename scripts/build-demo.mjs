// `npm run build:demo`: the main demo (fake backend in the tab) as a static folder, demo/dist/,
// that works from any static host and any sub-path: every URL in it is relative. `npm start`
// serves the same folder. See docs/demo.md and docs/decisions/0405-demo-runs-like-production.md.
//
// demo/dist/
//   index.html, favicon.svg      copied as they are
//   styles/*.css                 minified by esbuild
//   main.js (+ chunks/, .map)    demo/src/main.ts bundled by rollup and minified (production lit)
//   mockServiceWorker.js         msw's worker from the installed msw, at the root so its scope
//                                covers the page
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { embedBundle } from '../rollup.config.mjs';

const demoDir = new URL('../demo/', import.meta.url);

/** Where `npm run build:demo` and `npm start` write the demo. */
export const demoOutDir = fileURLToPath(new URL('dist/', demoDir));

/**
 * The rollup options of the demo's script: the `source` and `browser` conditions (workspace
 * packages from source, msw's browser build, lit's production build: no `development`).
 */
function demoBundle(outDir) {
  return {
    input: fileURLToPath(new URL('src/main.ts', demoDir)),
    // The same dependency warnings as the embed bundle are noise here.
    onwarn: embedBundle.onwarn,
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: 'main.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // The inlined packages' license comments stay, at the end of each file. (The embed
      // bundle's licenses file, ADR 0466, needs a license file in every package; msw's
      // dependency is-node-process ships none.)
      plugins: [minify({ target: 'es2022', legalComments: 'eof' })],
    },
    plugins: [
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.mjs', '.js'] }),
    ],
  };
}

/** msw's worker script, from the msw the mock package resolves (the one the bundle holds). */
function mockServiceWorkerPath() {
  const require = createRequire(import.meta.url);
  return require.resolve('msw/mockServiceWorker.js', {
    paths: [fileURLToPath(new URL('../packages/mock/', import.meta.url))],
  });
}

async function minifyStyles(outDir) {
  const from = new URL('styles/', demoDir);
  await mkdir(`${outDir}styles`, { recursive: true });
  for (const name of await readdir(from)) {
    const { code } = await transform(await readFile(new URL(name, from), 'utf8'), {
      loader: 'css',
      minify: true,
    });
    await writeFile(`${outDir}styles/${name}`, code);
  }
}

async function bundleScript(outDir) {
  const options = demoBundle(outDir);
  const bundle = await rollup(options);
  try {
    await bundle.write(options.output);
  } finally {
    await bundle.close();
  }
}

/**
 * Writes the demo to `outDir` (a folder path ending in `/`; emptied first) and resolves with the
 * milliseconds it took.
 */
export async function buildDemo(outDir = demoOutDir) {
  const started = Date.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    bundleScript(outDir),
    minifyStyles(outDir),
    copyFile(new URL('index.html', demoDir), `${outDir}index.html`),
    copyFile(new URL('favicon.svg', demoDir), `${outDir}favicon.svg`),
    copyFile(mockServiceWorkerPath(), `${outDir}mockServiceWorker.js`),
  ]);
  return Date.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildDemo();
  console.log(`Built the demo into ${demoOutDir} in ${ms} ms`);
}
