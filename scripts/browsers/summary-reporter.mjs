// A wtr reporter that hands the run's test counts to scripts/browsers/run.mjs (over the IPC
// channel it opens), which prints one line per engine. When web-test-runner is started
// directly, there is no channel and it does nothing.

/** Adds up the tests of a suite and its nested suites. */
function addTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) addTests(child, counts);
}

/** Counts passed, failed and skipped tests; a file that failed outside its tests counts as one failure. */
export function countTests(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const failedBefore = counts.failed;
    addTests(session.testResults, counts);
    if (!session.passed && counts.failed === failedBefore) counts.failed += 1;
  }
  return counts;
}

/** The reporter: on stop, sends `{ passed, failed, skipped }` to the parent process, if any. */
export function engineSummaryReporter() {
  return {
    stop({ sessions }) {
      process.send?.(countTests(sessions));
    },
  };
}
