import { chromium, type BrowserContext, type Page as PwPage, type Worker, type Locator } from 'playwright-core';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BackgroundConsole, type RecordedRequest } from './cdp';
import {
  buildEvaluateExpression,
  chromiumExtensionId,
  CURRENT_TAB_ID_EXPRESSION,
  decodeEvaluateResult,
  describeFn,
  findTabByTitleExpression,
  helperPagePath,
  isDebug,
  pollUntil,
  prepareExtension,
  prepareProfile,
  readManifest,
  removeDir,
  uniqueToken,
} from './common';
import { FINDER_LIB, describeName, nameSpec } from './finder';
import { DEFAULT_TIMEOUT_MS, type LaunchOptions, type Page, type PageFunction, type Session } from './types';

export const CHROMIUM_EXECUTABLE = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

class ChromiumPage implements Page {
  readonly browser = 'chromium' as const;
  constructor(
    readonly pw: PwPage,
    private session: ChromiumSession,
  ) {}

  private locate(role: string, name: string | RegExp): Locator {
    return this.pw.getByRole(role as any, { name, exact: typeof name === 'string' }).first();
  }

  async goto(url: string): Promise<void> {
    await this.pw.goto(url, { waitUntil: 'load' });
  }

  async url(): Promise<string> {
    return this.pw.url();
  }

  async evaluate<T = any>(fn: PageFunction, ...args: any[]): Promise<T> {
    return decodeEvaluateResult<T>(await this.pw.evaluate(buildEvaluateExpression(fn, args)));
  }

  private async notFound(role: string, name: string | RegExp, e: unknown): Promise<Error> {
    let names: string[] = [];
    try {
      names = await this.evaluate<string[]>(`${FINDER_LIB}.names(${JSON.stringify(role)})`);
    } catch {
      /* ignore */
    }
    return new Error(
      `[chromium] no visible ${role} named ${describeName(name)} in ${this.pw.url()}` +
        ` (visible ${role}s: ${JSON.stringify(names)}): ${(e as Error).message?.split('\n')[0]}`,
    );
  }

  async click(role: string, name: string | RegExp): Promise<void> {
    try {
      await this.locate(role, name).click({ timeout: DEFAULT_TIMEOUT_MS });
    } catch (e) {
      throw await this.notFound(role, name, e);
    }
  }

  async getByRoleText(role: string, name: string | RegExp): Promise<string> {
    try {
      return await this.locate(role, name).innerText({ timeout: DEFAULT_TIMEOUT_MS });
    } catch (e) {
      throw await this.notFound(role, name, e);
    }
  }

  async hasRole(role: string, name: string | RegExp): Promise<boolean> {
    return this.locate(role, name).isVisible();
  }

  async getAttribute(role: string, name: string | RegExp, attr: string): Promise<string | null> {
    try {
      return await this.locate(role, name).getAttribute(attr, { timeout: DEFAULT_TIMEOUT_MS });
    } catch (e) {
      throw await this.notFound(role, name, e);
    }
  }

  async waitFor<T = any>(fn: PageFunction, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return pollUntil(() => this.evaluate<T>(fn), timeoutMs, () => `[chromium] ${describeFn(fn)} in ${this.pw.url()}`);
  }

  async fill(role: string, name: string | RegExp, value: string): Promise<void> {
    const loc = this.locate(role, name);
    try {
      await loc.click({ timeout: DEFAULT_TIMEOUT_MS });
    } catch (e) {
      throw await this.notFound(role, name, e);
    }
    await loc.fill('');
    if (value) await loc.pressSequentially(value);
  }

  async press(key: string): Promise<void> {
    await this.pw.keyboard.press(key);
  }

  async setInputFiles(label: string | RegExp, filePath: string | string[]): Promise<void> {
    const mark = uniqueToken();
    const spec = nameSpec(label);
    await pollUntil(
      () =>
        this.evaluate<boolean>(
          `(() => { const lib = ${FINDER_LIB}; const el = lib.findFileInput(${JSON.stringify(spec)});
             if (!el) return false; el.setAttribute('data-lede-e2e', ${JSON.stringify(mark)}); return true; })()`,
        ),
      DEFAULT_TIMEOUT_MS,
      () => `[chromium] file input named ${describeName(label)} in ${this.pw.url()}`,
    );
    const files = (Array.isArray(filePath) ? filePath : [filePath]).map((f) => path.resolve(f));
    await this.pw.locator(`[data-lede-e2e="${mark}"]`).setInputFiles(files);
  }

