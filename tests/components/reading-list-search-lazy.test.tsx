/** The search index is built only when the reader searches; results come before it is complete. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIRST_IDS, ReadingList } from '@/components/reading-list/ReadingList';
import { useReadingList } from '@/components/reading-list/store';
import { setDbForTests } from '@/lib/db';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { listIds, saveArticle } from '@/lib/db/articles';
import { peekSearchIndex } from '@/lib/db/search';
import type { Brief } from '@/lib/brief';

const brief = (i: number, title: string): Brief => ({
  isArticle: true, reasons: [], url: `https://news.example.com/lazy-${i}`, lang: 'en', title, siteName: 'Example', byline: null,
  publishedAt: null, tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], ticker: [], wordCount: 1,
});

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 10_000 });

let db: LedeDB;
beforeEach(() => {
  db = openDb(`lede-lazy-${Date.now()}-${Math.random()}`);
  setDbForTests(db);
  useReadingList.getState().reset();
});
afterEach(() => {
  peekSearchIndex(db)?.close();
  vi.restoreAllMocks();
  db.close();
});

const items = () => screen.queryAllByRole('listitem').filter((el) => el.getAttribute('aria-posinset'));

describe('ReadingList search index', () => {
  it('is not built when the list opens, only when the search box is focused', async () => {
    await saveArticle(db, brief(1, 'Pelicans of the north'), { now: 1 });
    const user = userEvent.setup();
    render(<ReadingList />);
    await waitFor(() => expect(items()).toHaveLength(1));
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(peekSearchIndex(db)).toBeUndefined();
    await user.click(screen.getByRole('searchbox', { name: 'Search saved articles' }));
    expect(peekSearchIndex(db)).toBeDefined();
  }, 30_000);

  it('shows title matches before the body texts are indexed, then the body matches, saying so meanwhile', async () => {
    // 150 articles: "walrus" in the titles of 3, in the body text of 2 others.
    for (let i = 0; i < 150; i++) {
      const title = i % 50 === 0 ? `Walrus story ${i}` : `Story ${i}`;
      await saveArticle(db, brief(i, title), { now: 1000 + i, offline: { html: '', text: i === 7 || i === 8 ? 'a walrus in the body' : 'nothing' } });
    }
    // Hold the body texts back until the test lets them through.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const bulkGet = db.offline.bulkGet.bind(db.offline);
    vi.spyOn(db.offline, 'bulkGet').mockImplementation(((keys: number[]) => gate.then(() => bulkGet(keys))) as unknown as typeof bulkGet);
    const user = userEvent.setup();
    render(<ReadingList />);
    await waitFor(() => expect(items().length).toBeGreaterThan(0));
    await user.type(screen.getByRole('searchbox', { name: 'Search saved articles' }), 'walrus');
    await waitFor(() => expect(screen.getByText('3 articles match so far; still indexing the text of saved articles…')).toBeInTheDocument());
    await waitFor(() => {
      expect(items()).toHaveLength(3);
      for (const el of items()) expect(el).toHaveTextContent(/Walrus story/);
    });
    release();
    await waitFor(() => expect(screen.getByText('5 of 150 articles match')).toBeInTheDocument());
    await waitFor(() => expect(items()).toHaveLength(5));
  }, 30_000);
});

describe('ReadingList first screen', () => {
  it('listIds with a limit reads the first ids of the view, in its order', async () => {
    for (let i = 0; i < 80; i++) await saveArticle(db, brief(2000 + i, `Row ${i}`), { now: 10 + i });
    const all = await listIds(db, { view: 'unread', sort: 'newest' });
    expect(all).toHaveLength(80);
    expect(await listIds(db, { view: 'unread', sort: 'newest', limit: FIRST_IDS })).toEqual(all.slice(0, FIRST_IDS));
    expect(await listIds(db, { view: 'all', sort: 'oldest', limit: 5 })).toEqual([...all].reverse().slice(0, 5));
  });

  it('a query set before the list renders still finds every article (every id is read for a search)', async () => {
    for (let i = 0; i < 120; i++) await saveArticle(db, brief(1000 + i, `Item ${i}${i === 3 ? ' zebra' : ''}`), { now: 10 + i });
    useReadingList.getState().setQuery('zebra');
    render(<ReadingList />);
    await waitFor(() => expect(screen.getByText('1 of 120 articles match')).toBeInTheDocument());
    await waitFor(() => expect(items()[0]).toHaveTextContent('Item 3 zebra'));
  }, 30_000);
});
