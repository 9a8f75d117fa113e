/**
 * Self-test of the e2e harness against a throwaway extension generated at test time, so the harness
 * is proven independently of Lede's own build. Run:
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/harness.e2e.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  browsers,
  chromiumExtensionId,
  extensionBuilt,
  launch,
  launchLede,
  startFixtureServer,
  type BrowserName,
  type FixtureServer,
  type Session,
} from './harness';

const GECKO_ID = 'harness-selftest@lede.example';

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harness page</title></head>
<body>
  <h1>Harness self-test</h1>
  <button id="add" type="button">Add item</button>
  <button id="pin" type="button" aria-pressed="false">Pin</button>
  <button type="button" aria-label="Close dialog">×</button>
  <ul id="items" aria-label="Items"></ul>
  <label for="note">Note</label> <input id="note" type="text">
  <label>Search things <input id="q" type="search"></label>
  <label><input id="cb" type="checkbox"> Keep offline copy</label>
  <nav aria-label="Sections"><a href="#top">Top <span aria-hidden="true">↑</span></a></nav>
  <label for="imp">Import</label> <input id="imp" type="file" style="position:absolute;left:-9999px">
  <p id="out"></p><p id="file"></p>
  <div style="height:2000px"></div>
  <button id="far" type="button">Far away</button>
  <script src="page.js"></script>
</body></html>`;

const PAGE_JS = `
let n = 0;
const items = document.getElementById('items');
document.getElementById('add').addEventListener('click', (e) => {
  const li = document.createElement('li');
  li.textContent = 'Item ' + (++n) + (e.isTrusted ? ' (trusted)' : ' (synthetic)');
  items.append(li);
});
document.getElementById('pin').addEventListener('click', (e) => {
  const b = e.currentTarget;
  b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
});
document.getElementById('far').addEventListener('click', () => { document.getElementById('out').textContent = 'far clicked'; });
document.getElementById('note').addEventListener('input', (e) => { document.getElementById('out').textContent = 'note=' + e.target.value; });
document.getElementById('q').addEventListener('keydown', (e) => { if (e.key === 'Enter') document.getElementById('out').textContent = 'search=' + e.target.value; });
document.getElementById('imp').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  document.getElementById('file').textContent = f.name + ':' + (await f.text()).trim();
});
`;

const BG_JS = `
console.error('harness-selftest startup error');
const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg && msg.type === 'log-error') console.error('harness-selftest background error: ' + msg.text);
  sendResponse(true);
});
`;

function writeExtension(dir: string, name: BrowserName): void {
  mkdirSync(dir, { recursive: true });
  const manifest =
    name === 'chromium'
      ? {
          manifest_version: 3,
          name: 'Harness self-test',
          version: '1.0.0',
          background: { service_worker: 'bg.js' },
          permissions: ['storage'],
          host_permissions: ['http://127.0.0.1/*'],
          options_ui: { page: 'page.html', open_in_tab: true },
        }
      : {
          manifest_version: 2,
          name: 'Harness self-test',
          version: '1.0.0',
          background: { scripts: ['bg.js'] },
          permissions: ['storage', 'http://127.0.0.1/*'],
          options_ui: { page: 'page.html', open_in_tab: true },
          browser_specific_settings: { gecko: { id: GECKO_ID } },
        };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'page.html'), PAGE_HTML);
  writeFileSync(path.join(dir, 'page.js'), PAGE_JS);
  writeFileSync(path.join(dir, 'bg.js'), BG_JS);
}

/** Browser processes still running with this profile (there must be none after close). */
function processesUsing(profileDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(profileDir) && !l.includes('ps -eo'));
}

