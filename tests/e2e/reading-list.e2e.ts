/**
 * Save for later, end to end, in real Chromium and real Firefox: save from the side panel's button
 * and the way the context menu saves (see below), restart the browser, search for a word that only
 * the offline copy's body holds, open the reader page, archive, delete and undo.
 *
 * The context menu itself cannot be clicked in a headless browser, and no API dispatches its
 * onClicked event. Its handler (entrypoints/background.ts) calls the same saveTab / saveUrl the
 * 'save-tab' / 'save-url' messages reach, so the test sends those messages from an extension
 * page: everything after the click (snapshot injection, Readability, DOMPurify, the write, the
 * badge) is real. The handler's wiring to those functions is covered with fakeBrowser in
 * tests/background/background.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, extensionBuilt, launchLede, startFixtureServer, type FixtureServer, type Page, type Session } from './harness';

const PAGES = path.resolve('tests/fixtures/pages');
const SEED = 'seed-alibaba-claude-code';
const SEED_TITLE = 'Alibaba Reportedly Bans Claude Code Over Backdoor Fears';
/** In the seed article's body only: not in its title, TL;DR or takeaways. */
const BODY_WORD = 'exfiltrate';
const OTHER = 'wp-graph-funding-ul-takeaways';
const LINKED = 'zh-nextjs-zhaiyao-yaodian';
const LINK_TEXT = 'A link saved from the context menu';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(PAGES);
});
afterAll(async () => {
  await server?.close();
});

/** What "Save page to Lede" / "Save link to Lede" do, sent from an extension page. */
async function sendFromExtension(page: Page, message: Record<string, unknown>): Promise<{ ok: boolean; id?: number; offline?: boolean; error?: string }> {
  return page.evaluate((msg: Record<string, unknown>) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage(msg);
  }, message);
}

async function badge(page: Page, tabId: number): Promise<string> {
  return page.evaluate(
    (id: number) => {
      const g = globalThis as any;
      const action = g.chrome?.action ?? (g.browser ?? g.chrome).browserAction;
      return action.getBadgeText({ tabId: id });
    },
    tabId,
  );
}

/** Waits until the list shows exactly `n` rows, each with its content loaded. */
const rows = (page: Page, n: number) =>
  page.waitFor(
    `(() => { const items = [...document.querySelectorAll('[role="listitem"][aria-posinset]')];
      return items.length === ${n} && items.every((el) => el.querySelector('article')); })()`,
    15_000,
  );

const listText = (page: Page) => page.evaluate(() => (document.querySelector('[role="list"][aria-label="Saved articles"]') as HTMLElement | null)?.innerText ?? '');

