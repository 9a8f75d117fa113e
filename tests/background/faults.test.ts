/**
 * Faults lose nothing (unit level, Dexie on fake-indexeddb):
 * - IndexedDB quota exhaustion during a save — injected at the IndexedDB level (the request fails
 *   with a QuotaExceededError and the transaction aborts, as in a browser whose disk is full) and at
 *   the Dexie table level — gives the reader a clear message in the side panel's Save button and
 *   leaves every table byte-for-byte as it was (the article row written before the failing offline
 *   copy is rolled back with it);
 * - concurrent saves of the same URL (two tabs, a tab and a link) leave one article.
 * Figures go to .tmp/what-we-test.json ('faults.unit').
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/lib/send', () => ({ send: vi.fn((msg: unknown) => route(msg)) }));
import { createElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { recordTabBrief } from '@/lib/db/briefs';
import { saveArticle } from '@/lib/db/articles';
import { createSaver, describeSaveError, type Snapshot } from '@/lib/background/save';
import { handleMessage } from '@/lib/background/handle-message';
import { SaveButton } from '@/components/SaveButton';
import { makeBrief } from '../support/make-brief';
import { recordFigures } from '../e2e/harness/figures';

const EXT_ID = 'lede-test';
const EXT_ORIGIN = 'chrome-extension://lede-test';
const QUOTA_MESSAGE = describeSaveError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

let n = 0;
let db: LedeDB;
let saver: ReturnType<typeof createSaver>;
const snapshot = vi.fn(async (_tabId: number): Promise<Snapshot | null> => ({ brief: null, offline: { html: '<p>Offline body</p>', text: 'Offline body' } }));

/** The side panel's `send`, wired to the background's real handler (sender: an extension page). */
function route(msg: unknown) {
  return handleMessage(msg, { id: EXT_ID, url: `${EXT_ORIGIN}/sidepanel.html` }, {
    db,
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    saveTab: saver.saveTab,
    saveUrl: saver.saveUrl,
    tabText: async () => ({ ok: false, error: 'n/a' }),
  });
}

/** Every row of every table, in key order: the "library" compared byte for byte. */
async function dump(): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

/**
 * Make IndexedDB itself fail writes to some stores with a QuotaExceededError: the request errors
 * asynchronously and the transaction aborts with that error, as a browser does when it is full.
 */
function exhaustQuota(stores: string[]): () => void {
  const proto = (globalThis as any).IDBObjectStore.prototype;
  const put = proto.put;
  const add = proto.add;
  const fail = function (this: any) {
    return this.transaction._execRequestAsync({
      operation: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      source: this,
    });
  };
  proto.put = function (this: any, ...a: unknown[]) {
    return stores.includes(this.name) ? fail.call(this) : put.apply(this, a);
  };
  proto.add = function (this: any, ...a: unknown[]) {
    return stores.includes(this.name) ? fail.call(this) : add.apply(this, a);
  };
  return () => {
    proto.put = put;
    proto.add = add;
  };
}

const figures = { faultsInjected: 0, rowsLost: 0, clearMessages: 0, concurrentSaves: 0, articlesAfterConcurrentSaves: [] as number[] };
let restore: (() => void) | null = null;

/** A library with real rows: three saved articles with offline copies, their briefs, tab state. */
async function seed() {
  for (let i = 1; i <= 3; i++) {
    const brief = makeBrief({ url: `https://news.example.com/2026/07/story-${i}`, title: `Story ${i}` });
    await recordTabBrief(db, 10 + i, brief);
    await saveArticle(db, brief, { tags: ['ai'], offline: { html: `<p>Body ${i}</p>`, text: `Body ${i}` }, now: 1000 + i });
  }
  // the page the reader is about to save
  await recordTabBrief(db, 7, makeBrief({ url: 'https://news.example.com/2026/07/new-story', title: 'New story' }));
}

beforeEach(async () => {
  db = openDb(`lede-faults-${Date.now()}-${n++}`);
  setDbForTests(db);
  saver = createSaver(db, snapshot);
  await seed();
});
afterEach(() => {
  restore?.();
  restore = null;
  vi.restoreAllMocks();
});
afterAll(() => {
  recordFigures('faults.unit', figures);
});

