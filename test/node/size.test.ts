// The size budgets of scripts/size/budgets.json, enforced as part of `npm test` (the same
// measurement as `npm run size`, which prints the table): both delivery paths — the script tag and
// a page bundling the packed, installed packages — the elements alone and the SDK stay within
// their gzip budgets, and no bundle can evaluate text as code (a CSP without 'unsafe-eval' would
// block it). Method and numbers: docs/bundle-budget.md.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { kB, measureAll, readBudgets, type Measurement } from '../../scripts/size/measure.mjs';

const rows = await readBudgets();

describe('bundle sizes (scripts/size/budgets.json)', () => {
  let results: Map<string, Measurement>;

  before(async () => {
    results = new Map((await measureAll()).map((result) => [result.id, result]));
  });

  for (const row of rows) {
    if (row.budget !== undefined) {
      it(`${row.label}: stays within ${kB(row.budget)} gzip`, () => {
        const { size } = results.get(row.id)!;
        assert.ok(
          size.gzip <= row.budget!,
          `${row.label}: ${size.gzip} B gzip exceeds the budget of ${row.budget} B ` +
            '(see `npm run size` and docs/bundle-budget.md)',
        );
      });
    }
    it(`${row.label}: never evaluates text as code (no eval, no Function constructor)`, () => {
      assert.equal(results.get(row.id)?.usesEval, false);
    });
  }
});
