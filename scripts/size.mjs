// `npm run size`: builds every row of scripts/size/budgets.json for production, prints raw, gzip
// and brotli bytes against the budgets and the difference between the two delivery paths, and
// exits with 1 when a budget is exceeded or a bundle could evaluate text as code (blocked by a CSP
// without 'unsafe-eval'). `--json` prints the measurements as JSON instead of the table.
// Method: docs/bundle-budget.md.
import { kB, measureAll, readBudgets } from './size/measure.mjs';

/** `47 317` — bytes with thin grouping, right-aligned by the caller. */
const bytes = (n) => n.toLocaleString('en-US').replaceAll(',', ' ');

/** "34 000 (98 %)" — a row's gzip budget and how much of it is used. */
function budgetCell({ size, budget }) {
  if (budget === undefined) return 'report only';
  return `${bytes(budget)} (${Math.round((100 * size.gzip) / budget)} %)`;
}

function printTable(results) {
  const header = ['what', 'files', 'raw', 'gzip', 'brotli', 'gzip budget', ''];
  const rows = results.map((r) => [
    r.label,
    String(r.files),
    bytes(r.size.raw),
    bytes(r.size.gzip),
    bytes(r.size.brotli),
    budgetCell(r),
    r.over ? `OVER by ${kB(r.size.gzip - r.budget)}` : 'ok',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ');
  console.log(
    'Up-front bytes a page loads (rollup, minified by terser; gzip -9, brotli 11; 1 kB = 1000 B)\n',
  );
  console.log(line(header).trimEnd());
  for (const row of rows) console.log(line(row).trimEnd());
  for (const r of results.filter((r) => r.note)) console.log(`\n- ${r.label}: ${r.note}`);
}

/** "published page − script tag: +1 234 B gzip" lines for the rows with `compare`. */
function printDifferences(rows, results) {
  const byId = new Map(results.map((r) => [r.id, r]));
  for (const row of rows.filter((r) => r.compare)) {
    const [a, b] = [byId.get(row.id), byId.get(row.compare)];
    if (!a?.size || !b?.size) continue;
    const gzip = a.size.gzip - b.size.gzip;
    console.log(
      `\nDifference, ${row.id} − ${row.compare}: ${gzip >= 0 ? '+' : '−'}${bytes(Math.abs(gzip))} B gzip ` +
        `(${bytes(a.size.gzip)} against ${bytes(b.size.gzip)})`,
    );
  }
}

const rows = await readBudgets();
const results = await measureAll();
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  printTable(results);
  printDifferences(rows, results);
}

const over = results.filter((r) => r.over);
const evaluating = results.filter((r) => r.usesEval);
for (const r of over)
  console.error(`\n✗ over budget: ${r.label}: ${kB(r.size.gzip)} gzip > ${kB(r.budget)}`);
for (const r of evaluating) {
  console.error(`\n✗ ${r.label} contains eval or the Function constructor (CSP 'unsafe-eval')`);
}
if (over.length > 0 || evaluating.length > 0) process.exitCode = 1;
else console.log('\n✓ every bundle is within its budget and free of eval / new Function');
