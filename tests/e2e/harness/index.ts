/**
 * End-to-end harness: drive a built extension in real headless Chromium (Playwright) and real
 * headless Firefox (WebDriver BiDi) with the same test code. See tests/e2e/README.md.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ChromiumSession } from './chromium';
import { FirefoxSession } from './firefox';
import type { BrowserName, LaunchOptions, Session } from './types';

export type { BrowserName, LaunchOptions, Page, PageFunction, Session } from './types';
export { DEFAULT_TIMEOUT_MS } from './types';
export { startFixtureServer, type FixtureServer } from './server';
export { ChromiumSession, CHROMIUM_EXECUTABLE } from './chromium';
export { FirefoxSession, FIREFOX_EXECUTABLE, DEFAULT_FIREFOX_UUID } from './firefox';
export { chromiumExtensionId } from './common';
export type { RecordedRequest } from './cdp';

export const browsers: BrowserName[] = ['chromium', 'firefox'];

/** The Firefox add-on id of Lede (wxt.config.ts). */
export const LEDE_GECKO_ID = 'lede@lede.example';

/**
 * Where `wxt build` puts each browser's unpacked build (`.output/`), or, with LEDE_E2E_OUTPUT set,
 * that directory instead (a private copy of `.output/`, safe from other people's rebuilds).
 */
export function builtExtensionPath(name: BrowserName, root = process.cwd()): string {
  const out = process.env.LEDE_E2E_OUTPUT ? path.resolve(process.env.LEDE_E2E_OUTPUT) : path.resolve(root, '.output');
  return path.join(out, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/** A rebuild in progress removes the build for a few seconds: wait for its manifest to be back. */
async function waitForBuild(dir: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path.join(dir, 'manifest.json')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  // wxt writes the manifest last; give the last files a moment
  await new Promise((r) => setTimeout(r, 300));
}

export async function launch(name: BrowserName, opts: LaunchOptions): Promise<Session> {
  if (name === 'chromium') return ChromiumSession.launch(opts);
  if (name === 'firefox') return FirefoxSession.launch(opts);
  throw new Error(`unknown browser ${String(name)}`);
}

/** Whether `wxt build` (for this browser) has produced a loadable build. */
export function extensionBuilt(name: BrowserName, root = process.cwd()): boolean {
  return existsSync(path.join(builtExtensionPath(name, root), 'manifest.json'));
}

/**
 * Launch a browser with Lede's own build (`.output/chrome-mv3` or `.output/firefox-mv2`).
 * By default the build is copied first, so a concurrent rebuild cannot break a running test.
 */
export async function launchLede(name: BrowserName, opts: Partial<LaunchOptions> = {}): Promise<Session> {
  await waitForBuild(opts.extensionPath ?? builtExtensionPath(name));
  return launch(name, {
    extensionPath: builtExtensionPath(name),
    geckoId: LEDE_GECKO_ID,
    copyExtension: true,
    ...opts,
  });
}
