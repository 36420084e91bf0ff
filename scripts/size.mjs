// `npm run size`: builds every row of scripts/size/budgets.json for production, prints raw, gzip
// and brotli bytes against the budgets, and exits with 1 when a budget is exceeded or a bundle
// could evaluate text as code (blocked by a CSP without 'unsafe-eval'). `--json` prints the
// measurements as JSON instead of the table.
import { esbuildVersion, kB, measureAll } from './size/measure.mjs';

const KINDS = ['raw', 'gzip', 'brotli'];

/** `47 317` — bytes with thin grouping, right-aligned by the caller. */
const bytes = (n) => n.toLocaleString('en-US').replaceAll(',', ' ');

/** "32 000 gzip (148 %)" — the budget of a row and how much of it is used. */
function budgetCell({ size, budget }) {
  const kinds = KINDS.filter((kind) => budget[kind] !== undefined);
  if (kinds.length === 0) return 'report only';
  return kinds
    .map(
      (kind) =>
        `${bytes(budget[kind])} ${kind} (${Math.round((100 * size[kind]) / budget[kind])} %)`,
    )
    .join(', ');
}

function printTable(results) {
  const header = ['what', 'raw', 'gzip', 'brotli', 'budget (% used)', ''];
  const rows = results.map((r) => [
    r.label,
    bytes(r.size.raw),
    bytes(r.size.gzip),
    bytes(r.size.brotli),
    budgetCell(r),
    [
      r.over.length
        ? `OVER by ${kB(Math.max(...r.over.map((k) => r.size[k] - r.budget[k])))}`
        : 'ok',
      ...r.missed.map(
        (k) => `(issue target ${kB(r.target[k])} ${k} missed by ${kB(r.size[k] - r.target[k])})`,
      ),
    ].join(' '),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ');
  console.log(
    `Bundle sizes in bytes (esbuild ${esbuildVersion} then terser, minified ESM for es2022 ` +
      'browsers, every dependency inlined; gzip -9, brotli 11; 1 kB = 1000 B)\n',
  );
  console.log(line(header).trimEnd());
  for (const row of rows) console.log(line(row).trimEnd());
}

const results = await measureAll();
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else printTable(results);

const over = results.filter((r) => r.over.length > 0);
const evaluating = results.filter((r) => r.usesEval);
for (const r of over) {
  const detail = r.over.map((k) => `${kB(r.size[k])} ${k} > ${kB(r.budget[k])}`).join(', ');
  console.error(`\n✗ over budget: ${r.label}: ${detail}`);
}
for (const r of evaluating) {
  console.error(`\n✗ ${r.label} contains eval or the Function constructor (CSP 'unsafe-eval')`);
}
if (over.length > 0 || evaluating.length > 0) process.exitCode = 1;
else console.log('\n✓ every bundle is within its budget and free of eval / new Function');
const missing = results.filter((r) => r.missed.length > 0).length;
if (missing > 0) {
  console.log(
    `  ${missing} rows miss the issue's targets (docs/decisions/0450-size-measurement-and-budgets.md)`,
  );
}