let tmp: string;
let server: FixtureServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lede-harness-selftest-'));
  const site = path.join(tmp, 'site');
  mkdirSync(site);
  writeFileSync(
    path.join(site, 'article.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Fixture article</title></head>
     <body><article><h1>Fixture article</h1><p>Hello from the fixture server.</p>
     <a href="/next.html">Next page</a></article></body></html>`,
  );
  writeFileSync(
    path.join(site, 'next.html'),
    `<!doctype html><html><head><title>Next</title><link rel="stylesheet" href="/style.css"></head><body><h2>Second page</h2></body></html>`,
  );
  writeFileSync(path.join(site, 'style.css'), 'body { font-family: sans-serif; }');
  writeFileSync(path.join(tmp, 'data.csv'), 'url,title\nhttps://example.com/,Example\n');
  for (const b of browsers) writeExtension(path.join(tmp, `ext-${b}`), b);
  server = await startFixtureServer(site);
});

afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('fixture server', () => {
  it('serves files with their content type, 404s the rest, and records requests', async () => {
    const ok = await fetch(`${server.url}/article.html`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    const css = await fetch(`${server.url}/style.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${server.url}/missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fetc/passwd`)).status).not.toBe(200);
    expect(server.requests).toContain('/article.html');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe.each(browsers)('harness in %s', (name) => {
  let session: Session | undefined;

  afterAll(async () => {
    await session?.close();
  });

  // Only a smoke test that Lede's build loads and its pages open; its features are tested elsewhere.
  it.runIf(extensionBuilt(name))("opens Lede's own build (a private copy) and its side panel page", async () => {
    const lede = await launchLede(name);
    try {
      expect(lede.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/);
      const panel = await lede.extensionPage('sidepanel.html');
      expect(await panel.url()).toBe(`${lede.extensionOrigin}/sidepanel.html`);
      await panel.waitFor(`document.body && document.body.innerText.trim().length > 0`);
      expect(await panel.evaluate(`location.origin`)).toBe(lede.extensionOrigin);
    } finally {
      await lede.close();
    }
  });

  it('drives a web page and an extension page, and keeps IndexedDB across a restart', async () => {
    const t0 = Date.now();
    const extensionPath = path.join(tmp, `ext-${name}`);
    session = await launch(name, { extensionPath });
    const tLaunch = Date.now() - t0;

    if (name === 'chromium') {
      expect(session.extensionOrigin).toBe(`chrome-extension://${chromiumExtensionId(extensionPath)}`);
    } else {
      expect(session.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
    }

    // a web page from the fixture server
    const web = await session.newPage(`${server.url}/article.html`);
    expect(await web.text()).toContain('Hello from the fixture server.');
    expect(await web.getByRoleText('heading', 'Fixture article')).toBe('Fixture article');
    expect(await web.hasRole('heading', 'No such heading')).toBe(false);
    const webTabId = await web.tabId();
    expect(typeof webTabId).toBe('number');
    expect(await web.evaluate('document.title')).toBe('Fixture article'); // title restored by tabId()
    await web.click('link', 'Next page');
    await web.waitFor(`location.pathname === '/next.html' && document.readyState === 'complete'`);
    expect(await web.getByRoleText('heading', /second/i)).toBe('Second page');
    expect(server.requests).toEqual(expect.arrayContaining(['/article.html', '/next.html', '/style.css']));

    // an extension page, with the extension APIs
    const page = await session.extensionPage('page.html');
    expect(await page.url()).toBe(`${session.extensionOrigin}/page.html`);
    expect(await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.id)).toBeTruthy();
    const extTabId = await page.tabId();
    expect(typeof extTabId).toBe('number');
    expect(extTabId).not.toBe(webTabId);
    expect(await web.tabId()).toBe(webTabId); // same tab, same id after navigating

    // evaluate: expressions, functions with arguments, undefined, errors
    expect(await page.evaluate('1 + 2')).toBe(3);
    expect(await page.evaluate((a: number, b: { c: string }) => `${a}-${b.c}`, 7, { c: 'x' })).toBe('7-x');
    expect(await page.evaluate('undefined')).toBeUndefined();
    expect(await page.evaluate('(a) => a * 2', 21)).toBe(42);
    await expect(page.evaluate(() => { throw new Error('boom in page'); })).rejects.toThrow(/boom in page/);

    // real clicks by role and name
    await page.click('button', 'Add item');
    await page.click('button', /^add/i);
    await page.waitFor(`document.querySelectorAll('#items li').length === 2`);
    const list = await page.getByRoleText('list', 'Items');
    expect(list).toContain('Item 1 (trusted)');
    expect(list).toContain('Item 2 (trusted)');
    expect(await page.getAttribute('button', 'Pin', 'aria-pressed')).toBe('false');
    await page.click('button', 'Pin');
    await page.waitFor(`document.getElementById('pin').getAttribute('aria-pressed') === 'true'`);
    expect(await page.hasRole('button', 'Close dialog')).toBe(true); // name from aria-label
    // the same naming rules in both browsers
    expect(await page.hasRole('button', 'Add')).toBe(false); // strings match the whole name
    expect(await page.hasRole('listitem', /Item 1/)).toBe(false); // list items take no name from content
    expect(await page.hasRole('navigation', 'Sections')).toBe(true);
    expect(await page.hasRole('link', 'Top')).toBe(true); // aria-hidden text is not in the name
    expect(await page.hasRole('textbox', 'Note')).toBe(true);
    expect(await page.hasRole('heading', 'Harness self-test')).toBe(true);
    await page.click('checkbox', 'Keep offline copy');
    await page.waitFor(`document.getElementById('cb').checked`);
    await page.click('button', 'Far away'); // below the fold: scrolled into view first
    await page.waitFor(`document.getElementById('out').textContent === 'far clicked'`);

    // typing
    await page.fill('textbox', 'Note', 'hello world');
    await page.waitFor(`document.getElementById('out').textContent === 'note=hello world'`);
    await page.fill('textbox', 'Note', 'replaced');
    expect(await page.evaluate(`document.getElementById('note').value`)).toBe('replaced');
    await page.fill('searchbox', 'Search things', 'agents');
    await page.press('Enter');
    await page.waitFor(`document.getElementById('out').textContent === 'search=agents'`);

    // file input by its label
    await page.setInputFiles('Import', path.join(tmp, 'data.csv'));
    await page.waitFor(`document.getElementById('file').textContent.startsWith('data.csv:url,title')`);

    // a clear timeout message
    await expect(page.waitFor('false', 300)).rejects.toThrow(/timed out after 300 ms/);

    // write IndexedDB and storage.local in the extension's origin
    await page.evaluate(async (value: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('selftest', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(value, 'greeting');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ greeting: value });
    }, `hello from ${name}`);

    expect((await session.pages()).length).toBeGreaterThanOrEqual(2);

    // code in an extension context, outside the test's pages; the active tab stays the same
    const active = (n: string) => session!.inExtension(async (b: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [t] = await api.tabs.query({ active: true, currentWindow: b === 'chromium' ? undefined : true });
      return t.id;
    }, n);
    expect(await active(name)).toBe(extTabId);
    await web.bringToFront();
    expect(await active(name)).toBe(webTabId);
    expect(await session.inExtension(`(async () => (await ((globalThis.browser ?? globalThis.chrome).storage.local.get('greeting'))).greeting)()`)).toBe(`hello from ${name}`);
    const shot = path.join(tmp, `${name}.png`);
    await page.screenshot(shot);
    expect(statSync(shot).size).toBeGreaterThan(1000);

    // the background's console errors are collected (Chromium: service worker console; Firefox: stdout)
    await page.evaluate(() =>
      ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'log-error', text: 'oops 1' }),
    );
    await expect
      .poll(() => session!.consoleErrors().join('\n'), { timeout: 5_000 })
      .toContain('harness-selftest background error: oops 1');
    // and what it logged while starting, before the harness was attached
    expect(session.consoleErrors().join('\n')).toContain('harness-selftest startup error');
    // no noise from the fixture server (browsers ask it for /favicon.ico)
    expect(session.consoleErrors().filter((e) => /favicon|404/.test(e))).toEqual([]);

    const tRestart0 = Date.now();
    const origin = session.extensionOrigin;
    await session.restart();
    const tRestart = Date.now() - tRestart0;
    expect(session.extensionOrigin).toBe(origin);

    const again = await session.extensionPage('page.html');
    const stored = await again.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('selftest', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const v = await new Promise((resolve, reject) => {
        const req = db.transaction('kv').objectStore('kv').get('greeting');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const local = await api.storage.local.get('greeting');
      return { idb: v, local: local.greeting };
    });
    expect(stored).toEqual({ idb: `hello from ${name}`, local: `hello from ${name}` });
    await again.click('button', 'Add item');
    await again.waitFor(`document.querySelectorAll('#items li').length === 1`);

    const profileDir = session.profileDir;
    const tClose0 = Date.now();
    await session.close();
    const tClose = Date.now() - tClose0;
    session = undefined;
    expect(existsSync(profileDir)).toBe(false);
    expect(processesUsing(profileDir)).toEqual([]);
    console.log(`[${name}] launch ${tLaunch} ms, restart ${tRestart} ms, close ${tClose} ms, total ${Date.now() - t0} ms`);
  });
});
