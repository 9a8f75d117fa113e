// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { LedeDB } from '@/lib/db/schema';
import { briefForTab } from '@/lib/db/briefs';
import { makeBrief } from '../support/make-brief';
import { deliver, EXT_ORIGIN, freshDb, stubMissingApis } from '../support/background';

// Readability and DOMPurify run outside the page (Chrome's offscreen document, Firefox's background
// page): tested in tests/lib/read-html.test.ts and end to end; here, what the background does with them.
const readOffPage = vi.hoisted(() => vi.fn(async (_job: { kind: string; html: string; url: string }): Promise<unknown> => null));
vi.mock('@/lib/background/read-off-page', () => ({ readOffPage }));

const PAGE = 'https://news.example.com/2026/07/alibaba-claude-code';
const fromPage = (tabId = 7) => ({ id: fakeBrowser.runtime.id, url: PAGE, tab: { id: tabId, url: PAGE }, frameId: 0 });
const fromPanel = () => ({ id: fakeBrowser.runtime.id, url: `${EXT_ORIGIN}/sidepanel.html` });

let db: LedeDB;
let stubs: ReturnType<typeof stubMissingApis>;

beforeEach(async () => {
  fakeBrowser.reset();
  stubs = stubMissingApis();
  readOffPage.mockReset();
  readOffPage.mockResolvedValue(null);
  db = freshDb();
  background.main();
});

describe('background: page briefs', () => {
  it('stores the brief a content script reports and links it to the tab', async () => {
    await expect(deliver({ type: 'page-brief', brief: makeBrief() }, fromPage())).resolves.toEqual({ ok: true });
    const row = await briefForTab(db, 7);
    expect(row?.title).toBe(makeBrief().title);
    expect(row?.tldr).toBe(makeBrief().tldr);
  });

  it('marks article tabs with a badge, and not other pages', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage(7));
    await deliver({ type: 'page-brief', brief: makeBrief({ url: 'https://news.example.com/', isArticle: false }) }, { ...fromPage(8), url: 'https://news.example.com/' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('•');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it.each([
    ['a malformed brief', { type: 'page-brief', brief: { title: 'x' } }, fromPage()],
    ['an unknown message', { type: 'wipe' }, fromPage()],
    ['a brief from another extension', { type: 'page-brief', brief: makeBrief() }, { ...fromPage(), id: 'evil' }],
    ['a brief from a subframe', { type: 'page-brief', brief: makeBrief() }, { ...fromPage(), frameId: 3 }],
    ['a save request from a web page', { type: 'save-tab', tabId: 7 }, fromPage()],
    ['a brief with a javascript: source', { type: 'page-brief', brief: makeBrief({ sources: [{ url: 'javascript:alert(1)', title: 'x' }] }) }, fromPage()],
  ])('rejects %s and stores nothing', async (_name, msg, sender) => {
    const res = (await deliver(msg, sender)) as { ok: boolean };
    expect(res.ok).toBe(false);
    expect(await db.briefs.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });

  it('asks /analyze.js for the full brief when the content script only probed the page', async () => {
    const probed = makeBrief({ tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], ticker: [] });
    stubs.executeScript.mockResolvedValueOnce([{ result: makeBrief() }]);
    await expect(deliver({ type: 'page-brief', brief: probed, complete: false }, fromPage())).resolves.toEqual({ ok: true });
    expect(stubs.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/analyze.js'] });
    expect(await briefForTab(db, 7)).toMatchObject({ tldr: makeBrief().tldr, takeaways: makeBrief().takeaways });
  });

  it('keeps the probed brief when /analyze.js cannot run or returns garbage', async () => {
    const probed = makeBrief({ tldr: null, tldrOrigin: null });
    stubs.executeScript.mockResolvedValueOnce([{ result: { isArticle: 'yes' } }]);
    await deliver({ type: 'page-brief', brief: probed, complete: false }, fromPage());
    expect(await briefForTab(db, 7)).toMatchObject({ title: probed.title, tldr: null });
  });

  it('does not inject anything for a complete brief', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage());
    expect(stubs.executeScript).not.toHaveBeenCalled();
  });

  it('does not let a page claim another site\'s URL', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief({ url: 'https://bank.example/account' }) }, fromPage());
    const row = await briefForTab(db, 7);
    expect(row?.url).toBe(PAGE);
  });
});