describe('IndexedDB quota exhaustion during a save', () => {
  it.each([
    ['the offline copy (after the article row was written in the same transaction)', ['offline']],
    ['the article row', ['articles']],
    ['every store', ['articles', 'offline', 'briefs', 'tabs', 'headlines', 'settings']],
  ])('IndexedDB refuses %s: clear message, library byte-identical', async (_what, stores) => {
    const before = await dump();
    restore = exhaustQuota(stores);
    const res = await saver.saveTab(7);
    restore();
    restore = null;
    figures.faultsInjected++;
    expect(res).toEqual({ ok: false, error: QUOTA_MESSAGE });
    const after = await dump();
    if (after !== before) figures.rowsLost++;
    expect(after).toBe(before);
    // and the next save, with space again, works
    expect(await saver.saveTab(7)).toMatchObject({ ok: true, offline: true });
    expect(await db.articles.count()).toBe(4);
  });

  it('re-saving an article already saved: the old row and offline copy stay as they were', async () => {
    await recordTabBrief(db, 8, makeBrief({ url: 'https://news.example.com/2026/07/story-2', title: 'Story 2, updated' }));
    const before = await dump();
    restore = exhaustQuota(['offline']);
    const res = await saver.saveTab(8);
    figures.faultsInjected++;
    expect(res).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await dump()).toBe(before);
  });

  it('Dexie table level: add() rejects with a QuotaExceededError inside the save transaction', async () => {
    const before = await dump();
    vi.spyOn(db.offline, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const res = await saver.saveTab(7);
    figures.faultsInjected++;
    expect(res).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await dump()).toBe(before);
    vi.spyOn(db.articles, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.mocked(db.offline.put).mockRestore();
    expect(await saver.saveUrl('https://news.example.com/2026/07/a-link', 'A link')).toEqual({ ok: false, error: QUOTA_MESSAGE });
    figures.faultsInjected++;
    expect(await dump()).toBe(before);
  });

  it('the side panel shows the message, from the real background handler, and the library is intact', async () => {
    const before = await dump();
    restore = exhaustQuota(['offline']);
    const user = userEvent.setup();
    render(createElement(SaveButton, { tabId: 7, saved: false }));
    await user.click(screen.getByRole('button', { name: 'Save for later' }));
    const alert = await screen.findByRole('alert');
    figures.faultsInjected++;
    expect(alert).toHaveTextContent('Your browser has no storage space left for Lede, so this article was not saved.');
    expect(alert).toHaveTextContent('Nothing already saved was changed.');
    figures.clearMessages++;
    restore();
    restore = null;
    expect(await dump()).toBe(before);
    expect(screen.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('concurrent saves of one URL', () => {
  it('two tabs saving the same URL at once leave one article (with one offline copy)', async () => {
    const brief = makeBrief({ url: 'https://news.example.com/2026/07/twin?utm_source=x', title: 'Twin' });
    await recordTabBrief(db, 21, brief);
    await recordTabBrief(db, 22, { ...brief, url: 'https://news.example.com/2026/07/twin' });
    const res = await Promise.all([saver.saveTab(21), saver.saveTab(22), saver.saveTab(21), saver.saveTab(22)]);
    figures.concurrentSaves += res.length;
    expect(res.every((r) => r.ok)).toBe(true);
    const rows = await db.articles.where('key').startsWith('https://news.example.com/2026/07/twin').toArray();
    figures.articlesAfterConcurrentSaves.push(rows.length);
    expect(rows).toHaveLength(1);
    expect(new Set(res.map((r) => (r as { id: number }).id))).toEqual(new Set([rows[0].id]));
    expect(await db.offline.where('articleId').equals(rows[0].id!).count()).toBe(1);
  });

  it('a tab and a link to the same URL saved at once leave one article, with the full brief', async () => {
    const brief = makeBrief({ url: 'https://news.example.com/2026/07/linked', title: 'Linked' });
    await recordTabBrief(db, 31, brief);
    const res = await Promise.all([saver.saveUrl(brief.url, 'Link text'), saver.saveTab(31), saver.saveUrl(brief.url)]);
    figures.concurrentSaves += res.length;
    expect(res.every((r) => r.ok)).toBe(true);
    const rows = await db.articles.where('key').equals('https://news.example.com/2026/07/linked').toArray();
    figures.articlesAfterConcurrentSaves.push(rows.length);
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toBe('Linked');
    expect(rows[0].tldr).toBe(brief.tldr);
  });
});
