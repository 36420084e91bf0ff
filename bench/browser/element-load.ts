// Time from inserting an element to an interactive element (fake backend, zero latency), and the
// sequential round trips on that path (measured with 100 ms latency per response, so that requests
// in flight together visibly overlap; the target is one: both loads in parallel).
import type { Page } from 'playwright-core';
import { sequentialRoundTrips } from '../lib/round-trips.js';
import { summarize, type Summary } from '../lib/stats.js';
import type { BenchApi, ElementKind, LoadSample } from './page.js';

/** What loading one element measured. */
export interface ElementLoadResult {
  element: ElementKind;
  caller: string;
  /** Insertion to interactive, zero latency. */
  ms: Summary;
  /** Sequential round trips per load, with {@link LATENCY_MS} latency. */
  roundTrips: Summary;
  /** Insertion to interactive with {@link LATENCY_MS} latency. */
  msWithLatency: Summary;
  /** The requests of one load (method and path). */
  requests: string[];
}

/** Latency per response of the round-trip runs. */
export const LATENCY_MS = 100;

/** Who acts in each element: a master with a tree for invite, an invitee with invitations. */
const CALLERS: Record<ElementKind, string> = {
  'invite-member': 'acme-group',
  'accept-invitation': 'maple-foods',
};

async function loadOnce(page: Page, kind: ElementKind, latency: number): Promise<LoadSample> {
  return page.evaluate(
    async ([kind, caller, latency]) => {
      const { bench } = window as unknown as { bench: BenchApi };
      bench.reset(latency);
      return bench.load(kind, caller);
    },
    [kind, CALLERS[kind], latency] as const,
  );
}

/** Loads `kind` `warmups + runs` times at zero latency and `latencyRuns` times with latency. */
export async function benchElementLoad(
  page: Page,
  kind: ElementKind,
  { warmups = 3, runs = 40, latencyRuns = 8 } = {},
): Promise<ElementLoadResult> {
  for (let i = 0; i < warmups; i++) await loadOnce(page, kind, 0);
  const times: number[] = [];
  let requests: string[] = [];
  for (let i = 0; i < runs; i++) {
    const sample = await loadOnce(page, kind, 0);
    times.push(sample.ms);
    requests = sample.requests.map((r) => `${r.method} ${r.path}`).sort();
  }
  const trips: number[] = [];
  const slowTimes: number[] = [];
  for (let i = 0; i < latencyRuns; i++) {
    const sample = await loadOnce(page, kind, LATENCY_MS);
    trips.push(sequentialRoundTrips(sample.requests));
    slowTimes.push(sample.ms);
  }
  await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.remove());
  return {
    element: kind,
    caller: CALLERS[kind],
    ms: summarize(times),
    roundTrips: summarize(trips),
    msWithLatency: summarize(slowTimes),
    requests,
  };
}
