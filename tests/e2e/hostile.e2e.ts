/**
 * Hostile pages cannot reach the extension, in real Chromium and Firefox. The generated corpus
 * (tests/support/hostile-pages.ts: script and event-handler injection in every extracted field,
 * javascript:/data:/vbscript: links, CSS tricks, forged JSON-LD, 10 MB of text, a 5,000-level deep
 * DOM, 50,000 links, a page that rewrites itself in a loop, 200,000-character strings) is served
 * by this file's own server on 127.0.0.1 with a Content-Security-Policy that lets the page run none
 * of its payloads (`script-src 'nonce-…'` for the test's own instrumentation script and, on the
 * self-rewriting page, its churn loop; `default-src 'none'` for everything else). Every payload
 * that runs anywhere — in the page, the side panel, the popup, the reader — requests
 * `/beacon?<vector>` from that server, and the server logs every hit.
 *
 * For each page: open it, open the side panel for its tab and wait for the brief (or the "not an
 * article" notice), save it (with its offline copy), open reader.html?id=…, open popup.html; then
 * - zero beacon hits, and zero http(s) requests from extension contexts (Chromium: DevTools,
 *   service worker and in-page scripts included; Firefox: BiDi, extension pages only);
 * - every link in the side panel, popup, reader and reading list is http(s) (or the extension's
 *   own page), with rel="noopener noreferrer";
 * - no element with an on* attribute, no <iframe>/<object>/<embed>/<frame>, no script but the
 *   extension's own files, no remote src in rendered content;
 * - the page stayed responsive. In Chromium a DevTools trace (harness/tasks.ts) names the extension's
 *   own main-thread tasks, from navigation through the save: the longest while reading (content
 *   script, /analyze.js) and while saving (/snapshot.js). In both browsers the test's script in the
 *   page also records long tasks (Chromium's
 *   `longtask` entries) and the largest gap of a 10 ms heartbeat (both browsers) from
 *   DOMContentLoaded: 4 s after load with Lede on, and again with Lede off for the site (a control
 *   pass: the content script returns at once), so the difference is the content script's; then
 *   until the save, and during the save (the injected snapshot). Reported, not asserted: timing on
 *   these shared machines belongs to the benchmarks;
 * - the self-rewriting page gets a bounded number of briefs (the brief's lastSeenAt, written once
 *   per report, changes at most a few times while the page churns).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { browsers, launchLede, type ChromiumSession, type FirefoxSession, type Page, type Session } from './harness';
import { recordFigures } from './harness/figures';
import { traceExtensionTasks } from './harness/tasks';
import { idbArticles } from './harness/idb';
import { hostilePages, type HostilePage } from '../support/hostile-pages';

const NONCE = 'lede-e2e-instrumentation';

/** Runs first in every hostile page (the only script its CSP allows besides the churn loop). */
const INSTRUMENT = `<script nonce="${NONCE}">(() => {
  const s = window.__ledeE2E = { longtasks: [], dcl: 0, maxGap: 0, last: performance.now(), beats: 0, longtaskSupported: false, measuring: true };
  try {
    s.longtaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (s.longtaskSupported) new PerformanceObserver((l) => { for (const e of l.getEntries()) s.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', () => { s.dcl = performance.now(); s.last = s.dcl; s.maxGap = 0; });
  setInterval(() => { const now = performance.now(); if (s.dcl && s.measuring) { s.maxGap = Math.max(s.maxGap, now - s.last - 10); s.beats++; } s.last = now; }, 10);
})();</script>`;

interface Server {
  url: string;
  hits: string[];
  beacons: string[];
  close(): Promise<void>;
}

