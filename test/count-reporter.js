// Prints the closing line `N passed, N failed` (and skipped) after @web/test-runner's own report.
export function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let fileErrors = 0;
  const walk = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    suite.suites.forEach(walk);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length) fileErrors += s.errors.length;
      }
    },
    stop() {
      // A test file that failed to load counts as a failure, so it can never pass silently.
      const line = `${passed} passed, ${failed + fileErrors} failed${skipped ? `, ${skipped} skipped` : ""}`;
      setTimeout(() => console.log(`\n${line}`), 0);
    },
  };
}
