/*
 * Prints the closing line of a test run, `N passed, N failed`, from Jest's
 * report and the Playwright reports (the portal's end-to-end tests, then the
 * install test's), and fails when any of them counted no test.
 */
const fs = require('fs');

const [jestFile, ...playwrightFiles] = process.argv.slice(2);
const read = file => JSON.parse(fs.readFileSync(file, 'utf8'));

const jest = read(jestFile);
const runs = [
  {
    name: 'unit and integration',
    passed: jest.numPassedTests,
    failed: jest.numFailedTests,
  },
  ...playwrightFiles.map((file, i) => {
    const { stats } = read(file);
    return {
      name: i === 0 ? 'end-to-end' : 'install into a new app',
      passed: stats.expected + stats.flaky,
      failed: stats.unexpected,
    };
  }),
];
for (const run of runs) {
  console.log(`${run.name}: ${run.passed} passed, ${run.failed} failed`);
}
const passed = runs.reduce((sum, run) => sum + run.passed, 0);
const failed = runs.reduce((sum, run) => sum + run.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
if (runs.some(run => run.passed === 0)) {
  console.error('A test runner counted no test');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