describe('background: saving', () => {
  it('saves the tab\'s brief with the offline copy from the snapshot script', async () => {
    stubs.executeScript.mockResolvedValueOnce([{ result: { brief: null, html: '<html><body><p>Body</p></body></html>', url: PAGE } }]);
    readOffPage.mockResolvedValueOnce({ html: '<p>Body</p>', text: 'Body' });
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage());
    const res = (await deliver({ type: 'save-tab', tabId: 7 }, fromPanel())) as { ok: boolean; id: number; offline: boolean };
    expect(res).toMatchObject({ ok: true, offline: true });
    const saved = await db.articles.get(res.id);
    expect(saved).toMatchObject({ title: makeBrief().title, status: 'unread', archived: 0 });
    expect((await db.offline.get(res.id))?.text).toBe('Body');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(readOffPage).toHaveBeenCalledWith({ kind: 'offline-copy', html: '<html><body><p>Body</p></body></html>', url: PAGE });
  });

  it('saves without an offline copy when the page gave no HTML, or a copy too big to keep', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage());
    stubs.executeScript.mockResolvedValueOnce([{ result: { brief: null, html: null, url: PAGE } }]);
    expect(await deliver({ type: 'save-tab', tabId: 7 }, fromPanel())).toMatchObject({ ok: true, offline: false });
    expect(readOffPage).not.toHaveBeenCalled();
    stubs.executeScript.mockResolvedValueOnce([{ result: { brief: null, html: '<p>x</p>', url: 'javascript:alert(1)' } }]);
    expect(await deliver({ type: 'save-tab', tabId: 7 }, fromPanel())).toMatchObject({ ok: true, offline: false });
    expect(readOffPage).not.toHaveBeenCalled();
    stubs.executeScript.mockResolvedValueOnce([{ result: { brief: null, html: '<p>x</p>', url: PAGE } }]);
    readOffPage.mockResolvedValueOnce({ html: 'x'.repeat(5 * 1024 * 1024 + 1), text: 'x' });
    expect(await deliver({ type: 'save-tab', tabId: 7 }, fromPanel())).toMatchObject({ ok: true, offline: false });
  });

  it('saving the same page twice leaves one article', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage(7));
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage(9));
    await Promise.all([deliver({ type: 'save-tab', tabId: 7 }, fromPanel()), deliver({ type: 'save-tab', tabId: 9 }, fromPanel())]);
    expect(await db.articles.count()).toBe(1);
  });

  it('takes the saved mark off when the article is deleted elsewhere (the reading list)', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage(7));
    const res = (await deliver({ type: 'save-tab', tabId: 7 }, fromPanel())) as { id: number };
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    await db.articles.delete(res.id);
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('•');
  });

  it('explains when a tab has nothing to save', async () => {
    const res = (await deliver({ type: 'save-tab', tabId: 42 }, fromPanel())) as { ok: boolean; error: string };
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/no web page/i);
  });

  it('installs one-level context menu items and saves a link from one', async () => {
    await new Promise((r) => setTimeout(r, 0));
    expect(stubs.menus.map((m) => m.title)).toEqual(['Save page to Lede', 'Save link to Lede']);
    stubs.clickMenu({ menuItemId: 'lede-save-link', linkUrl: 'https://research.example.org/paper?utm_source=x', linkText: 'A paper' });
    await expect.poll(() => db.articles.count()).toBe(1);
    const [row] = await db.articles.toArray();
    expect(row).toMatchObject({ url: 'https://research.example.org/paper?utm_source=x', title: 'A paper', pending: true });
  });

  it('fills a pending saved link when the reader opens the page', async () => {
    stubs.clickMenu({ menuItemId: 'lede-save-link', linkUrl: PAGE, linkText: 'link text' });
    await expect.poll(() => db.articles.count()).toBe(1);
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage());
    const [row] = await db.articles.toArray();
    expect(row).toMatchObject({ pending: false, title: makeBrief().title, tldr: makeBrief().tldr });
  });

  it('saves the active tab from the keyboard command', async () => {
    await deliver({ type: 'page-brief', brief: makeBrief() }, fromPage(7));
    stubs.command('save-page', { id: 7, windowId: 1 });
    await expect.poll(() => db.articles.count()).toBe(1);
  });
});

describe('background: article text for on-device summaries', () => {
  it('returns the validated text the injected script read', async () => {
    stubs.executeScript.mockResolvedValueOnce([{ result: { html: '<p>One.</p><p>Two.</p>', url: PAGE } }]);
    readOffPage.mockResolvedValueOnce({ text: 'One.\nTwo.', paragraphs: ['One.', 'Two.'], title: 'T', lang: 'en' });
    const res = await deliver({ type: 'tab-text', tabId: 7 }, fromPanel());
    expect(res).toEqual({ ok: true, text: 'One.\nTwo.', paragraphs: ['One.', 'Two.'], title: 'T', lang: 'en' });
    expect(stubs.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/page-html.js'] });
    expect(readOffPage).toHaveBeenCalledWith({ kind: 'article-text', html: '<p>One.</p><p>Two.</p>', url: PAGE });
  });

  it('refuses what a hostile page could make the script return', async () => {
    stubs.executeScript.mockResolvedValueOnce([{ result: { html: 42, url: PAGE } }]);
    expect(await deliver({ type: 'tab-text', tabId: 7 }, fromPanel())).toMatchObject({ ok: false });
    expect(readOffPage).not.toHaveBeenCalled();
    stubs.executeScript.mockResolvedValueOnce([{ result: { html: '<p>x</p>', url: PAGE } }]);
    readOffPage.mockResolvedValueOnce({ text: 42, paragraphs: 'x', title: {}, lang: 'en' });
    expect(await deliver({ type: 'tab-text', tabId: 7 }, fromPanel())).toMatchObject({ ok: false });
  });

  it('answers only extension pages', async () => {
    expect(await deliver({ type: 'tab-text', tabId: 7 }, fromPage())).toMatchObject({ ok: false, error: 'sender not allowed' });
    expect(stubs.executeScript).not.toHaveBeenCalled();
  });
});
