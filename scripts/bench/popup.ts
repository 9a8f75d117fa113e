/**
 * The popup's first render with a year of headlines stored (52 weeks × 40 headlines, plus 600 saved
 * articles). Target: ≤ 50 ms.
 *   tsx scripts/bench/popup.ts [runs] [--no-browser]
 *
 * 1. Real browsers (when the extension is built and the browsers are there): the built extension in
 *    headless Chromium and Firefox (the e2e harness), its IndexedDB seeded with the year, then
 *    popup.html opened `runs` times; each figure is the page's own clock, from navigation start to
 *    the mark the popup sets once the week's list is in the DOM (`lede:headlines-rendered`), and to
 *    first contentful paint. Also from the popup's own marks: its first module runs and starts the
 *    plain IndexedDB read (`lede:popup-entry`), that read is done (`lede:popup-first-read`), and
 *    React is loaded and its render starts (`lede:popup-start`). The list is first painted as plain
 *    DOM when the read is done (entrypoints/popup/first-paint.ts), or by React if it loaded first.
 *    The popup is opened as a tab (the harness cannot open the real popup window), which loads the same page.
 * 2. Node: React rendering <Popup/> in jsdom over fake-indexeddb (an in-memory IndexedDB), from
 *    the render call (database connection included) to the 40 items in the DOM. Same code path,
 *    different engine: an indication, not the browser's number.
 * Median and p95 of `runs` runs (default 15).
 */
import 'fake-indexeddb/auto';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { openDb, type ArticleRow, type HeadlineRow } from '../../lib/db/schema';
import { headlineKey } from '../../lib/db/headlines';
import { shiftWeek, weekKey, weekRange } from '../../lib/weeks';

const WEEKS = 52;
const PER_WEEK = 40;
const ARTICLES = 600;
const TARGET_MS = 50;
const DB_NAME = 'lede';

interface Seed {
  headlines: HeadlineRow[];
  articles: Omit<ArticleRow, 'id'>[];
}

/** A year of rows, the current week last. */
export function yearOfRows(now = Date.now()): Seed {
  const headlines: HeadlineRow[] = [];
  const articles: Omit<ArticleRow, 'id'>[] = [];
  const current = weekKey(now);
  const sites = ['speka.info', 'inference.example', 'signalfire.news', 'ai-weekly.example', 'lab-notes.example'];
  for (let w = 0; w < WEEKS; w++) {
    const week = shiftWeek(current, -w);
    const { start } = weekRange(week);
    for (let i = 0; i < PER_WEEK; i++) {
      const title = `Week ${week} headline ${i}: open model ${i % 7} tops benchmark, prices cut at lab ${i % 5}`;
      const titleKey = headlineKey(title);
      const seen = Math.min(now, start + i * 3_600_000);
      headlines.push({
        id: `${week}|${titleKey}`, week, titleKey, title, url: i % 3 ? `https://${sites[i % 5]}/news/${week}/${i}` : null,
        sites: [sites[i % 5], sites[(i + 2) % 5]].slice(0, 1 + (i % 2)), count: 1 + (i % 4), firstSeenAt: seen, lastSeenAt: seen,
      });
    }
  }
  for (let i = 0; i < ARTICLES; i++) {
    const savedAt = now - i * 14 * 3_600_000;
    articles.push({
      key: `https://news.example/${i}`, url: `https://news.example/${i}`, title: `Saved article ${i}`, siteName: 'News', byline: null,
      publishedAt: null, lang: 'en', tldr: `TL;DR of article ${i}. `.repeat(4), tldrOrigin: 'page', takeaways: ['One', 'Two', 'Three'],
      takeawaysOrigin: 'page', sources: [], wordCount: 900, savedAt, status: 'unread', archived: 0, readAt: null, progress: 0, tags: ['ai'],
      pending: false, updatedAt: savedAt,
    });
  }
  return { headlines, articles };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const ok = (x: number | undefined) => (x !== undefined && x <= TARGET_MS ? 'yes' : 'NO');

async function benchJsdom(runs: number): Promise<string[]> {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', { url: 'chrome-extension://lede/popup.html', pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  for (const k of ['window', 'document', 'HTMLElement', 'Node', 'MutationObserver', 'Element', 'HTMLDetailsElement', 'Event']) g[k] = (dom.window as unknown as Record<string, unknown>)[k];
  Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
  // the extension API the popup touches on mount
  g.chrome = { runtime: { id: 'bench' }, tabs: { query: async () => [{ id: 1, windowId: 1, url: 'https://news.example/1' }] } };
  const { createRoot } = await import('react-dom/client');
  const { createElement } = await import('react');
  const { Popup } = await import('../../entrypoints/popup/Popup');

  const name = `lede-bench-popup-${Date.now()}`;
  const seedDb = openDb(name);
  const seed = yearOfRows();
  await seedDb.headlines.bulkPut(seed.headlines);
  await seedDb.articles.bulkAdd(seed.articles as ArticleRow[]);
  seedDb.close();

  const times: number[] = [];
  const shell: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const host = document.createElement('div');
    document.body.append(host);
    const t0 = performance.now();
    const db = openDb(name); // each popup opens its own connection (Dexie: loaded after the first render)
    const root = createRoot(host);
    await new Promise<void>((resolve) => {
      const done = () => host.querySelectorAll('ul[aria-labelledby] > li').length >= PER_WEEK;
      let first = true;
      const mo = new MutationObserver(() => {
        if (first) shell.push(performance.now() - t0), (first = false);
        if (done()) mo.disconnect(), resolve();
      });
      mo.observe(host, { childList: true, subtree: true });
      root.render(createElement(Popup, { db }));
    });
    if (i >= 2) times.push(performance.now() - t0); // two warm-up runs (module JIT)
    root.unmount();
    host.remove();
    db.close();
  }
  shell.splice(0, 2);
  return [`| Node: jsdom + fake-indexeddb, render → first commit (the popup's shell) | ${fmt(median(shell))} | ${fmt(p95(shell))} | |`, `| Node: jsdom + fake-indexeddb, render → 40 items in the DOM | ${fmt(median(times))} | ${fmt(p95(times))} | (indication only) |`];
}