  async text(): Promise<string> {
    return this.evaluate<string>('document.body ? document.body.innerText : ""');
  }

  async tabId(): Promise<number> {
    if (this.pw.url().startsWith(this.session.extensionOrigin + '/')) {
      const id = await this.evaluate<number | null>(CURRENT_TAB_ID_EXPRESSION);
      if (typeof id === 'number') return id;
    }
    const token = uniqueToken();
    const oldTitle = await this.evaluate<string>('document.title');
    await this.evaluate((t: string) => {
      document.title = t;
    }, token);
    try {
      return await pollUntil(
        () => this.session.inExtension<number | null>(findTabByTitleExpression(token)),
        DEFAULT_TIMEOUT_MS,
        () => `[chromium] tab id of ${this.pw.url()}`,
      );
    } finally {
      await this.evaluate((t: string) => {
        document.title = t;
      }, oldTitle).catch(() => {});
    }
  }

  async screenshot(filePath: string): Promise<void> {
    await this.pw.screenshot({ path: filePath });
  }

  async bringToFront(): Promise<void> {
    await this.pw.bringToFront();
  }

  async close(): Promise<void> {
    if (!this.pw.isClosed()) await this.pw.close();
  }
}

export class ChromiumSession implements Session {
  readonly name = 'chromium' as const;
  extensionOrigin = '';
  private ctx!: BrowserContext;
  private wrapped = new WeakMap<PwPage, ChromiumPage>();
  private errors: string[] = [];
  private closed = false;
  private background?: BackgroundConsole;
  private netLog: RecordedRequest[] = [];
  private cleanupExtension: () => void = () => {};

  private constructor(
    readonly extensionPath: string,
    readonly profileDir: string,
    private ownsProfile: boolean,
    private debug: boolean,
  ) {}

  static async launch(opts: LaunchOptions): Promise<ChromiumSession> {
    const ext = prepareExtension(opts.extensionPath, opts.copyExtension);
    const { dir, owned } = prepareProfile('chromium', opts.profileDir);
    const s = new ChromiumSession(ext.path, dir, owned, isDebug(opts.debug));
    s.cleanupExtension = ext.cleanup;
    try {
      await s.start();
    } catch (e) {
      await s.close().catch(() => {});
      throw e;
    }
    return s;
  }

