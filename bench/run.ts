// `npm run bench`: the size table, the peer SDK comparison, the elements in Chromium (load, round
// trips, precheck efficiency, a 5,000-unit tree) and `listAll` over 20,000 invitations in Node.
// Writes docs/performance.json and docs/performance.md. A benchmark, not a test: it fails only when
// something cannot be measured. `--quick` runs fewer repetitions (to try the bench out).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { measureAll } from '../scripts/size/measure.mjs';
import { benchElementLoad } from './browser/element-load.js';
import { benchOrgTree } from './browser/org-tree.js';
import { benchPrecheck } from './browser/precheck.js';
import { startBenchBrowser } from './browser/server.js';
import { describeMachine } from './lib/machine.js';
import { renderReport, type BenchResults } from './lib/report.js';
import { benchListAll, type WalkResult } from './node/list-all.js';
import { comparePeerSize } from './node/peer-size.js';

const quick = process.argv.includes('--quick');
const started = performance.now();
const step = (name: string) =>
  process.stdout.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${name}\n`,
  );

const machine = describeMachine();

step('bundle sizes');
const sizes = await measureAll();
step('peer SDK size');
const peer = await comparePeerSize();

// Node first: msw/node patches the global fetch while it listens.
const listAll: WalkResult[] = [];
for (const walk of ['sdk-msw', 'fetch-msw', 'sdk-loopback'] as const) {
  step(`listAll over 20,000 invitations: ${walk}`);
  listAll.push(await benchListAll(walk, { passes: quick ? 1 : 3 }));
}

const bench = await startBenchBrowser();
let browserResults: Pick<BenchResults, 'elementLoad' | 'precheck' | 'orgTree'>;
try {
  machine.chromium = bench.browser.version();
  const page = await bench.open();
  const elementLoad = [];
  for (const kind of ['invite-member', 'accept-invitation'] as const) {
    step(`<${kind}>: insert → interactive, round trips`);
    elementLoad.push(
      await benchElementLoad(page, kind, quick ? { runs: 5, latencyRuns: 2 } : undefined),
    );
  }
  step('precheck efficiency (typing at 60 ms per key)');
  const precheck = await benchPrecheck(page, quick ? 1 : 5);
  step('5,000-unit organization tree');
  const orgTree = await benchOrgTree(page, 5000, quick ? 2 : 10);
  browserResults = { elementLoad, precheck, orgTree };
} finally {
  await bench.close();
}

const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  machine,
  sizes,
  peer,
  listAll,
  ...browserResults,
};
/** Fractions to 3 decimals: more digits than the measurements carry is noise. */
const rounded = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
const docs = new URL('../docs/', import.meta.url);
const json = JSON.stringify(results, rounded, 2);
await writeFile(new URL('performance.json', docs), `${json}\n`);
// Formatted like every other file of the repository (`npm run lint` checks it with prettier).
const markdownPath = fileURLToPath(new URL('performance.md', docs));
const markdown = await format(renderReport(results), {
  ...(await resolveConfig(markdownPath)),
  filepath: markdownPath,
});
await writeFile(markdownPath, markdown);
step('wrote docs/performance.json and docs/performance.md');
