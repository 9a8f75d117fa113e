#!/usr/bin/env node
// `npm test`: every test. Unit and component tests (Vitest), then the extension is built for
// both browsers and the end-to-end tests load it into real Chromium and real Firefox.
//   npm test                   everything
//   npm test -- --unit-only    unit and component tests only (no browsers needed)
//   npm test -- --e2e-only     build + end-to-end tests only
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureDeps, nodeOk } from './ensure-deps.mjs';

const args = process.argv.slice(2);
const unit = !args.includes('--e2e-only');
const e2e = !args.includes('--unit-only');
const extra = args.filter((a) => !a.startsWith('--'));

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function findBrowsers() {
  const chromium = process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser') || which('google-chrome');
  const firefox = process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox');
  return { chromium, firefox };
}

function run(cmd, cmdArgs, label) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, missing: true };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load has no failed tests but does fail the run: count it once.
  const failed = j.numFailedTests || (j.success ? 0 : Math.max(1, j.numFailedTestSuites));
  return { passed: j.numPassedTests, failed, skipped: j.numPendingTests + j.numTodoTests };
}

nodeOk();
ensureDeps();
mkdirSync('.tmp', { recursive: true });
let status = 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
};

if (e2e) {
  const { chromium, firefox } = findBrowsers();
  const missing = [!chromium && 'Chromium', !firefox && 'Firefox'].filter(Boolean);
  if (missing.length) {
    console.error(
      `\nnpm test needs ${missing.join(' and ')} for the end-to-end tests, which load the built extension into real browsers.\n` +
        `  On Debian/Ubuntu:  sudo apt-get install -y chromium firefox-esr\n` +
        `  Or point to them:  CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test\n` +
        `  Unit tests alone:  npm test -- --unit-only\n`,
    );
    process.exit(2);
  }
  // The e2e harness reads LEDE_CHROMIUM / LEDE_FIREFOX.
  process.env.LEDE_CHROMIUM = chromium;
  process.env.LEDE_FIREFOX = firefox;
}

if (unit) {
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/unit.json', ...extra], 'Unit and component tests');
  add(counts('.tmp/unit.json'));
  status ||= code;
}

if (e2e) {
  let code = run('npx', ['wxt', 'build'], 'Building the Chrome extension (.output/chrome-mv3)');
  code ||= run('npx', ['wxt', 'build', '-b', 'firefox'], 'Building the Firefox extension (.output/firefox-mv2)');
  if (code) {
    console.error('The build failed: end-to-end tests not run.');
    totals.failed += 1;
    status ||= code;
  } else {
    code = run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile=.tmp/e2e.json', ...extra], 'End-to-end tests in Chromium and Firefox');
    add(counts('.tmp/e2e.json'));
    status ||= code;
  }
}

// A plain closing line that any CI can read.
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(status || (totals.failed ? 1 : 0));
