/**
 * Every message is validated, in real Chromium and Firefox: from an extension page, a battery of
 * malformed (wrong types, missing fields, unknown types, null, arrays, strings, numbers), oversized
 * (huge arrays, 1 MB strings, everything just over LIMITS) and forged messages (a page-brief from an
 * extension page — the wrong sender —, javascript:/data: URLs, ids of tabs that do not exist) goes to
 * the background through `runtime.sendMessage`. Every answer must be `{ ok: false, … }` (or the
 * browser itself refuses to send it), the database must be byte-for-byte what it was, and the
 * background must still do its work afterwards: a real article gets its brief in the side panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, launchLede, startFixtureServer, type FixtureServer, type Session } from './harness';
import { recordFigures } from './harness/figures';
import { idbCounts, idbDump } from './harness/idb';

/**
 * Runs in the extension page: builds the battery there (no megabytes through the test protocol),
 * sends each message, and returns one line per message: its name and what came back.
 */
async function sendBattery(): Promise<{ name: string; answer: unknown; thrown: string | null }[]> {
  const g = globalThis as any;
  const rt = (g.browser ?? g.chrome).runtime;
  const brief = (over: Record<string, unknown> = {}) => ({
    isArticle: true,
    reasons: ['JSON-LD NewsArticle'],
    url: 'https://news.example.com/2026/07/forged',
    lang: 'en',
    title: 'Forged brief',
    siteName: 'Example',
    byline: null,
    publishedAt: '2026-07-03T09:00:00.000Z',
    tldr: 'A forged TL;DR.',
    tldrOrigin: 'page',
    takeaways: ['One.'],
    takeawaysOrigin: 'page',
    sources: [{ url: 'https://a.example/x', title: 'A' }],
    ticker: [{ title: 'Forged headline', url: null }],
    wordCount: 100,
    ...over,
  });
  const MB = 'x'.repeat(1024 * 1024);
  const battery: [string, unknown][] = [
    // malformed: not even an object
    ['null', null],
    ['a string', 'page-brief'],
    ['a number', 42],
    ['true', true],
    ['an empty array', []],
    ['an array of a message', [{ type: 'save-tab', tabId: 1 }]],
    ['an empty object', {}],
    // malformed: unknown or wrongly typed `type`
    ['unknown type', { type: 'wipe-database' }],
    ['type is a number', { type: 1 }],
    ['type is null', { type: null }],
    ['type in upper case', { type: 'SAVE-TAB', tabId: 1 }],
    ['type with a space', { type: 'save-tab ', tabId: 1 }],
    ['__proto__ type', JSON.parse('{"__proto__": {"type": "save-tab"}, "tabId": 1}')],
    // malformed: save-tab
    ['save-tab without tabId', { type: 'save-tab' }],
    ['save-tab tabId string', { type: 'save-tab', tabId: '7' }],
    ['save-tab tabId negative', { type: 'save-tab', tabId: -1 }],
    ['save-tab tabId fractional', { type: 'save-tab', tabId: 1.5 }],
    ['save-tab tabId NaN→null', { type: 'save-tab', tabId: NaN }],
    ['save-tab tags not an array', { type: 'save-tab', tabId: 1, tags: 'ai' }],
    ['save-tab tags of numbers', { type: 'save-tab', tabId: 1, tags: [1, 2] }],
    // malformed: save-url
    ['save-url without url', { type: 'save-url' }],
    ['save-url url number', { type: 'save-url', url: 123 }],
    ['save-url javascript:', { type: 'save-url', url: 'javascript:alert(1)' }],
    ['save-url data:', { type: 'save-url', url: 'data:text/html,<script>alert(1)</script>' }],
    ['save-url vbscript:', { type: 'save-url', url: 'vbscript:msgbox(1)' }],
    ['save-url file:', { type: 'save-url', url: 'file:///etc/passwd' }],
    ['save-url chrome:', { type: 'save-url', url: 'chrome://settings' }],
    ['save-url not a URL', { type: 'save-url', url: 'not a url' }],
    ['save-url title number', { type: 'save-url', url: 'https://a.example/t', title: 5 }],
    // malformed: tab-text
    ['tab-text without tabId', { type: 'tab-text' }],
    ['tab-text tabId object', { type: 'tab-text', tabId: { id: 1 } }],
    // malformed: page-brief
    ['page-brief without brief', { type: 'page-brief' }],
    ['page-brief brief null', { type: 'page-brief', brief: null }],
    ['page-brief brief array', { type: 'page-brief', brief: [brief()] }],
    ['page-brief isArticle string', { type: 'page-brief', brief: brief({ isArticle: 'yes' }) }],
    ['page-brief title missing', { type: 'page-brief', brief: brief({ title: undefined }) }],
    ['page-brief wordCount -1', { type: 'page-brief', brief: brief({ wordCount: -1 }) }],
    ['page-brief wordCount Infinity→null', { type: 'page-brief', brief: brief({ wordCount: Infinity }) }],
    ['page-brief bad date', { type: 'page-brief', brief: brief({ publishedAt: 'yesterday' }) }],
    ['page-brief bad origin', { type: 'page-brief', brief: brief({ tldrOrigin: 'trusted' }) }],
    ['page-brief javascript: url', { type: 'page-brief', brief: brief({ url: 'javascript:alert(1)' }) }],
    ['page-brief javascript: source', { type: 'page-brief', brief: brief({ sources: [{ url: 'javascript:alert(1)', title: 'x' }] }) }],
    ['page-brief data: source', { type: 'page-brief', brief: brief({ sources: [{ url: 'data:text/html,x', title: 'x' }] }) }],
    ['page-brief javascript: ticker', { type: 'page-brief', brief: brief({ ticker: [{ title: 'x', url: 'javascript:alert(1)' }] }) }],
    ['page-brief empty ticker title', { type: 'page-brief', brief: brief({ ticker: [{ title: '  ', url: null }] }) }],
    ['page-brief takeaways of objects', { type: 'page-brief', brief: brief({ takeaways: [{ text: 'x' }] }) }],
    // oversized
    ['1 MB title', { type: 'page-brief', brief: brief({ title: MB }) }],
    ['1 MB url', { type: 'save-url', url: `https://a.example/${MB}` }],
    ['1 MB tag', { type: 'save-tab', tabId: 1, tags: [MB] }],
    ['1 MB unknown field', { type: 'save-tab', tabId: 1, junk: MB }],
    ['100,000 sources', { type: 'page-brief', brief: brief({ sources: Array.from({ length: 100_000 }, (_, i) => ({ url: `https://a.example/${i}`, title: 't' })) }) }],
    ['100,000 tags', { type: 'save-tab', tabId: 1, tags: Array.from({ length: 100_000 }, (_, i) => `t${i}`) }],
    ['title LIMITS+1 (1,001)', { type: 'page-brief', brief: brief({ title: 'x'.repeat(1001) }) }],
    ['tldr LIMITS+1 (10,001)', { type: 'page-brief', brief: brief({ tldr: 'x'.repeat(10_001) }) }],
    ['url LIMITS+1 (4,097)', { type: 'save-url', url: `https://a.example/${'p'.repeat(4097 - 'https://a.example/'.length)}` }],
    ['21 reasons', { type: 'page-brief', brief: brief({ reasons: Array.from({ length: 21 }, () => 'r') }) }],
    ['21 takeaways', { type: 'page-brief', brief: brief({ takeaways: Array.from({ length: 21 }, () => 't') }) }],
    ['301 sources', { type: 'page-brief', brief: brief({ sources: Array.from({ length: 301 }, (_, i) => ({ url: `https://a.example/${i}`, title: 't' })) }) }],
    ['61 ticker items', { type: 'page-brief', brief: brief({ ticker: Array.from({ length: 61 }, (_, i) => ({ title: `h${i}`, url: null })) }) }],
    ['51 tags', { type: 'save-tab', tabId: 1, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
    ['tag LIMITS+1 (101)', { type: 'save-tab', tabId: 1, tags: ['x'.repeat(101)] }],
    ['lang of 36 chars', { type: 'page-brief', brief: brief({ lang: 'x'.repeat(36) }) }],
    ['whole message over 512 KB', { type: 'save-tab', tabId: 1, pad: 'x'.repeat(600 * 1024) }],
    ['deeply nested', { type: 'page-brief', brief: JSON.parse('{"a":'.repeat(2000) + '1' + '}'.repeat(2000)) }],
    // forged: well-formed, wrong sender or no such thing
    ['page-brief from an extension page (wrong sender)', { type: 'page-brief', brief: brief() }],
    ['page-brief non-article from an extension page', { type: 'page-brief', brief: brief({ isArticle: false }) }],
    ['save-tab of a tab that does not exist', { type: 'save-tab', tabId: 987654 }],
    ['tab-text of a tab that does not exist', { type: 'tab-text', tabId: 987654 }],
    ['save-tab of this extension page itself', { type: 'save-tab', tabId: -0 }],
  ];
  const out: { name: string; answer: unknown; thrown: string | null }[] = [];
  for (const [name, msg] of battery) {
    try {
      const answer = await rt.sendMessage(msg);
      out.push({ name, answer: answer === undefined ? '(undefined)' : answer, thrown: null });
    } catch (e) {
      out.push({ name, answer: null, thrown: String((e as Error)?.message ?? e).slice(0, 200) });
    }
  }
  return out;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(path.resolve('tests/e2e/pages'));
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)('%s: messages are validated', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('malformed, oversized and forged messages are refused, store nothing, and the background keeps working', async () => {
    // Something stored first, so "nothing changed" compares real rows, not an empty database.
    const first = await session.newPage(`${server.url}/slice-article.html`);
    const firstTab = await first.tabId();
    const panel0 = await session.extensionPage(`sidepanel.html?tab=${firstTab}`);
    await panel0.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    await panel0.close();
    await first.close();

    const page = await session.extensionPage('options.html');
    await new Promise((r) => setTimeout(r, 500)); // let the tab close settle (tabs row removed)
    const before = await page.evaluate(idbDump);
    const countsBefore = await page.evaluate(idbCounts);
    const results = await page.evaluate<Awaited<ReturnType<typeof sendBattery>>>(sendBattery);

    const accepted = results.filter((r) => r.thrown === null && !(typeof r.answer === 'object' && r.answer && (r.answer as any).ok === false));
    const refusedByBrowser = results.filter((r) => r.thrown !== null);
    await new Promise((r) => setTimeout(r, 500));
    const after = await page.evaluate(idbDump);
    const countsAfter = await page.evaluate(idbCounts);
    // Can a web page talk to Lede's background at all? (no externally_connectable: it must not)
    const web = await session.newPage(`${server.url}/slice-article.html`);
    const webCanSend = await web.evaluate(() => {
      const g = globalThis as any;
      return Boolean(g.chrome?.runtime?.sendMessage || g.browser?.runtime?.sendMessage);
    });
    await web.close();

    // The background still works: a new article tab gets its brief.
    const article = await session.newPage(`${server.url}/no-tldr-article.html`);
    const tabId = await article.tabId();
    const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor(() => Boolean(document.querySelector('.brief-title')), 20_000);
    const bgErrors = session.consoleErrors().filter((l) => l.startsWith('[background]'));

    recordFigures(`messages.${name}`, {
      sent: results.length,
      answeredOkFalse: results.length - accepted.length - refusedByBrowser.length,
      refusedByTheBrowser: refusedByBrowser.map((r) => `${r.name}: ${r.thrown}`),
      accepted: accepted.map((r) => r.name),
      rowsBefore: countsBefore,
      rowsAfter: countsAfter,
      databaseUnchanged: before === after,
      webPageCanSend: webCanSend,
      backgroundErrors: bgErrors,
      backgroundWorksAfter: true,
    });

    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(accepted.map((r) => `${r.name} → ${JSON.stringify(r.answer)}`)).toEqual([]);
    expect(after).toBe(before);
    expect(webCanSend).toBe(false);
    if (name === 'chromium') expect(bgErrors).toEqual([]);
  });
});