describe.each(browsers)('%s: save for later, search, reader, archive, delete + undo', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.runIf(extensionBuilt(name))('works across a restart', async () => {
    // 1. Save from the side panel's button.
    const article = await session.newPage(`${server.url}/${SEED}/page.html`);
    const tabId = await article.tabId();
    const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor(() => document.querySelector('.tldr')?.textContent?.includes('Alibaba'), 20_000);
    expect(await panel.getAttribute('button', 'Save for later', 'aria-pressed')).toBe('false');
    await panel.click('button', 'Save for later');
    await panel.waitFor(() => Boolean(document.querySelector('button[aria-pressed="true"]')), 20_000);
    expect(await badge(panel, tabId)).toBe('✓');

    // 2. What the context menu's "Save page to Lede" and "Save link to Lede" do.
    const other = await session.newPage(`${server.url}/${OTHER}/page.html`);
    const otherTab = await other.tabId();
    const ext = await session.extensionPage('sidepanel.html?view=list');
    const saved = await sendFromExtension(ext, { type: 'save-tab', tabId: otherTab });
    expect(saved).toMatchObject({ ok: true, offline: true });
    const link = await sendFromExtension(ext, { type: 'save-url', url: `${server.url}/${LINKED}/page.html`, title: LINK_TEXT });
    expect(link).toMatchObject({ ok: true, offline: false });
    await ext.waitFor(`document.body.innerText.includes(${JSON.stringify(LINK_TEXT)})`, 15_000);

    // 3. Restart: everything is still there.
    await session.restart();
    const list = await session.extensionPage('sidepanel.html');
    await list.click('tab', 'Reading list');
    await list.waitFor(`document.body.innerText.includes(${JSON.stringify(SEED_TITLE)})`, 20_000);
    expect(await listText(list)).toContain(LINK_TEXT);
    expect(await list.text()).toContain('3 articles');

    // 4. Search for a word only the offline copy holds: one result, highlighted.
    await list.fill('searchbox', 'Search saved articles', BODY_WORD);
    await rows(list, 1);
    expect(await listText(list)).toContain(SEED_TITLE);
    // (typing is key by key: wait for the highlight of the whole word, not of a prefix typed so far)
    await list.waitFor(
      `[...document.querySelectorAll('[role="listitem"] mark')].some((m) => m.textContent.toLowerCase() === ${JSON.stringify(BODY_WORD)})`,
      15_000,
    );

    // 5. The reader page: the brief on top, the body, no media, no network; opening it marks it read.
    const href = await list.evaluate(() => document.querySelector('[role="listitem"] h3 a')?.getAttribute('href'));
    expect(href).toMatch(/\/reader\.html\?id=\d+$/);
    const before = server.requests.length;
    const reader = await session.extensionPage(href!.replace(/^.*\//, ''));
    await reader.waitFor(`document.querySelector('h1')?.textContent === ${JSON.stringify(SEED_TITLE)}`, 15_000);
    expect(await reader.hasRole('heading', 'TL;DR')).toBe(true);
    expect(await reader.hasRole('heading', 'Key takeaways')).toBe(true);
    expect(await reader.text()).toContain(BODY_WORD);
    expect(await reader.getAttribute('link', /^Read the original on/, 'rel')).toBe('noopener noreferrer');
    expect(await reader.evaluate(() => document.querySelectorAll('script:not([src]), img, iframe, video, picture').length)).toBe(0);
    expect(server.requests.length).toBe(before);

    // Back in the list: read now, so it left "Unread"; "All" has it.
    await list.bringToFront();
    await list.waitFor(() => document.body.innerText.includes('No saved article matches'), 15_000);
    await list.click('button', 'All');
    await rows(list, 1);
    expect(await listText(list)).toContain('Read');

    // 6. Archive: it moves to "Archived".
    await list.click('button', 'Archive');
    await list.click('button', 'Archived');
    await list.waitFor(() => document.querySelector('[role="list"]')?.textContent?.includes('Unarchive'), 15_000);
    expect(await listText(list)).toContain(SEED_TITLE);

    // 7. Delete, then undo.
    await list.click('button', 'Delete');
    await list.waitFor(() => document.body.innerText.includes('Deleted “'), 15_000);
    expect(await list.hasRole('button', 'Undo')).toBe(true);
    await list.waitFor(() => !document.querySelector('[role="listitem"][aria-posinset]'), 15_000);
    await list.click('button', 'Undo');
    await rows(list, 1);
    expect(await listText(list)).toContain(SEED_TITLE);

    // 8. The link saved without opening it fills its brief the first time it is opened.
    await list.click('searchbox', 'Search saved articles');
    await list.press('Escape');
    await list.click('button', 'Unread');
    await session.newPage(`${server.url}/${LINKED}/page.html`);
    await list.bringToFront();
    await list.waitFor(`!document.body.innerText.includes(${JSON.stringify(LINK_TEXT)})`, 20_000);

    // The fixture pages' own missing assets are not Lede's; errors in Lede's pages or background are.
    const ours = session.consoleErrors().filter((e) => e.startsWith('[background]') || e.includes(session.extensionOrigin));
    expect(ours).toEqual([]);
  });
});