  private async start(): Promise<void> {
    const t0 = Date.now();
    const ext = this.extensionPath;
    rmSync(path.join(this.profileDir, 'DevToolsActivePort'), { force: true });
    this.ctx = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
        '--metrics-recording-only',
        '--no-pings',
        '--password-store=basic',
        '--remote-debugging-port=0', // a side channel for the background console (cdp.ts)
      ],
    });
    this.ctx.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    const id = chromiumExtensionId(ext);
    this.extensionOrigin = `chrome-extension://${id}`;
    this.ctx.on('console', (m) => {
      // service worker messages come from the DevTools side channel, which also has the early ones
      if (m.type() === 'error' && m.page()) this.errors.push(`[console] ${m.text()} (${m.location()?.url ?? ''})`);
    });
    this.ctx.on('weberror', (e) => this.errors.push(`[pageerror] ${e.error().message}`));
    const manifest = readManifest(ext);
    if (manifest.background?.service_worker) {
      const sw = await this.serviceWorker(30_000);
      const swId = new URL(sw.url()).host;
      if (swId !== id) this.extensionOrigin = `chrome-extension://${swId}`;
    }
    this.background = new BackgroundConsole(
      () => this.extensionOrigin,
      (line) => this.errors.push(line),
      this.netLog,
    );
    await this.background.connect(this.profileDir).catch((e) => {
      console.warn(`[chromium] background console unavailable: ${(e as Error).message}`);
    });
    if (this.debug) console.log(`[chromium] launched in ${Date.now() - t0} ms, ${this.extensionOrigin}`);
  }

  private async serviceWorker(timeoutMs = 10_000): Promise<Worker> {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const existing = this.ctx.serviceWorkers().find(isOurs);
    if (existing) return existing;
    try {
      return await this.ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
    } catch {
      throw new Error(
        `[chromium] the extension's service worker did not start within ${timeoutMs} ms ` +
          `(manifest error, or a background script that throws at load?): ${this.extensionPath}`,
      );
    }
  }

  /** Evaluate in an extension context (the service worker, else a helper tab). */
  async inExtension<T = any>(fn: PageFunction, ...args: any[]): Promise<T> {
    const expression = buildEvaluateExpression(fn, args);
    const sw = this.ctx.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin + '/'));
    if (sw) {
      try {
        return decodeEvaluateResult<T>(await sw.evaluate(expression));
      } catch (e) {
        // a stopped worker: fall through to a helper tab; an error of the code itself: rethrow
        if (!/closed|destroyed|detached/i.test(String((e as Error).message))) {
          throw e;
        }
      }
    }
    const helper = helperPagePath(this.extensionPath);
    if (!helper) throw new Error('[chromium] the extension has no page or service worker to run code in');
    const p = await this.ctx.newPage();
    try {
      await p.goto(`${this.extensionOrigin}/${helper}`);
      return decodeEvaluateResult<T>(await p.evaluate(expression));
    } finally {
      // the helper tab became the active one: give that back to the tab that had it before
      await p
        .evaluate(`(async () => {
          const me = await chrome.tabs.getCurrent();
          const others = (await chrome.tabs.query({ windowId: me.windowId })).filter((t) => t.id !== me.id);
          others.sort((a, b) => (b.lastAccessed || 0) - (a.lastAccessed || 0));
          if (others[0]) await chrome.tabs.update(others[0].id, { active: true });
        })()`)
        .catch(() => {});
      await p.close();
    }
  }

  private wrap(p: PwPage): ChromiumPage {
    let w = this.wrapped.get(p);
    if (!w) {
      w = new ChromiumPage(p, this);
      this.wrapped.set(p, w);
    }
    return w;
  }

  async newPage(url: string): Promise<Page> {
    const p = await this.ctx.newPage();
    await p.goto(url, { waitUntil: 'load' });
    return this.wrap(p);
  }

  extensionPage(p: string): Promise<Page> {
    return this.newPage(`${this.extensionOrigin}/${p.replace(/^\//, '')}`);
  }

  async pages(): Promise<Page[]> {
    return this.ctx.pages().map((p) => this.wrap(p));
  }

  consoleErrors(): string[] {
    return [...this.errors];
  }

  /**
   * Every network request made by the extension since launch (across restarts): its service
   * worker, its pages, and its scripts inside web pages (see cdp.ts). Chromium only.
   */
  extensionRequests(): RecordedRequest[] {
    return [...this.netLog];
  }

  /** How many targets the network recorder has watched (0 means it saw nothing at all). */
  get watchedTargets(): number {
    return this.background?.watchedTargets ?? 0;
  }

  /** Stop the extension's service worker as Chrome does when it idles out (Chromium only). */
  async stopServiceWorker(): Promise<{ method: string; stopped: boolean }> {
    if (!this.background) throw new Error('[chromium] no DevTools side channel');
    return this.background.stopServiceWorker();
  }

  /** The DevTools side channel (raw `send`), Chromium only. */
  get devtools(): BackgroundConsole | undefined {
    return this.background;
  }

  /** The Playwright context, for anything the common API does not cover (Chromium only). */
  get context(): BrowserContext {
    return this.ctx;
  }

  async restart(): Promise<void> {
    await this.shutdown();
    this.wrapped = new WeakMap();
    await this.start();
  }

  private async shutdown(): Promise<void> {
    this.background?.close();
    if (!this.ctx) return;
    const ctx = this.ctx;
    await Promise.race([ctx.close().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.shutdown();
    if (this.ownsProfile) removeDir(this.profileDir);
    this.cleanupExtension();
  }
}
