// Scale of <invite-member>'s unit picker: an organization tree of 5,000 units (one-off handler).
// Measures insertion to an interactive form listing every unit, filtering the picker to a few
// matches, and clearing the filter (all units listed again), each until rendered and laid out.
import type { Page } from 'playwright-core';
import { summarize, type Summary } from '../lib/stats.js';
import type { BenchApi } from './page.js';

/** What the scale runs measured. */
export interface OrgTreeResult {
  units: number;
  /** Insertion to interactive with every unit listed. */
  render: Summary;
  /** Typing a filter (all at once) until the picker shows its matches. */
  filter: Summary;
  /** Options the filter left (the matches, plus a placeholder). */
  filterMatches: number;
  /** Clearing the filter until every unit is listed again. */
  clear: Summary;
}

const FILTER = 'Team 7.3.1';

/** Loads the element over a tree of `units` units `runs` times, filtering and clearing each time. */
export async function benchOrgTree(page: Page, units = 5000, runs = 10): Promise<OrgTreeResult> {
  const render: number[] = [];
  const filter: number[] = [];
  const clear: number[] = [];
  let filterMatches = 0;
  for (let i = 0; i < runs + 1; i++) {
    const sample = await page.evaluate(
      async ([units, text]) => {
        const { bench } = window as unknown as { bench: BenchApi };
        bench.reset();
        bench.useLargeTree(units);
        const loaded = await bench.load('invite-member', 'acme-group', { minOptions: units });
        const filtered = await bench.filterUnits(text);
        const cleared = await bench.filterUnits('');
        bench.remove();
        return { loaded: loaded.ms, filtered, cleared: cleared.ms };
      },
      [units, FILTER] as const,
    );
    if (i === 0) continue; // warm-up
    render.push(sample.loaded);
    filter.push(sample.filtered.ms);
    clear.push(sample.cleared);
    filterMatches = sample.filtered.options;
  }
  return {
    units,
    render: summarize(render),
    filter: summarize(filter),
    filterMatches,
    clear: summarize(clear),
  };
}
