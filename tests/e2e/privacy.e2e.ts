/**
 * "Nothing leaves the browser", checked in real Chromium and Firefox: one session does what a reader does —
 * opens three articles, reads their briefs in the side panel, saves them, searches the reading
 * list, gets a summary written on the device, opens the popup, imports a Pocket CSV and exports a
 * backup on the options page, reads an offline copy — while the DevTools side channel
 * (harness/cdp.ts) records every network request of every extension context:
 *
 * - the service worker (and any other worker of the extension's origin),
 * - the extension's pages (chrome-extension:// documents: side panel, popup, options, reader),
 * - the extension's scripts inside web pages (content script, injected analyze / snapshot / page-html
 *   scripts): requests whose initiator stack holds a chrome-extension:// URL of ours.
 *
 * Allowed: the extension's own files (chrome-extension://<our id>/…: its pages, scripts, styles,
 * icons), and data: / blob: URLs a page makes itself (the export's download blob). Everything else
 * — any http(s), ws(s), ftp, another extension's URL — is a failure. The test proves its recorder
 * first: a deliberate fetch from an extension page and one from the service worker must be seen
 * (and are then left out of the count), so it cannot pass by watching nothing.
 *
 * Firefox: the same session; its extension pages' requests are recorded through WebDriver BiDi's
 * network module (harness/firefox.ts), but its background page is not a BiDi browsing context and
 * BiDi leaves out requests of extension scripts inside web pages (the test checks both probes), so
 * there the fixture server is the check for those: every request it saw must be a page the test
 * opened itself (or the recorder's probes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { browsers, launchLede, startFixtureServer, type ChromiumSession, type FirefoxSession, type FixtureServer, type Page, type RecordedRequest } from './harness';
import { recordFigures } from './harness/figures';
import { idbArticles, idbCounts } from './harness/idb';

const ARTICLES = [
  { path: '/e2e/pages/slice-article.html', wait: () => Boolean(document.querySelector('.tldr')) },
  { path: '/fixtures/pages/ghost-details-short-version-sources-amp/page.html', wait: () => Boolean(document.querySelector('.brief-title')) },
  { path: '/fixtures/pages/fr-ghost-en-bref/page.html', wait: () => Boolean(document.querySelector('.brief-title')) },
];
const CSV = path.resolve('tests/fixtures/io/pocket-2024.csv');

/** Is this request something Lede may do without anything leaving the browser? */
export function allowedRequest(r: RecordedRequest, extensionOrigin: string): boolean {
  if (r.url.startsWith(extensionOrigin + '/')) return true; // its own files
  if (/^(data|blob):/i.test(r.url)) return true; // made in the page itself (export download)
  return false;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(path.resolve('tests'));
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)('%s: nothing leaves the browser', (name) => {
  let session: ChromiumSession | FirefoxSession;
  const steps: string[] = [];
  const skipped: string[] = [];
  let hitsBefore = 0;
  beforeAll(async () => {
    hitsBefore = server.requests.length;
    session = (await launchLede(name)) as ChromiumSession | FirefoxSession;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const out = await fn();
    steps.push(label);
    return out;
  }

  it('the recorder sees a deliberate request from an extension page and from the background', async () => {
    const options = await session.extensionPage('options.html');
    const before = session.extensionRequests().length;
    await options.evaluate((u: string) => fetch(u).then((r) => r.status), `${server.url}/probe-page`);
    await session.inExtension((u: string) => fetch(u).then((r) => r.status), `${server.url}/probe-worker`);
    await new Promise((r) => setTimeout(r, 300));
    const seen = session.extensionRequests().slice(before);
    expect(seen.map((r) => [r.url, r.context])).toEqual(
      expect.arrayContaining([
        [`${server.url}/probe-page`, 'extension-document'],
        // Chromium: the service worker itself; Firefox: an extension page (BiDi cannot reach its background page)
        [`${server.url}/probe-worker`, name === 'chromium' ? 'extension-target' : 'extension-document'],
      ]),
    );
    expect(server.requests).toEqual(expect.arrayContaining(['/probe-page', '/probe-worker']));
    await options.close();
  });

  it('the recorder sees a request from an extension script running inside a web page', async () => {
    // a file of the extension (written into the test's private copy of the build), injected into a
    // web page the way Lede injects its snapshot script: its requests carry the extension's URL
    writeFileSync(path.join(session.extensionPath, 'e2e-probe.js'), `fetch(${JSON.stringify(`${server.url}/probe-script`)});\nundefined;\n`);
    const page = await session.newPage(`${server.url}/e2e/pages/slice-article.html`);
    const tabId = await page.tabId();
    const before = session.extensionRequests().length;
    await session.inExtension(async (id: number) => {
      const g = globalThis as any;
      await (g.browser ?? g.chrome).scripting.executeScript({ target: { tabId: id }, files: ['/e2e-probe.js'] });
    }, tabId);
    await new Promise((r) => setTimeout(r, 500));
    const seen = session.extensionRequests().slice(before);
    expect(server.requests).toContain('/probe-script');
    if (name === 'chromium') expect(seen.map((r) => [r.url, r.context])).toContainEqual([`${server.url}/probe-script`, 'extension-script']);
    // Firefox's BiDi network events leave out requests of extension scripts in pages (checked here, so
    // a Firefox that starts reporting them shows up): there the fixture server is the check.
    else expect(seen.filter((r) => r.url.endsWith('/probe-script'))).toEqual([]);
    await page.close();
  });

  it('a full reading session makes no request outside the browser', async () => {
    const opened: string[] = [];
    for (const a of ARTICLES) {
      await step(`open ${a.path}, brief in the side panel, Save for later`, async () => {
        const page = await session.newPage(server.url + a.path);
        opened.push(a.path);
        const tabId = await page.tabId();
        const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
        await panel.waitFor(a.wait, 20_000);
        await panel.click('button', 'Save for later');
        await panel.waitFor(() => Boolean(document.querySelector('button[aria-pressed="true"]')), 20_000);
        await panel.close();
      });
    }

    const reader: Page = await session.extensionPage('sidepanel.html');
    await step('reading list: search saved articles', async () => {
      await reader.click('tab', 'Reading list');
      await reader.fill('searchbox', 'Search saved articles', 'benchmark');
      await reader.waitFor(() => document.body.innerText.includes('Open-weight coding model'), 10_000);
    });

    await step('summarize on the device (article without a TL;DR)', async () => {
      const page = await session.newPage(`${server.url}/e2e/pages/no-tldr-article.html`);
      opened.push('/e2e/pages/no-tldr-article.html');
      const tabId = await page.tabId();
      const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.waitFor(() => document.body.innerText.includes('Summarized on this device') && Boolean(document.querySelector('.tldr')), 30_000);
      await panel.close();
    });

    await step("popup: this week's headlines", async () => {
      const popup = await session.extensionPage('popup.html');
      await popup.waitFor(() => document.body.innerText.includes("This week's headlines"), 10_000);
      await popup.close();
    });

    await step('options: import a Pocket CSV, export a backup', async () => {
      const options = await session.extensionPage('options.html');
      await options.setInputFiles('Import', CSV);
      await options.waitFor(() => /articles? imported/.test(document.body.innerText), 20_000);
      if (name === 'chromium') {
        const download = (session as ChromiumSession).context.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
        await options.click('button', 'Export backup');
        expect(await download, 'Export backup starts a download').not.toBeNull();
      } else {
        // no download events over BiDi: the click must at least not report an error
        await options.click('button', 'Export backup');
        await new Promise((r) => setTimeout(r, 1000));
        expect(await options.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '')).toBe('');
      }
      await options.close();
    });

    await step('reader: the offline copy', async () => {
      const [saved] = await reader.evaluate(idbArticles, 'slice-article');
      expect(saved).toBeDefined();
      const page = await session.extensionPage(`reader.html?id=${saved.id}`);
      await page.waitFor(() => document.body.innerText.includes('Open-weight coding model'), 10_000);
      await page.close();
    });

    // Let late work (badge refreshes, search indexing, summaries) finish before counting.
    await new Promise((r) => setTimeout(r, 1500));
    const counts = await reader.evaluate(idbCounts);

    const all = session.extensionRequests().filter((r) => !/\/probe-(page|worker|script)$/.test(r.url));
    const outside = all.filter((r) => !allowedRequest(r, session.extensionOrigin));
    const http = all.filter((r) => /^https?:/i.test(r.url));
    const byContext = all.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.context]: (acc[r.context] ?? 0) + 1 }), {});
    // The fixture server saw only what the test itself opened (and the recorder's probes).
    const serverHits = server.requests.slice(hitsBefore).filter((p) => !p.startsWith('/probe-'));
    const unexpectedHits = serverHits.filter((p) => !opened.includes(p));

    recordFigures(`privacy.${name}`, {
      steps,
      skipped,
      articlesSaved: ARTICLES.length,
      rowsAfter: counts,
      recorder: name === 'chromium' ? 'DevTools protocol: service worker, extension pages, extension scripts in web pages' : 'WebDriver BiDi network module: extension pages (not the background page, not extension scripts in web pages); fixture server for the rest',
      recorderWatchedTargets: name === 'chromium' ? (session as ChromiumSession).watchedTargets : null,
      extensionRequestsRecorded: all.length,
      extensionRequestsByContext: byContext,
      requestsLeavingTheBrowser: outside.length,
      httpRequests: http.length,
      serverHits: serverHits.length,
      unexpectedServerHits: unexpectedHits,
      outside: outside.slice(0, 20).map((r) => `${r.context} ${r.method} ${r.url}`),
    });

    if (name === 'chromium') expect((session as ChromiumSession).watchedTargets).toBeGreaterThan(5);
    expect(counts.articles).toBeGreaterThanOrEqual(ARTICLES.length);
    expect(outside.map((r) => `${r.context} ${r.targetUrl} → ${r.method} ${r.url}`)).toEqual([]);
    expect(http).toEqual([]);
    expect(unexpectedHits).toEqual([]);
  });
});
