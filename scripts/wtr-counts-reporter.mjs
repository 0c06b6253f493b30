// web-test-runner prints its counts only inside a progress bar; this prints "N passed, N failed, N skipped" alone
// on a line (a test file that failed to load counts as a failure), readable by CI and by people.
export function countsReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed++;
      }
      process.stdout.write(`\nwidgets: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}
