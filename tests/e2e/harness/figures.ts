/**
 * The figures behind README's "What we test" table: each test records what it tried and what it
 * saw under its own key in `.tmp/what-we-test.json` (git-ignored), merged with what other test
 * files wrote. `npx tsx scripts/what-we-test.ts` prints them.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `.tmp/what-we-test.json`, or LEDE_E2E_FIGURES (a run of its own, apart from other people's runs). */
export const FIGURES_FILE = path.resolve(process.env.LEDE_E2E_FIGURES ?? '.tmp/what-we-test.json');

export function readFigures(file = FIGURES_FILE): Record<string, any> {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  } catch {
    return {};
  }
}

/** Merge `figures` under `key` (e.g. 'privacy.chromium'), stamped with the time of the run. */
export function recordFigures(key: string, figures: Record<string, unknown>, file = FIGURES_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const all = readFigures(file);
  all[key] = { ...figures, recordedAt: new Date().toISOString() };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(all, null, 2) + '\n');
  renameSync(tmp, file);
}
