import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BidiClient } from './bidi';
import type { RecordedRequest } from './cdp';
import {
  buildEvaluateExpression,
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
  sleep,
  uniqueToken,
} from './common';
import { FINDER_LIB, describeName, nameSpec } from './finder';
import { DEFAULT_TIMEOUT_MS, type LaunchOptions, type Page, type PageFunction, type Session } from './types';

export const FIREFOX_EXECUTABLE = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
/** The moz-extension:// host the harness pins by default. */
export const DEFAULT_FIREFOX_UUID = '1ede0e2e-0000-4000-8000-000000000001';

/** Live Firefox process groups, killed if the test process exits without closing them. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function killAllGroups() {
  for (const g of liveGroups) {
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  liveGroups.clear();
}
function trackGroup(pid: number) {
  liveGroups.add(pid);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', killAllGroups);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(sig, () => {
        killAllGroups();
        // then end as the signal would have (through 'exit', so temp profiles are removed too),
        // unless someone else handles it
        if (process.listenerCount(sig) === 0) process.exit(128 + (os.constants.signals[sig] ?? 15));
      });
    }
  }
}

function userJs(geckoId: string, uuid: string, extra: Record<string, string | number | boolean> = {}): string {
  const prefs: Record<string, string | number | boolean> = {
    // the extension: unsigned, enabled everywhere, fixed moz-extension host, data kept across reinstall
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.installDistroAddons': false,
    'extensions.webcompat-reporter.enabled': false,
    'extensions.recommendations.enabled': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    // first run, default browser, session restore, quitting
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': '',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'trailhead.firstrun.didSeeAboutWelcome': true,
    'browser.newtabpage.enabled': false,
    'browser.newtab.preload': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.sessionstore.max_resumed_crashes': 0,
    'toolkit.startup.max_resumed_crashes': -1,
    'browser.tabs.warnOnClose': false,
    'browser.warnOnQuit': false,
    'browser.tabs.closeWindowWithLastTab': false,
    'browser.uitour.enabled': false,
    'browser.discovery.enabled': false,
    'identity.fxaccounts.enabled': false,
    'dom.disable_open_during_load': false,
    // updates, telemetry, studies, remote settings
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.firstRunURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.ping-centre.telemetry': false,
    'browser.search.update': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    // network: direct to 127.0.0.1, no background chatter
    'network.proxy.type': 0,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.suggest.searches': false,
    'browser.urlbar.speculativeConnect.enabled': false,
    // input from automation is not ignored right after a load; focus works with several tabs
    'dom.input_events.security.minNumTicks': 0,
    'dom.input_events.security.minTimeElapsedInMS': 0,
    'focusmanager.testmode': true,
    // console messages of pages and extension contexts go to stdout (collected for consoleErrors)
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    'browser.dom.window.dump.enabled': true,
  };
  Object.assign(prefs, extra);
  return (
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n') + '\n'
  );
}

const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Space: ' ',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

interface RemoteResult {
  type: 'success' | 'exception';
  result?: any;
  exceptionDetails?: { text?: string; stackTrace?: any; exception?: any };
}

class FirefoxPage implements Page {
  readonly browser = 'firefox' as const;
  constructor(
    readonly context: string,
    private session: FirefoxSession,
  ) {}

  private get bidi(): BidiClient {
    return this.session.bidi;
  }

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async url(): Promise<string> {
    const tree = await this.bidi.send('browsingContext.getTree', { root: this.context, maxDepth: 0 });
    return tree.contexts?.[0]?.url ?? '';
  }

  /** Raw script.evaluate; returns the BiDi remote value or throws the page's exception. */
  async raw(expression: string, extra: Record<string, unknown> = {}): Promise<any> {
    const r: RemoteResult = await this.bidi.send('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
      ...extra,
    });
    if (r.type === 'exception') {
      const d = r.exceptionDetails ?? {};
      const frames = (d.stackTrace?.callFrames ?? [])
        .slice(0, 3)
        .map((f: any) => `${f.functionName || '<anon>'}@${f.url}:${f.lineNumber}`)
        .join(' ');
      throw new Error(`[firefox] page threw: ${d.text ?? 'exception'}${frames ? ` (${frames})` : ''}`);
    }
    return r.result;
  }

  async evaluate<T = any>(fn: PageFunction, ...args: any[]): Promise<T> {
    const res = await this.raw(buildEvaluateExpression(fn, args));
    return decodeEvaluateResult<T>(res?.value);
  }

  private async find<T>(role: string, name: string | RegExp, body: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const spec = JSON.stringify(nameSpec(name));
    const expr = `(() => { const lib = ${FINDER_LIB}; const el = lib.find(${JSON.stringify(role)}, ${spec}); if (!el) return null; ${body} })()`;
    try {
      return await pollUntil(() => this.evaluate<T>(expr), timeoutMs, () => '');
    } catch {
      let names: string[] = [];
      try {
        names = await this.evaluate<string[]>(`${FINDER_LIB}.names(${JSON.stringify(role)})`);
      } catch {
        /* ignore */
      }
      throw new Error(
        `[firefox] no visible ${role} named ${describeName(name)} in ${await this.url().catch(() => '?')} ` +
          `(visible ${role}s: ${JSON.stringify(names)})`,
      );
    }
  }

  private async pointerClick(x: number, y: number): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'lede-mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async click(role: string, name: string | RegExp): Promise<void> {
    // scroll into view, wait until it has a box, is enabled and is the element hit at its center
    const pt = await this.find<{ x: number; y: number }>(
      role,
      name,
      `el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
       const r = el.getBoundingClientRect();
       if (r.width < 1 || r.height < 1) return null;
       if (el.disabled || el.getAttribute('aria-disabled') === 'true') return null;
       const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
       const hit = document.elementFromPoint(x, y);
       const viaLabel = hit && el.labels && Array.from(el.labels).some((l) => l.contains(hit));
       if (!hit || !(hit === el || el.contains(hit) || viaLabel)) return null;
       return { x, y };`,
    );
    await this.pointerClick(pt.x, pt.y);
  }

  async getByRoleText(role: string, name: string | RegExp): Promise<string> {
    const r = await this.find<{ t: string }>(role, name, `return { t: el.innerText };`);
    return r.t;
  }

  async hasRole(role: string, name: string | RegExp): Promise<boolean> {
    const spec = JSON.stringify(nameSpec(name));
    return this.evaluate<boolean>(`!!${FINDER_LIB}.find(${JSON.stringify(role)}, ${spec})`);
  }

  async getAttribute(role: string, name: string | RegExp, attr: string): Promise<string | null> {
    const r = await this.find<{ v: string | null }>(role, name, `return { v: el.getAttribute(${JSON.stringify(attr)}) };`);
    return r.v;
  }

  async waitFor<T = any>(fn: PageFunction, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return pollUntil(() => this.evaluate<T>(fn), timeoutMs, () => `[firefox] ${describeFn(fn)}`);
  }

  private async keys(values: string[]): Promise<void> {
    const actions: any[] = [];
    for (const v of values) actions.push({ type: 'keyDown', value: v }, { type: 'keyUp', value: v });
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'lede-keyboard', actions }],
    });
  }

  async fill(role: string, name: string | RegExp, value: string): Promise<void> {
    await this.click(role, name);
    await this.find(role, name, `el.focus(); if (typeof el.select === 'function') el.select(); return true;`);
    if (!value) {
      await this.keys([KEYS.Backspace]);
      return;
    }
    const chars = [...value].map((c) => (c === '\n' ? KEYS.Enter : c));
    for (let i = 0; i < chars.length; i += 200) await this.keys(chars.slice(i, i + 200));
  }

  async press(key: string): Promise<void> {
    const parts = key.split('+');
    if (parts.length > 1 && parts.every((p) => p.length > 0)) {
      const mods = parts.slice(0, -1).map((m) => KEYS[m] ?? m);
      const last = KEYS[parts[parts.length - 1]] ?? parts[parts.length - 1];
      const actions = [
        ...mods.map((m) => ({ type: 'keyDown', value: m })),
        { type: 'keyDown', value: last },
        { type: 'keyUp', value: last },
        ...mods.reverse().map((m) => ({ type: 'keyUp', value: m })),
      ];
      await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'lede-keyboard', actions }] });
      return;
    }
    await this.keys([KEYS[key] ?? key]);
  }

  async setInputFiles(label: string | RegExp, filePath: string | string[]): Promise<void> {
    const spec = JSON.stringify(nameSpec(label));
    const expr = `${FINDER_LIB}.findFileInput(${spec})`;
    const node = await pollUntil(
      async () => {
        const r = await this.raw(expr, { serializationOptions: { maxDomDepth: 0 } });
        return r?.type === 'node' ? r : null;
      },
      DEFAULT_TIMEOUT_MS,
      () => `[firefox] file input named ${describeName(label)}`,
    );
    const files = (Array.isArray(filePath) ? filePath : [filePath]).map((f) => path.resolve(f));
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId: node.sharedId }, files });
  }

  async text(): Promise<string> {
    return this.evaluate<string>('document.body ? document.body.innerText : ""');
  }

  async tabId(): Promise<number> {
    if ((await this.url()).startsWith(this.session.extensionOrigin + '/')) {
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
        () => `[firefox] tab id of ${this.context}`,
      );
    } finally {
      await this.evaluate((t: string) => {
        document.title = t;
      }, oldTitle).catch(() => {});
    }
  }

  async screenshot(filePath: string): Promise<void> {
    const { data } = await this.bidi.send('browsingContext.captureScreenshot', { context: this.context });
    writeFileSync(filePath, Buffer.from(data, 'base64'));
  }

  async bringToFront(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  async close(): Promise<void> {
    try {
      await this.bidi.send('browsingContext.close', { context: this.context });
    } catch (e) {
      if (!/no such frame/i.test(String((e as Error).message))) throw e;
    }
  }
}