async function startHostileServer(): Promise<{ server: Server; pages: HostilePage[] }> {
  const hits: string[] = [];
  const beacons: string[] = [];
  let pages: HostilePage[] = [];
  const bodies = new Map<string, Buffer>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = req.url ?? '/';
    if (u === '/favicon.ico') return void res.writeHead(204).end();
    hits.push(u);
    if (u.startsWith('/beacon')) {
      beacons.push(`${u} (referer: ${req.headers.referer ?? '-'})`);
      return void res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    }
    const m = /^\/h\/([\w-]+)\.html$/.exec(u);
    const body = m && bodies.get(m[1]);
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}'; img-src 'none'; style-src 'none'; frame-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`,
    });
    res.end(body);
  };
  const srv = createServer(handler);
  const sockets = new Set<import('node:net').Socket>();
  srv.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  pages = hostilePages(`${url}/beacon`);
  for (const p of pages) {
    let html = p.html.replace(/<head>/i, `<head>${INSTRUMENT}`);
    // the self-rewriting page's own loop is allowed to run (it is the attack); nothing else is
    html = html.replace('<script>let n=0;', `<script nonce="${NONCE}">let n=0;`);
    bodies.set(p.name, Buffer.from(html));
  }
  return {
    pages,
    server: {
      url,
      hits,
      beacons,
      close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), srv.close(() => r()))),
    },
  };
}

/** In an extension page: what it renders that a hostile page could abuse. Self-contained. */
function audit(origin: string) {
  const bad: string[] = [];
  const missingRel: string[] = [];
  let httpLinks = 0;
  let ownLinks = 0;
  for (const a of Array.from(document.querySelectorAll('a[href], area[href]')) as HTMLAnchorElement[]) {
    const href = a.href;
    if (/^https?:\/\//i.test(href)) {
      httpLinks++;
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) missingRel.push(href.slice(0, 120));
    } else if (href.startsWith(origin + '/')) ownLinks++;
    else bad.push(`link ${href.slice(0, 120)}`);
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const at of Array.from(el.attributes)) {
      if (/^on/i.test(at.name)) bad.push(`${el.tagName.toLowerCase()}[${at.name}]`);
      if (/^\s*(javascript|vbscript|data):/i.test(at.value) && at.name !== 'content') bad.push(`${el.tagName.toLowerCase()}[${at.name}=${at.value.slice(0, 60)}]`);
    }
  }
  for (const el of Array.from(document.querySelectorAll('iframe, frame, frameset, object, embed, applet, portal, base'))) bad.push(el.tagName.toLowerCase());
  for (const s of Array.from(document.querySelectorAll('script')) as HTMLScriptElement[]) {
    if (!s.src || !s.src.startsWith(origin + '/')) bad.push(`script ${s.src || 'inline: ' + s.textContent!.slice(0, 60)}`);
  }
  const body = document.body;
  for (const el of body ? (Array.from(body.querySelectorAll('[src], [srcset], [poster], [background]')) as HTMLElement[]) : []) {
    const src = el.getAttribute('src') ?? el.getAttribute('srcset') ?? el.getAttribute('poster') ?? el.getAttribute('background') ?? '';
    const abs = new URL(src, location.href).href;
    if (!abs.startsWith(origin + '/')) bad.push(`${el.tagName.toLowerCase()} src ${abs.slice(0, 120)}`);
  }
  return { bad, missingRel, httpLinks, ownLinks, textLength: body?.innerText.length ?? 0 };
}

