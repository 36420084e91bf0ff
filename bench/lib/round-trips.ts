/** A request as a time interval: sent at `start`, answered at `end`. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Sequential round trips among `requests`: the longest chain of requests in which each one was
 * sent only after the previous one was answered. Requests in flight together count once, so two
 * loads started in parallel are one round trip, and a load that waits for another is two.
 */
export function sequentialRoundTrips(requests: readonly Interval[]): number {
  const sorted = [...requests].sort((a, b) => a.end - b.end);
  const depth: number[] = [];
  sorted.forEach((request, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.end <= request.start) before = Math.max(before, depth[j]!);
    }
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}
