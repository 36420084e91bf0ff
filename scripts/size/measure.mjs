// Builds what a page downloads and weighs it (docs/bundle-budget.md). Used by `npm run size`, its
// test (test/node/size.test.ts) and `npm run bench`. Every row of budgets.json is built by rollup:
// - `rollupConfig`: an export of rollup.config.mjs (the shipped embed bundle), built in memory;
// - `entry`: a source file built with rollup.config.mjs's `browserBundle` (the embed bundle's
//   settings), e.g. one element's define file or the SDK;
// - `publishedPage`: a page bundling the packed, installed packages (./published-page.mjs).
// A row weighs what a page loads up front: the entry chunk and the chunks it imports statically,
// each compressed on its own (as a server sends them). What only `import()` loads (the zh-CN
// texts) is left out, or weighed alone with `chunk`.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePublishedPage } from './published-page.mjs';

/** The repository root (absolute path, with a trailing slash). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

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
 * The chunks of rollup `output` that a page loads up front: the entries and the chunks they import
 * statically (external modules are not part of the output).
 */
export function upFront(output) {
  const chunks = new Map(
    output.filter((item) => item.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const loaded = new Set([...chunks.values()].filter((chunk) => chunk.isEntry));
  for (const chunk of loaded) {
    for (const fileName of chunk.imports) {
      if (chunks.has(fileName)) loaded.add(chunks.get(fileName));
    }
  }
  return [...loaded];
}

/** rollup's output for `config` (a rollup.config.mjs build), generated in memory. */
async function generate(config) {
  const build = await rollup({ ...config, onwarn: () => {} });
  try {
    return (await build.generate(config.output)).output;
  } finally {
    await build.close();
  }
}

/** rollup.config.mjs, loaded by URL (plain ESM). */
const rollupConfig = () => import(new URL('rollup.config.mjs', `file://${root}`).href);

/** The chunks a row weighs, and a note on how they were made when that varies. */
async function rowChunks(row) {
  if (row.rollupConfig) {
    const config = (await rollupConfig())[row.rollupConfig];
    if (!config) throw new Error(`rollup.config.mjs exports no "${row.rollupConfig}"`);
    const output = await generate(config);
    if (!row.chunk) return { chunks: upFront(output) };
    const chunk = output.find((item) => item.type === 'chunk' && item.name === row.chunk);
    if (!chunk) throw new Error(`rollup.config.mjs's "${row.rollupConfig}" has no ${row.chunk}`);
    return { chunks: [chunk] };
  }
  if (row.entry) {
    const { browserBundle } = await rollupConfig();
    return { chunks: upFront(await generate(browserBundle(`${root}${row.entry}`))) };
  }
  if (row.publishedPage) {
    const { output, from } = await bundlePublishedPage(row.publishedPage);
    return { chunks: upFront(output), note: `dependencies installed from the ${from}` };
  }
  throw new Error(`budgets.json row "${row.id}" names no rollupConfig, entry or publishedPage`);
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
 * Builds and weighs one row of budgets.json: `size` sums its up-front chunks, `over` says whether
 * its gzip bytes exceed its `budget`.
 */
export async function measureRow(row) {
  const base = { id: row.id, label: row.label, budget: row.budget };
  const built = await rowChunks(row);
  const sizes = built.chunks.map((chunk) => weigh(chunk.code));
  const size = Object.fromEntries(
    ['raw', 'gzip', 'brotli'].map((kind) => [kind, sizes.reduce((sum, s) => sum + s[kind], 0)]),
  );
  return {
    ...base,
    size,
    files: built.chunks.length,
    over: row.budget !== undefined && size.gzip > row.budget,
    usesEval: built.chunks.some((chunk) => usesEval(chunk.code)),
    ...(built.note && { note: built.note }),
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
