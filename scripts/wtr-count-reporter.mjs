/**
 * A Web Test Runner reporter that prints, when the run ends, one plain line
 *   N passed, N failed[, N skipped]
 * counting individual tests across all test files and browsers. A test file that broke outside of
 * a test (failed to load, threw at the top level, a 404 import, an uncaught error) counts as one
 * failed test, so the line never says "0 failed" when the run failed.
 */

import {writeSync} from 'node:fs';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter() {
  let printed = false;

  function summarize(sessions) {
    const counts = {passed: 0, failed: 0, skipped: 0};
    for (const session of sessions) {
      const before = counts.failed;
      countSuite(session.testResults, counts);
      // The session failed (load error, top-level error, 404, timeout...) but no test reported it.
      if (session.passed === false && counts.failed === before) counts.failed++;
    }
    return counts;
  }

  function line({passed, failed, skipped}) {
    return `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
  }

  return {
    onTestRunFinished({sessions}) {
      this.last = summarize(sessions);
    },
    stop({sessions}) {
      if (printed) return;
      printed = true;
      const counts = sessions?.length ? summarize(sessions) : (this.last ?? summarize([]));
      // Printed at process exit, after the default reporter has drawn its final progress bar and
      // summary, so the line stands alone at the very end of the output.
      process.once('exit', () => writeSync(1, `${line(counts)}\n`));
    },
  };
}