export class FirefoxSession implements Session {
  readonly name = 'firefox' as const;
  readonly extensionOrigin: string;
  bidi!: BidiClient;
  private proc?: ChildProcess;
  private exited?: Promise<void>;
  private wrapped = new Map<string, FirefoxPage>();
  private errors: string[] = [];
  private output = '';
  private closed = false;
  private cleanupExtension: () => void = () => {};
  private extraPrefs: Record<string, string | number | boolean> = {};

  private constructor(
    readonly extensionPath: string,
    readonly profileDir: string,
    private ownsProfile: boolean,
    readonly geckoId: string,
    readonly uuid: string,
    private debug: boolean,
  ) {
    this.extensionOrigin = `moz-extension://${uuid}`;
  }

  static async launch(opts: LaunchOptions): Promise<FirefoxSession> {
    const ext = prepareExtension(opts.extensionPath, opts.copyExtension);
    const extensionPath = ext.path;
    const manifest = readManifest(extensionPath);
    const geckoId =
      opts.geckoId ?? manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
    if (!geckoId) {
      ext.cleanup();
      throw new Error('[firefox] no gecko id: pass geckoId or set browser_specific_settings.gecko.id');
    }
    const { dir, owned } = prepareProfile('firefox', opts.profileDir);
    const s = new FirefoxSession(extensionPath, dir, owned, geckoId, opts.firefoxUuid ?? DEFAULT_FIREFOX_UUID, isDebug(opts.debug));
    s.cleanupExtension = ext.cleanup;
    s.extraPrefs = opts.firefoxPrefs ?? {};
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
    writeFileSync(path.join(this.profileDir, 'user.js'), userJs(this.geckoId, this.uuid, this.extraPrefs));
    this.output = '';
    const proc = spawn(
      FIREFOX_EXECUTABLE,
      [
        '--headless',
        '--no-remote',
        '--new-instance',
        '--profile',
        this.profileDir,
        '--remote-debugging-port=0',
        '--remote-allow-system-access',
        'about:blank',
      ],
      {
        detached: true, // own process group: close() kills Firefox and all its children
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          MOZ_HEADLESS: '1',
          MOZ_CRASHREPORTER_DISABLE: '1',
          MOZ_CRASHREPORTER: '',
          MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        },
      },
    );
    this.proc = proc;
    if (proc.pid) trackGroup(proc.pid);
    this.exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    const wsUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`[firefox] no WebDriver BiDi endpoint after 60 s. Output:\n${this.output.slice(-3000)}`)),
        60_000,
      );
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        this.onOutput(text);
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(this.output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`[firefox] exited (${code}) before BiDi was ready. Output:\n${this.output.slice(-3000)}`));
      });
    });
    this.bidi = await BidiClient.connect(wsUrl.replace(/\/$/, '') + '/session', { debug: this.debug });
    await this.bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    this.bidi.on('log.entryAdded', (e) => {
      if (e.level === 'error') this.errors.push(`[console] ${e.text} (${e.source?.context ?? ''})`);
    });
    await this.bidi.send('session.subscribe', { events: ['log.entryAdded', 'browsingContext.contextDestroyed'] });
    this.bidi.on('browsingContext.contextDestroyed', (e) => this.wrapped.delete(e.context));
    await this.recordNetwork();
    const installed = await this.bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: this.extensionPath },
    });
    if (installed?.extension && installed.extension !== this.geckoId) {
      throw new Error(`[firefox] installed add-on id ${installed.extension} != expected ${this.geckoId}`);
    }
    if (this.debug) console.log(`[firefox] launched in ${Date.now() - t0} ms, ${this.extensionOrigin}`);
  }

  private onOutput(text: string): void {
    this.output += text;
    if (this.output.length > 200_000) this.output = this.output.slice(-100_000);
    if (this.debug) process.stdout.write(`[firefox out] ${text}`);
    for (const line of text.split('\n')) {
      // console.error from extension contexts (background) and JS errors, via devtools.console.stdout.*
      if (/^console\.error: /.test(line) && !/RSLoader|Remote Settings|nimbus/i.test(line)) {
        this.errors.push(`[stdout] ${line}`);
      } else if (/^JavaScript error: moz-extension:/.test(line)) {
        this.errors.push(`[stdout] ${line}`);
      }
    }
  }

  /**
   * Network requests of the extension's pages (moz-extension:// documents in tabs), seen through
   * WebDriver BiDi's network module. Not seen: the background page (not a BiDi browsing context)
   * and, in Firefox ESR 140, requests of extension scripts inside web pages (content scripts,
   * injected files: BiDi sends no event for them; classified as `extension-script` should a later
   * Firefox report them with a moz-extension:// stack). Use the fixture server for those.
   */
  extensionRequests(): RecordedRequest[] {
    return [...this.netLog];
  }

  private netLog: RecordedRequest[] = [];
  private contextUrls = new Map<string, string>();

  private async recordNetwork(): Promise<void> {
    const ours = (u: string) => u.startsWith(this.extensionOrigin + '/');
    this.bidi.on('browsingContext.navigationStarted', (e) => this.contextUrls.set(e.context, String(e.url ?? '')));
    this.bidi.on('browsingContext.load', (e) => this.contextUrls.set(e.context, String(e.url ?? '')));
    this.bidi.on('browsingContext.contextCreated', (e) => this.contextUrls.set(e.context, String(e.url ?? '')));
    this.bidi.on('network.beforeRequestSent', (e) => {
      const url = String(e.request?.url ?? '');
      const contextUrl = this.contextUrls.get(e.context) ?? '';
      if (e.navigation && e.context) this.contextUrls.set(e.context, url);
      const initiatorUrls = [...new Set<string>((e.initiator?.stackTrace?.callFrames ?? []).map((f: any) => String(f.url ?? '')).filter(Boolean))];
      let context: RecordedRequest['context'] | null = null;
      if (ours(contextUrl) && !e.navigation) context = 'extension-document';
      else if (initiatorUrls.some(ours)) context = 'extension-script';
      if (!context) return;
      this.netLog.push({
        url,
        method: String(e.request?.method ?? ''),
        resourceType: String(e.request?.destination ?? e.initiator?.type ?? ''),
        targetType: 'tab',
        targetUrl: contextUrl,
        documentUrl: contextUrl,
        initiatorUrls,
        context,
        at: Date.now(),
      });
    });
    await this.bidi
      .send('session.subscribe', {
        events: ['network.beforeRequestSent', 'browsingContext.navigationStarted', 'browsingContext.load', 'browsingContext.contextCreated'],
      })
      .catch((err: unknown) => console.warn(`[firefox] network recorder unavailable: ${(err as Error).message}`));
  }

  /** Everything Firefox printed (stdout + stderr) since the last (re)launch. */
  get browserOutput(): string {
    return this.output;
  }

  /** Evaluate in an extension page opened in a background helper tab. */
  async inExtension<T = any>(fn: PageFunction, ...args: any[]): Promise<T> {
    const helper = helperPagePath(this.extensionPath);
    if (!helper) throw new Error('[firefox] the extension has no page to run code in');
    const { context } = await this.bidi.send('browsingContext.create', { type: 'tab', background: true });
    const p = new FirefoxPage(context, this);
    try {
      await p.goto(`${this.extensionOrigin}/${helper}`);
      return await p.evaluate<T>(fn, ...args);
    } finally {
      await p.close().catch(() => {});
    }
  }

  private wrap(context: string): FirefoxPage {
    let w = this.wrapped.get(context);
    if (!w) {
      w = new FirefoxPage(context, this);
      this.wrapped.set(context, w);
    }
    return w;
  }

  async newPage(url: string): Promise<Page> {
    const { context } = await this.bidi.send('browsingContext.create', { type: 'tab' });
    const p = this.wrap(context);
    await p.goto(url);
    return p;
  }

  extensionPage(p: string): Promise<Page> {
    return this.newPage(`${this.extensionOrigin}/${p.replace(/^\//, '')}`);
  }

  async pages(): Promise<Page[]> {
    const tree = await this.bidi.send('browsingContext.getTree', { maxDepth: 0 });
    return (tree.contexts ?? []).map((c: any) => this.wrap(c.context));
  }

  consoleErrors(): string[] {
    // a web page's console.error reaches us twice (BiDi log + stdout): keep the BiDi one
    const pageTexts = new Set<string>();
    for (const e of this.errors) {
      const m = /^\[console\] (.*) \([^()]*\)$/s.exec(e);
      if (m) pageTexts.add(m[1]);
    }
    return this.errors.filter((e) => {
      const m = /^\[stdout\] console\.error: (.*)$/s.exec(e);
      if (!m) return true;
      let text = m[1];
      try {
        text = JSON.parse(text);
      } catch {
        /* several arguments: compare as printed */
      }
      return !pageTexts.has(text);
    });
  }

  async restart(): Promise<void> {
    await this.shutdown();
    this.wrapped = new Map();
    await this.start();
  }

  private async shutdown(): Promise<void> {
    const proc = this.proc;
    if (!proc) return;
    if (this.bidi && !this.bidi.isClosed) {
      // a clean quit flushes the profile (IndexedDB, prefs) to disk
      await this.bidi.send('browser.close', {}, 10_000).catch(() => {});
      this.bidi.close();
    }
    const exited = await Promise.race([this.exited!.then(() => true), sleep(15_000).then(() => false)]);
    if (proc.pid) {
      try {
        process.kill(-proc.pid, exited ? 'SIGTERM' : 'SIGKILL'); // leftovers of the group
      } catch {
        /* group gone */
      }
      if (!exited) await Promise.race([this.exited, sleep(5_000)]);
      liveGroups.delete(proc.pid);
    }
    this.proc = undefined;
    // Firefox may keep the profile lock a moment after exit
    await sleep(100);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.shutdown();
    if (this.ownsProfile) removeDir(this.profileDir);
    this.cleanupExtension();
  }
}
