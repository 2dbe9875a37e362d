#!/usr/bin/env node
// Adds up jest's JSON report and pytest's JUnit XML into one closing line: "N passed, N failed".
// A missing report counts as a failure: a runner that did not finish must not look green.
const { existsSync, readFileSync } = require('node:fs');

const [jestReport, pytestReport] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync(jestReport)) {
  const jest = JSON.parse(readFileSync(jestReport, 'utf8'));
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
  skipped += jest.numPendingTests + jest.numTodoTests;
} else {
  failed += 1;
}

if (existsSync(pytestReport)) {
  const xml = readFileSync(pytestReport, 'utf8');
  const suite = xml.match(/<testsuite\b[^>]*>/);
  const attr = (name) => Number((suite?.[0].match(new RegExp(`\\b${name}="(\\d+)"`)) || [])[1] || 0);
  const total = attr('tests');
  const bad = attr('failures') + attr('errors');
  const skips = attr('skipped');
  passed += total - bad - skips;
  failed += bad;
  skipped += skips;
} else {
  failed += 1;
}

// A skipped test stands for a missing set-up here, so it fails the run.
if (skipped) console.log(`${skipped} skipped tests count as failed`);
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