async function benchBrowser(name: 'chromium' | 'firefox', runs: number): Promise<string[]> {
  const { extensionBuilt, launchLede } = await import('../../tests/e2e/harness');
  if (!extensionBuilt(name)) return [`| ${name}: extension not built (npx wxt build${name === 'firefox' ? ' -b firefox' : ''}) | | | |`];
  const session = await launchLede(name);
  try {
    const seed = yearOfRows();
    const first = await session.extensionPage('popup.html'); // creates the database
    await first.waitFor(`performance.getEntriesByName('lede:headlines-rendered').length > 0`, 20_000);
    const put = await first.evaluate(
      (dbName: string, headlines: unknown[], articles: unknown[]) =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open(dbName);
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const idb = req.result;
            const tx = idb.transaction(['headlines', 'articles'], 'readwrite');
            for (const h of headlines) tx.objectStore('headlines').put(h);
            for (const a of articles) tx.objectStore('articles').put(a);
            tx.oncomplete = () => {
              idb.close();
              resolve(headlines.length);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      DB_NAME,
      seed.headlines,
      seed.articles,
    );
    await first.close();
    const rendered: number[] = [];
    const fcp: number[] = [];
    const own: number[] = [];
    const starts: number[] = [];
    const entries: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await session.extensionPage('popup.html');
      const r = (await page.waitFor(
        `(() => { const m = performance.getEntriesByName('lede:headlines-rendered')[0]; const n = document.querySelectorAll('ul[aria-labelledby] > li').length;
          const p = performance.getEntriesByName('first-contentful-paint')[0];
          const s = performance.getEntriesByName('lede:popup-start')[0];
          const e = performance.getEntriesByName('lede:popup-entry')[0];
          const f = performance.getEntriesByName('lede:popup-first-read')[0];
          return m && n >= ${PER_WEEK} ? { mark: m.startTime, start: s ? s.startTime : null, entry: e ? e.startTime : null, read: f ? f.startTime : null, n, fcp: p ? p.startTime : null } : false; })()`,
        20_000,
      )) as { mark: number; start: number | null; entry: number | null; read: number | null; n: number; fcp: number | null };
      if (i >= 1) {
        rendered.push(r.mark);
        if (r.entry !== null) own.push(r.mark - r.entry);
        if (r.start !== null) starts.push(r.start);
        if (r.entry !== null) entries.push(r.entry);
        if (r.read !== null) reads.push(r.read);
        if (r.fcp !== null) fcp.push(r.fcp);
      }
      await page.close();
    }
    return [
      `| ${name}: navigation start → list populated (${put} rows stored) | ${fmt(median(rendered))} | ${fmt(p95(rendered))} | ${ok(median(rendered))} |`,
      `| ${name}: popup's first module runs → list populated (database read + first paint) | ${fmt(own.length ? median(own) : undefined)} | ${fmt(own.length ? p95(own) : undefined)} | ${ok(own.length ? median(own) : undefined)} |`,
      `| ${name}: navigation start → first contentful paint | ${fmt(fcp.length ? median(fcp) : undefined)} | ${fmt(fcp.length ? p95(fcp) : undefined)} | |`,
      ...(entries.length
        ? [
            `| ${name}: navigation start → popup's first module runs (the IndexedDB read starts) | ${fmt(median(entries))} | ${fmt(p95(entries))} | |`,
            `| ${name}: navigation start → that read is done | ${fmt(reads.length ? median(reads) : undefined)} | ${fmt(reads.length ? p95(reads) : undefined)} | |`,
            `| ${name}: navigation start → React loaded, its render replaces the plain first paint | ${fmt(starts.length ? median(starts) : undefined)} | ${fmt(starts.length ? p95(starts) : undefined)} | |`,
          ]
        : []),
    ];
  } finally {
    await session.close();
  }
}

export async function benchPopup(opts: { runs?: number; browsers?: boolean } = {}): Promise<string> {
  const runs = opts.runs ?? 15;
  const lines = [
    `popup — first render with a year stored (${WEEKS} weeks × ${PER_WEEK} headlines = ${WEEKS * PER_WEEK} rows, ${ARTICLES} saved articles); target ≤ ${TARGET_MS} ms; ${runs} runs`,
    '',
    '| measured | median | p95 | median ≤ 50 ms |',
    '| --- | --- | --- | --- |',
  ];
  if (opts.browsers !== false) {
    for (const b of ['chromium', 'firefox'] as const) {
      try {
        lines.push(...(await benchBrowser(b, runs)));
      } catch (e) {
        lines.push(`| ${b}: failed — ${(e as Error).message.split('\n')[0]} | | | |`);
      }
    }
  }
  lines.push(...(await benchJsdom(runs)));
  lines.push('', `(machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}: figures on a busy machine are upper bounds)`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
  benchPopup({ runs, browsers: !args.includes('--no-browser') }).then(
    (s) => {
      console.log(s);
      process.exit(0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
