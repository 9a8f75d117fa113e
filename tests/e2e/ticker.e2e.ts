/**
 * This week's headlines, end to end in real Chromium and Firefox: two news pages whose "This Week
 * in AI" strips overlap are visited; the content script reports each strip (twice: its idle pass
 * and its settle pass), the background records them; popup.html lists the union, each headline
 * once, with how many page visits showed it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, extensionBuilt, launchLede, startFixtureServer, type FixtureServer, type Session } from './harness';

const PAGES = path.resolve('tests/e2e/pages');
const A_ONLY = ['New open-weight model tops coding benchmarks', 'GitHub trending: local-first agent runtime'];
const B_ONLY = ['Perplexity ships new answer engine features', 'Terminal LLM clients gain developer mindshare'];
// on both pages (page B writes one of them in title case: still one headline)
const BOTH = ['Claude Skills hit general availability', 'API prices cut across two frontier labs', 'Prompt caching becomes default best practice'];
const UNION = [...BOTH, ...A_ONLY, ...B_ONLY];
const LIST = "This week's headlines";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(PAGES);
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)('%s: this week’s headlines in the popup', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.runIf(extensionBuilt(name))('visiting two pages with overlapping tickers lists their union, once each', async () => {
    const a = await session.newPage(`${server.url}/ticker-a.html`);
    await session.newPage(`${server.url}/ticker-b.html`);

    const popup = await session.extensionPage('popup.html');
    // the list and its heading appear together, painted from the first read (no separate loading state)
    await popup.waitFor(`[...document.querySelectorAll('h2')].some((h) => h.textContent === ${JSON.stringify(LIST)})`, 5_000);
    expect(await popup.hasRole('heading', LIST)).toBe(true);
    const readItems = `(() => {
      const h = [...document.querySelectorAll('h2')].find((x) => x.textContent === ${JSON.stringify(LIST)});
      const ul = h && document.querySelector('ul[aria-labelledby="' + h.id + '"]');
      return ul ? [...ul.querySelectorAll(':scope > li')].map((li) => li.innerText) : [];
    })()`;
    await popup.waitFor(`${readItems}.length >= ${UNION.length} && ${readItems}.filter((t) => /seen 2 times/.test(t)).length >= ${BOTH.length}`, 20_000);

    // page A reports its strip again (a reload within the same half hour): still one visit
    const lastSeen = `new Promise((resolve, reject) => { const r = indexedDB.open('lede'); r.onerror = () => reject(r.error);
      r.onsuccess = () => { const q = r.result.transaction('headlines').objectStore('headlines').getAll();
        q.onsuccess = () => { r.result.close(); resolve(Math.max(...q.result.filter((h) => /local-first agent runtime/.test(h.title)).map((h) => h.lastSeenAt))); }; }; })`;
    const before = (await popup.evaluate(lastSeen)) as number;
    await a.goto(`${server.url}/ticker-a.html`);
    await popup.waitFor(`${lastSeen}.then((t) => t > ${before})`, 15_000); // the reload's report arrived
    await new Promise((r) => setTimeout(r, 500));
    await popup.bringToFront();
    const items = (await popup.evaluate(readItems)) as string[];
    expect(items).toHaveLength(UNION.length);
    for (const title of UNION) {
      const hits = items.filter((t) => t.toLowerCase().includes(title.toLowerCase()));
      expect(hits, title).toHaveLength(1);
      expect(hits[0], title).toMatch(BOTH.includes(title) ? /seen 2 times/ : /seen once/);
    }
    // the list is found by its accessible name, like a screen reader would
    expect(await popup.hasRole('list', LIST)).toBe(true);
    // headlines page A linked open in a new tab, safely
    const link = await popup.evaluate(() => {
      const a = [...document.querySelectorAll('a')].find((x) => x.textContent?.startsWith('New open-weight model tops coding benchmarks'));
      return a ? { href: a.getAttribute('href'), target: a.target, rel: a.rel } : null;
    });
    expect(link).toEqual({ href: `${server.url}/news/open-weight-coder-tops-benchmarks`, target: '_blank', rel: 'noopener noreferrer' });
  });
});
