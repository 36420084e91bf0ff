// The size budgets of scripts/size/budgets.json, enforced as part of `npm test` (the same
// measurement as `npm run size`, which prints the table): every budgeted bundle stays within its
// budget, and no bundle can evaluate text as code (a CSP without 'unsafe-eval' would block it).
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
    const kinds = Object.keys(row.budget ?? {}) as (keyof Measurement['size'])[];
    if (kinds.length > 0) {
      it(`${row.label}: stays within ${kinds.map((k) => `${kB(row.budget![k]!)} ${k}`).join(', ')}`, () => {
        const { size, budget } = results.get(row.id)!;
        for (const kind of kinds) {
          assert.ok(
            size[kind] <= budget[kind]!,
            `${row.label}: ${size[kind]} B ${kind} exceeds the budget of ${budget[kind]} B ` +
              '(see `npm run size` and docs/decisions/0450-size-measurement-and-budgets.md)',
          );
        }
      });
    }
    it(`${row.label}: never evaluates text as code (no eval, no Function constructor)`, () => {
      assert.equal(results.get(row.id)!.usesEval, false);
    });
  }
});