/** In an extension page: the brief row's lastSeenAt for a URL part, and its tab's. */
async function lastSeen(urlPart: string): Promise<number[]> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const r = indexedDB.open('lede');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  try {
    const rows: any[] = await new Promise((resolve, reject) => {
      const r = db.transaction('briefs', 'readonly').objectStore('briefs').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    return rows.filter((b) => String(b.key).includes(urlPart)).map((b) => b.lastSeenAt);
  } finally {
    db.close();
  }
}

/** How long the content script gets before the page's heartbeat is read (it runs when idle, ≤ 2 s after load). */
const SETTLE_MS = 4000;

/** The largest heartbeat gap since DOMContentLoaded, read SETTLE_MS after the page loaded (page in front). */
async function settledGap(page: Page): Promise<number> {
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return page.evaluate(() => Math.round((window as any).__ledeE2E.maxGap));
}

const { server, pages } = await startHostileServer();
afterAll(async () => {
  await server.close();
});

describe.each(browsers)('%s: hostile pages cannot reach the extension', (name) => {
  let session: Session;
  const perPage: Record<string, Record<string, unknown>> = {};
  const audits: Record<string, ReturnType<typeof audit>> = {};
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    const beaconHits = server.beacons.length;
    const ext = (session as ChromiumSession | FirefoxSession).extensionRequests();
    const extHttp = ext.filter((r) => /^(https?|wss?|ftp):/i.test(r.url));
    const responsiveness = Object.values(perPage);
    recordFigures(`hostile.${name}`, {
      pagesTried: Object.keys(perPage).length,
      pages: perPage,
      beaconHits,
      beacons: server.beacons.slice(0, 20),
      extensionRequestsHttp: extHttp.length,
      extensionRequestsSeenBy: name === 'chromium' ? 'DevTools: service worker, extension pages, extension scripts in pages' : 'BiDi: extension pages only (not the background page, not extension scripts in pages; the beacon server covers those)',
      auditedViews: Object.keys(audits).length,
      unsafeLinksOrElements: Object.values(audits).reduce((n, a) => n + a.bad.length, 0),
      longestTaskBeforeSaveMs: name === 'chromium' ? Math.max(0, ...responsiveness.map((p) => Number(p.longestTaskBeforeSaveMs ?? 0))) : 'not measurable (no longtask entries in Firefox)',
      largestHeartbeatGapBeforeSaveMs: Math.max(0, ...responsiveness.map((p) => Number(p.heartbeatGapBeforeSaveMs ?? 0))),
      // the same page with Lede on and with Lede off for the site (content script returns at once)
      largestHeartbeatGapLedeOnMs: Math.max(0, ...responsiveness.map((p) => Number(p.heartbeatGapLedeOnMs ?? 0))),
      largestHeartbeatGapLedeOffMs: Math.max(0, ...responsiveness.map((p) => Number(p.heartbeatGapLedeOffMs ?? 0))),
      longestLedeTaskReadingMs: name === 'chromium' ? Math.max(0, ...responsiveness.map((p) => Number(p.longestLedeTaskReadingMs ?? 0))) : 'not measurable (no trace in Firefox)',
      longestLedeTaskSavingMs: name === 'chromium' ? Math.max(0, ...responsiveness.map((p) => Number(p.longestLedeTaskSavingMs ?? 0))) : 'not measurable (no trace in Firefox)',
      longestLedeTaskReadingCpuMs: name === 'chromium' ? Math.max(0, ...responsiveness.map((p) => Number(p.longestLedeTaskReadingCpuMs ?? 0))) : 'not measurable (no trace in Firefox)',
      longestLedeTaskSavingCpuMs: name === 'chromium' ? Math.max(0, ...responsiveness.map((p) => Number(p.longestLedeTaskSavingCpuMs ?? 0))) : 'not measurable (no trace in Firefox)',
      largestContentScriptExtraMs: Math.max(0, ...responsiveness.map((p) => Number(p.heartbeatGapLedeOnMs ?? 0) - Number(p.heartbeatGapLedeOffMs ?? 0))),
    });
    await session?.close();
  });

  async function auditView(label: string, page: Page) {
    const a = await page.evaluate(audit, session.extensionOrigin);
    audits[label] = a;
    expect(a.bad, `${label}: unsafe links or elements`).toEqual([]);
    expect(a.missingRel, `${label}: http(s) links without rel="noopener noreferrer"`).toEqual([]);
    return a;
  }

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (pageName, hp) => {
    const figures: Record<string, unknown> = { tries: hp.tries, bytes: hp.html.length };
    perPage[pageName] = figures;
    const beaconsBefore = server.beacons.length;
    // Chromium: a DevTools trace from navigation through the save names the extension's own tasks.
    const page = await session.newPage(name === 'chromium' ? 'about:blank' : `${server.url}/h/${pageName}.html`);
    const trace = name === 'chromium' ? await traceExtensionTasks(page, session.extensionOrigin, server.url) : null;
    const t0 = Date.now();
    if (trace) await page.goto(`${server.url}/h/${pageName}.html`);
    figures.loadMs = Date.now() - t0;
    // The page alone in front while the content script reads it (compared below with Lede off).
    figures.heartbeatGapLedeOnMs = await settledGap(page);
    const tabId = await page.tabId();

    const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
    // the page in front while Lede works on it: background tabs' timers are throttled (≥ 1 s gaps)
    await page.bringToFront();
    const shown = await panel.waitFor<string>(
      () => (document.querySelector('.brief-title') ? 'brief' : document.querySelector('.notice') ? 'not an article' : ''),
      45_000,
    );
    figures.panel = shown;
    if (pageName === 'rewrites-itself') {
      // while the page churns (every 5 ms), count the briefs the content script sends
      const seen = new Set<number>();
      const until = Date.now() + 6000;
      while (Date.now() < until) {
        for (const v of await panel.evaluate(lastSeen, `/h/${pageName}.html`)) seen.add(v);
        await new Promise((r) => setTimeout(r, 100));
      }
      figures.briefsWhileChurning6s = seen.size;
      expect(seen.size).toBeGreaterThanOrEqual(1);
      expect(seen.size).toBeLessThanOrEqual(3);
      expect(await page.evaluate(() => Number(document.getElementById('churn')?.textContent?.match(/tick (\d+)/)?.[1] ?? 0))).toBeGreaterThan(10); // it kept rewriting itself (background tabs are throttled)
    }

    // Responsiveness until now: the content script's work on this page.
    await new Promise((r) => setTimeout(r, 300));
    const before = await page.evaluate(() => {
      const s = (window as any).__ledeE2E;
      s.measuring = false;
      const tasks = (s.longtasks as [number, number][]).filter(([start]) => start >= s.dcl);
      return { supported: s.longtaskSupported, tasks, maxGap: Math.round(s.maxGap), beats: s.beats, dcl: Math.round(s.dcl) };
    });
    figures.longestTaskBeforeSaveMs = before.supported ? Math.max(0, ...before.tasks.map((t: [number, number]) => t[1])) : null;
    figures.longTasksBeforeSave = before.supported ? before.tasks.length : null;
    figures.heartbeatGapBeforeSaveMs = before.maxGap;
    await auditView(`${pageName}: side panel`, panel);

    // Save it (offline copy), then read the copy.
    await page.evaluate(() => {
      const s = (window as any).__ledeE2E;
      s.maxGap = 0;
      s.measuring = true;
      s.saveStart = performance.now();
    });
    await panel.bringToFront();
    await panel.click('button', 'Save for later');
    await page.bringToFront();
    const saved = await panel.waitFor<string>(
      () => (document.querySelector('button[aria-pressed="true"]') ? 'saved' : document.querySelector('[role="alert"]')?.textContent ?? ''),
      45_000,
    );
    figures.save = saved;
    await new Promise((r) => setTimeout(r, 300)); // long-task entries are delivered asynchronously
    const during = await page.evaluate(() => {
      const s = (window as any).__ledeE2E;
      const tasks = (s.longtasks as [number, number][]).filter(([start]) => start >= s.saveStart);
      return { tasks, maxGap: Math.round(s.maxGap) };
    });
    figures.longestTaskDuringSaveMs = Math.max(0, ...during.tasks.map((t: [number, number]) => t[1]));
    figures.heartbeatGapDuringSaveMs = during.maxGap;
    if (trace) {
      const tasks = await trace.stop();
      const saving = tasks.filter((t) => t.scripts.includes('snapshot.js'));
      const reading = tasks.filter((t) => !t.scripts.includes('snapshot.js'));
      // the content script and /analyze.js while the reader reads; /snapshot.js while it saves
      figures.ledeTasksReading = reading.length;
      figures.longestLedeTaskReadingMs = Math.round(reading[0]?.ms ?? 0);
      figures.longestLedeTaskReadingRan = reading[0]?.scripts.join('+') ?? null;
      figures.longestLedeTaskSavingMs = Math.round(saving[0]?.ms ?? 0);
      // CPU time: on a loaded machine a task's wall time includes waiting for a core
      figures.longestLedeTaskReadingCpuMs = Math.round(Math.max(0, ...reading.map((t) => t.cpuMs)));
      figures.longestLedeTaskSavingCpuMs = Math.round(Math.max(0, ...saving.map((t) => t.cpuMs)));
      expect(reading.length, 'the trace saw the content script run').toBeGreaterThan(0);
    }
    expect(saved).toBe('saved');
    const rows = await panel.evaluate(idbArticles, `/h/${pageName}.html`);
    expect(rows).toHaveLength(1);
    await panel.bringToFront();
    const reader = await session.extensionPage(`reader.html?id=${rows[0].id}`);
    await reader.waitFor(() => document.body.innerText.length > 0 && !/Loading/i.test(document.body.innerText.slice(0, 40)), 15_000);
    await new Promise((r) => setTimeout(r, 300));
    figures.reader = (await auditView(`${pageName}: reader`, reader)).textLength;

    const popup = await session.extensionPage('popup.html');
    await popup.waitFor(() => document.body.innerText.includes("This week's headlines"), 10_000);
    await auditView(`${pageName}: popup`, popup);

    // The page is still alive and answers.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    const newBeacons = server.beacons.slice(beaconsBefore);
    figures.beaconHits = newBeacons.length;
    expect(newBeacons).toEqual([]);

    await reader.close();
    await popup.close();
    await panel.close();
    await page.close();
  });

  it('control: the same pages with Lede turned off for the site (what the page costs by itself)', async () => {
    const host = new URL(server.url).hostname;
    await session.inExtension(async (h: string) => {
      const g = globalThis as any;
      await (g.browser ?? g.chrome).storage.local.set({ disabledSites: [h] });
    }, host);
    try {
      for (const hp of pages) {
        const page = await session.newPage(`${server.url}/h/${hp.name}.html`);
        if (perPage[hp.name]) perPage[hp.name].heartbeatGapLedeOffMs = await settledGap(page);
        await page.close();
      }
    } finally {
      await session.inExtension(async () => {
        const g = globalThis as any;
        await (g.browser ?? g.chrome).storage.local.remove('disabledSites');
      });
    }
  });

  it('the reading list of all the hostile pages is safe too, and nothing left the extension', async () => {
    const list = await session.extensionPage('sidepanel.html');
    await list.click('tab', 'Reading list');
    await list.click('button', 'All');
    await list.waitFor(() => document.querySelectorAll('article').length >= 1, 15_000);
    await auditView('reading list', list);
    await list.fill('searchbox', 'Search saved articles', 'onerror');
    await new Promise((r) => setTimeout(r, 500));
    await auditView('reading list search', list);
    expect(server.beacons).toEqual([]);
    {
      const ext = (session as ChromiumSession | FirefoxSession).extensionRequests();
      expect(ext.filter((r) => /^(https?|wss?|ftp):/i.test(r.url)).map((r) => `${r.context} ${r.url}`)).toEqual([]);
    }
    // the server saw the test's own page loads and nothing else
    expect(server.hits.filter((h) => !/^\/h\/[\w-]+\.html$/.test(h))).toEqual([]);
  });
});
