import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PageFunction } from './types';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function isDebug(opt?: boolean): boolean {
  return !!opt || process.env.LEDE_E2E_DEBUG === '1';
}

/** Temp dirs the harness made and has not removed yet: removed when the test process exits. */
const tempDirs = new Set<string>();
let tempHookInstalled = false;
function trackTempDir(dir: string): string {
  tempDirs.add(dir);
  if (!tempHookInstalled) {
    tempHookInstalled = true;
    process.on('exit', () => {
      for (const d of tempDirs) {
        try {
          rmSync(d, { recursive: true, force: true });
        } catch {
          /* best effort */
        }
      }
    });
  }
  return dir;
}

/** Make (or reuse) a profile directory; `owned` is true when the harness created it. */
export function prepareProfile(prefix: string, profileDir?: string): { dir: string; owned: boolean } {
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    return { dir: path.resolve(profileDir), owned: false };
  }
  return { dir: trackTempDir(mkdtempSync(path.join(os.tmpdir(), `lede-e2e-${prefix}-`))), owned: true };
}

export function removeDir(dir: string): void {
  tempDirs.delete(dir);
  for (let i = 0; i < 5; i++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      // a dying browser may still be writing; try again shortly
      const until = Date.now() + 200;
      while (Date.now() < until) {
        /* spin */
      }
    }
  }
}

export function readManifest(extensionPath: string): any {
  const file = path.join(extensionPath, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No manifest.json in ${extensionPath} (is the extension built?)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Chromium's id for an unpacked extension: from the manifest `key` if any, else from the absolute
 * path. sha256 → first 16 bytes → hex digits mapped 0-f → a-p.
 */
export function chromiumExtensionId(extensionPath: string): string {
  const manifest = readManifest(extensionPath);
  const input: Buffer = manifest.key
    ? Buffer.from(String(manifest.key), 'base64')
    : Buffer.from(realpathSync(path.resolve(extensionPath)), 'utf8');
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** An HTML page of the extension that is safe-ish to open in a tab (options, panel, popup, any). */
export function helperPagePath(extensionPath: string): string | null {
  const m = readManifest(extensionPath);
  const candidates = [
    m.options_ui?.page,
    m.options_page,
    m.side_panel?.default_path,
    m.sidebar_action?.default_panel,
    m.action?.default_popup,
    m.browser_action?.default_popup,
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (candidates.length) return candidates[0].replace(/^\//, '');
  const bgPage = m.background?.page;
  const html = readdirSync(extensionPath).filter((f) => f.endsWith('.html') && f !== bgPage);
  return html[0] ?? null;
}

/**
 * The JS expression (evaluating to a Promise<string>) that runs `fn` with `args` in a page and
 * returns its JSON-encoded result. Used by both browsers so they behave the same; the source is
 * embedded (never eval'ed in the page), so extension CSP does not get in the way.
 */
export function buildEvaluateExpression(fn: PageFunction, args: unknown[]): string {
  const argsJson = JSON.stringify(args ?? []);
  const body =
    typeof fn === 'string'
      ? `let __v = await (${fn}\n); if (typeof __v === 'function') __v = await __v(...__a);`
      : `const __f = (${fn.toString()}\n); let __v = await __f(...__a);`;
  return `(async () => { const __a = ${argsJson}; ${body} return __v === undefined ? '{"u":1}' : JSON.stringify({ v: __v }); })()`;
}

export function decodeEvaluateResult<T>(json: unknown): T {
  if (typeof json !== 'string') return json as T;
  const o = JSON.parse(json);
  return ('u' in o ? undefined : o.v) as T;
}

export function describeFn(fn: PageFunction): string {
  const s = typeof fn === 'string' ? fn : fn.toString();
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

/** Poll `probe` until it returns a truthy value. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  timeoutMs: number,
  what: () => string,
  intervalMs = 100,
): Promise<NonNullable<T>> {
  const start = Date.now();
  let last: unknown;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await probe();
      lastErr = undefined;
      if (last) return last as NonNullable<T>;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() - start > timeoutMs) {
      const lastDesc = lastErr ? `last error: ${(lastErr as Error)?.message ?? String(lastErr)}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`waitFor timed out after ${timeoutMs} ms: ${what()} (${lastDesc})`);
    }
    await sleep(intervalMs);
  }
}

export function uniqueToken(): string {
  return 'lede-e2e-' + Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** In an extension context: the id of the tab whose title is `token` (or null). */
export function findTabByTitleExpression(token: string): string {
  return `(async () => {
    const api = globalThis.browser && globalThis.browser.tabs ? globalThis.browser : globalThis.chrome;
    const tabs = await api.tabs.query({});
    const t = tabs.find((x) => x.title === ${JSON.stringify(token)});
    return t ? t.id : null;
  })()`;
}

export const CURRENT_TAB_ID_EXPRESSION = `(async () => {
  if (globalThis.browser && globalThis.browser.tabs) return (await globalThis.browser.tabs.getCurrent()).id;
  return await new Promise((r) => globalThis.chrome.tabs.getCurrent((t) => r(t ? t.id : null)));
})()`;

/** The extension directory to load: the given one, or a private copy (see LaunchOptions.copyExtension). */
export function prepareExtension(extensionPath: string, copy?: boolean): { path: string; cleanup: () => void } {
  const abs = path.resolve(extensionPath);
  readManifest(abs); // fail early with a clear message
  if (!copy) return { path: abs, cleanup: () => {} };
  const dir = trackTempDir(mkdtempSync(path.join(os.tmpdir(), 'lede-e2e-ext-')));
  const target = path.join(dir, path.basename(abs));
  cpSync(abs, target, { recursive: true });
  return { path: target, cleanup: () => removeDir(dir) };
}
