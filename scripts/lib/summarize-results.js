/*
 * Prints the closing line of a test run, `N passed, N failed`, from Jest's
 * and Playwright's JSON reports, and fails when either counted no test.
 */
const fs = require('fs');

const [jestFile, e2eFile] = process.argv.slice(2);
const jest = JSON.parse(fs.readFileSync(jestFile, 'utf8'));
const e2e = JSON.parse(fs.readFileSync(e2eFile, 'utf8'));

const unit = { passed: jest.numPassedTests, failed: jest.numFailedTests };
const browser = {
  passed: e2e.stats.expected + e2e.stats.flaky,
  failed: e2e.stats.unexpected,
};
console.log(
  `unit and integration: ${unit.passed} passed, ${unit.failed} failed`,
);
console.log(`end-to-end: ${browser.passed} passed, ${browser.failed} failed`);
console.log(
  `${unit.passed + browser.passed} passed, ${
    unit.failed + browser.failed
  } failed`,
);
if (unit.passed === 0 || browser.passed === 0) {
  console.error('A test runner counted no test');
  process.exit(1);
}
process.exit(unit.failed + browser.failed > 0 ? 1 : 0);
