// Builds an entry the way a production page receives it and weighs the result (docs/performance.md,
// docs/decisions/0450-size-measurement-and-budgets.md). Used by `npm run size`, its test wrapper
// (test/node/size.test.ts) and the peer comparison of `npm run bench`.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, version as esbuildVersion } from 'esbuild';
import { rollup } from 'rollup';
import { minifyCode } from '../minify-code.mjs';
import { minifyTemplatesEsbuild } from '../minify-templates.mjs';

/** The repository root (absolute path, with a trailing slash). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The esbuild version every row is built with. */
export { esbuildVersion };

/**
 * esbuild settings of a production build for browsers: one minified ES module, every dependency
 * inlined, browser export conditions (`source` resolves workspace packages to their sources, which
 * is what their `dist/` files are built from), `es2022` like rollup.config.mjs (decorators lowered),
 * and the elements' css`` and html`` texts minified as rollup.config.mjs ships them (ADR 0456).
 */
export const productionSettings = Object.freeze({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  plugins: [minifyTemplatesEsbuild()],
});

/** Bytes of `code` as sent: raw, gzip (level 9) and brotli (quality 11, text mode). */
export function weigh(code) {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * Bundles one entry with {@link productionSettings}: `entry` is a file path relative to the root,
 * or `source` is module text resolved from the root (e.g. `export { createClient } from '…'`).
 * An `entry` is built with code splitting, as rollup.config.mjs ships it: what only `import()`
 * loads (the zh-CN texts, ADR 0453) goes to chunks that a page downloads only when it asks, so the
 * code returned is the entry with the chunks it imports statically (esbuild's shared helpers).
 * Each output file is then minified by terser as rollup.config.mjs does (ADR 0465). Returns
 * `{ code }`.
 */
export async function bundle({ entry, source }) {
  const input = source
    ? { stdin: { contents: source, resolveDir: root, sourcefile: 'entry.js', loader: 'js' } }
    : { entryPoints: [entry], splitting: true, outdir: 'out' };
  const result = await build({
    ...productionSettings,
    ...input,
    absWorkingDir: root,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  if (source) return { code: Buffer.from(await minifyCode(result.outputFiles[0].contents)) };
  const { outputs } = result.metafile;
  const [start] = Object.keys(outputs).filter((path) => outputs[path].entryPoint === entry);
  const loaded = new Set([start]);
  for (const path of loaded) {
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement') loaded.add(imported);
    }
  }
  const files = await Promise.all(
    [...loaded].map(async (path) => {
      const file = result.outputFiles.find((output) => output.path === `${root}${path}`);
      return Buffer.from(await minifyCode(file.contents));
    }),
  );
  return { code: Buffer.concat(files) };
}

/**
 * Builds one of rollup.config.mjs's exported build configs (e.g. `embedBundle`) in memory, exactly
 * as `npm run build` writes it, and returns the code of its entry file, or of the chunk named
 * `chunk` (e.g. `zh-cn`, which only zh-CN pages load).
 */
export async function bundleWithRollupConfig(name, chunk) {
  const config = (await import(new URL('rollup.config.mjs', `file://${root}`).href))[name];
  if (!config) throw new Error(`rollup.config.mjs exports no "${name}"`);
  const built = await rollup({ ...config, onwarn: () => {} });
  try {
    const { output } = await built.generate(config.output);
    const file = output.find(
      (item) => item.type === 'chunk' && (chunk ? item.name === chunk : item.isEntry),
    );
    if (!file) throw new Error(`rollup.config.mjs's "${name}" writes no ${chunk ?? 'entry'} chunk`);
    return { code: Buffer.from(file.code) };
  } finally {
    await built.close();
  }
}

/**
 * A reference to the global `Function` (whose constructor evaluates text, also as `let F=Function;
 * new F("")` after minification) or to `eval` — what a Content-Security-Policy without
 * `'unsafe-eval'` (or with Trusted Types) blocks and reports. Minifiers never rename globals;
 * property names (`.eval`) and the start of string literals (`"Function expected"`) are not
 * references.
 */
const EVAL_REFERENCE = /(^|[^.\w$"'`])(?:Function|eval)\b(?!\s*\.prototype)/;

/** Whether `code` references `eval` or the `Function` constructor (see {@link EVAL_REFERENCE}). */
export function usesEval(code) {
  return EVAL_REFERENCE.test(typeof code === 'string' ? code : Buffer.from(code).toString('utf8'));
}

/** The rows of scripts/size/budgets.json. */
export async function readBudgets() {
  const text = await readFile(new URL('budgets.json', import.meta.url), 'utf8');
  return JSON.parse(text).rows;
}

/**
 * Builds and weighs one row of budgets.json; `over` lists the budgets it exceeds (enforced),
 * `missed` the targets it misses (reported).
 */
export async function measureRow(row) {
  const { code } = row.rollupConfig
    ? await bundleWithRollupConfig(row.rollupConfig, row.chunk)
    : await bundle(row);
  const size = weigh(code);
  const budget = row.budget ?? {};
  const target = row.target ?? {};
  const over = Object.keys(budget).filter((kind) => size[kind] > budget[kind]);
  const missed = Object.keys(target).filter((kind) => size[kind] > target[kind]);
  return {
    id: row.id,
    label: row.label,
    size,
    budget,
    over,
    target,
    missed,
    usesEval: usesEval(code),
  };
}

/** Builds and weighs every row of budgets.json, one after the other. */
export async function measureAll() {
  const results = [];
  for (const row of await readBudgets()) results.push(await measureRow(row));
  return results;
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes, as in the budgets). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
