export type BrowserName = 'chromium' | 'firefox';

/** Something to run in a page: an expression (string) or a function called with `args`. */
export type PageFunction = string | ((...args: any[]) => any);

export interface LaunchOptions {
  /** Unpacked extension directory (e.g. `.output/chrome-mv3` or `.output/firefox-mv2`). */
  extensionPath: string;
  /** Browser profile directory. Created in a temp dir (and removed on close) if absent. */
  profileDir?: string;
  /** Firefox add-on id; read from the manifest's browser_specific_settings.gecko.id if absent. */
  geckoId?: string;
  /** Firefox only: the moz-extension:// host to pin. A fixed default is used if absent. */
  firefoxUuid?: string;
  /**
   * Copy the extension to a temp dir first (removed on close), so a concurrent `wxt build` cannot
   * change files under a running test. In Chromium this changes the extension id (it is derived
   * from the path); always use `session.extensionOrigin`.
   */
  copyExtension?: boolean;
  /** Firefox only: extra prefs for user.js (override the harness's). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Print browser stdout/stderr and protocol traffic (or set LEDE_E2E_DEBUG=1). */
  debug?: boolean;
}

export interface Page {
  /** Which browser this page lives in. */
  readonly browser: BrowserName;
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  /** The current URL. */
  url(): Promise<string>;
  /**
   * Run code in the page's main world (extension pages see `chrome` / `browser`).
   * A string is an expression (awaited; if it evaluates to a function, that function is called
   * with `args`); a function is serialized with `.toString()` and called with `args`.
   * Arguments and result cross as JSON.
   */
  evaluate<T = any>(fn: PageFunction, ...args: any[]): Promise<T>;
  /** A real mouse click on the first visible element with this ARIA role and accessible name. */
  click(role: string, name: string | RegExp): Promise<void>;
  /** The innerText of the first visible element with this role and name (waits for it). */
  getByRoleText(role: string, name: string | RegExp): Promise<string>;
  /** Whether a visible element with this role and name exists right now (no waiting). */
  hasRole(role: string, name: string | RegExp): Promise<boolean>;
  /** An attribute of the element with this role and name (waits for it), or null. */
  getAttribute(role: string, name: string | RegExp, attr: string): Promise<string | null>;
  /** Poll an expression (or function) in the page until it returns a truthy value; returns it. */
  waitFor<T = any>(fn: PageFunction, timeoutMs?: number): Promise<T>;
  /** Replace the value of a textbox / searchbox by real typing. */
  fill(role: string, name: string | RegExp, value: string): Promise<void>;
  /** Press one key (Playwright key names: 'Enter', 'Escape', 'Tab', 'a' ...) in the focused element. */
  press(key: string): Promise<void>;
  /** Set the files of an <input type=file> found by its accessible name (label). */
  setInputFiles(label: string | RegExp, filePath: string | string[]): Promise<void>;
  /** document.body.innerText */
  text(): Promise<string>;
  /** The browser's tabs.Tab id of this tab (as the extension sees it). */
  tabId(): Promise<number>;
  /** Save a PNG of the viewport (for debugging a failing test). */
  screenshot(filePath: string): Promise<void>;
  /** Bring the tab to the front (make it the active tab of its window). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  readonly extensionOrigin: string;
  readonly profileDir: string;
  readonly extensionPath: string;
  /** Open a new tab, navigate to `url`, wait for load. */
  newPage(url: string): Promise<Page>;
  /** `newPage(`${extensionOrigin}/${path}`)` */
  extensionPage(path: string): Promise<Page>;
  /**
   * Run code in an extension context, with the extension APIs, outside any test page: Chromium runs
   * it in the service worker; Firefox (whose background page BiDi cannot reach) in one of the
   * extension's pages opened in a background tab and closed at once. Same rules as `Page.evaluate`.
   */
  inExtension<T = any>(fn: PageFunction, ...args: any[]): Promise<T>;
  /** All open tabs. */
  pages(): Promise<Page[]>;
  /** Close the browser and relaunch it on the same profile. Earlier Page objects become invalid. */
  restart(): Promise<void>;
  /** Close the browser (kills it if needed) and remove the profile if the harness created it. */
  close(): Promise<void>;
  /**
   * Console errors and uncaught exceptions seen so far from pages and, where the browser allows,
   * the extension's background (Chromium: service worker; Firefox: from the browser's console
   * output, best-effort).
   */
  consoleErrors(): string[];
}

export const DEFAULT_TIMEOUT_MS = 10_000;
