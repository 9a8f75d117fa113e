import { beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
import { configure, act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { saveArticle } from '@/lib/db/articles';
import type { Brief } from '@/lib/brief';
import { ReadingList } from '@/components/reading-list/ReadingList';
import { useReadingList } from '@/components/reading-list/store';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

let n = 0;
let db: LedeDB;

const brief = (i: number, over: Partial<Brief> = {}): Brief => ({
  isArticle: true, reasons: [], url: `https://news.example.com/story-${i}`, lang: 'en', title: `Story number ${i}`,
  siteName: 'Example News', byline: null, publishedAt: null, tldr: `Summary of story ${i}.`, tldrOrigin: 'page',
  takeaways: [], takeawaysOrigin: null, sources: [], ticker: [], wordCount: 500, ...over,
});

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`lede-rl-${Date.now()}-${n++}`);
  setDbForTests(db);
  useReadingList.getState().reset();
});

async function seed() {
  await saveArticle(db, brief(1, { title: 'OpenAI ships agents' }), { now: 1000, tags: ['agents'], offline: { html: '<p>x</p>', text: 'The pelican appears only in this body.' } });
  await saveArticle(db, brief(2, { title: '阿里巴巴禁止使用 Claude Code', tldr: '据报道存在后门风险。' }), { now: 2000, tags: ['security'] });
  await saveArticle(db, brief(3, { title: 'Chips and export rules' }), { now: 3000 });
}

async function loaded(count: number) {
  await waitFor(() => {
    expect(items()).toHaveLength(count);
    for (const el of items()) expect(el.querySelector('article')).not.toBeNull();
  });
}

const items = () => screen.queryAllByRole('listitem').filter((el) => el.getAttribute('aria-posinset'));

describe('ReadingList', () => {
  it('shows unread articles newest first, and switches view and sort', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    expect(screen.getByRole('searchbox', { name: 'Search saved articles' })).toBeInTheDocument();
    await loaded(3);
    expect(items()[0]).toHaveTextContent('Chips and export rules');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'oldest');
    await waitFor(() => expect(items()[0]).toHaveTextContent('OpenAI ships agents'));
    expect(screen.getByText('3 articles')).toBeInTheDocument();
  });

  it('marks read, archives and shows archived ones in Archived', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    await loaded(3);
    const first = within(items()[0]);
    await user.click(first.getByRole('button', { name: 'Mark as read' }));
    await loaded(2); // no longer unread
    await user.click(screen.getByRole('button', { name: 'All' }));
    await loaded(3);
    expect(within(items()[0]).getByRole('button', { name: 'Mark as unread' })).toBeInTheDocument();
    await user.click(within(items()[1]).getByRole('button', { name: 'Archive' }));
    await user.click(screen.getByRole('button', { name: 'Archived' }));
    await loaded(1);
    expect(items()[0]).toHaveTextContent('阿里巴巴');
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
  });

  it('searches the offline text and CJK, with highlights', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    await loaded(3);
    await user.type(screen.getByRole('searchbox', { name: 'Search saved articles' }), 'pelican');
    await loaded(1);
    expect(items()[0]).toHaveTextContent('OpenAI ships agents');
    await waitFor(() => expect(items()[0].querySelector('mark')).toHaveTextContent(/^pelican$/i));
    await user.clear(screen.getByRole('searchbox', { name: 'Search saved articles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search saved articles' }), '后门');
    await loaded(1);
    expect(items()[0].querySelector('mark')).toHaveTextContent('后门');
    await user.clear(screen.getByRole('searchbox', { name: 'Search saved articles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search saved articles' }), 'zebra');
    await waitFor(() => expect(screen.getByText(/No saved article matches/)).toBeInTheDocument());
  });

  it('filters by tag and edits tags with suggestions', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    await loaded(3);
    await screen.findByRole('option', { name: 'security' }); // tags load after the first rows
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by tag' }), 'security');
    await loaded(1);
    await user.click(screen.getByRole('button', { name: 'Show articles tagged security' }));
    await loaded(3);
    await user.click(within(items()[0]).getByRole('button', { name: 'Tags' }));
    const editor = await screen.findByRole('region', { name: 'Tags for “Chips and export rules”' });
    const box = within(editor).getByRole('combobox', { name: 'Add a tag' });
    expect(editor.querySelectorAll('datalist option')).toHaveLength(2);
    await user.type(box, 'Policy{Enter}');
    await waitFor(async () => expect((await db.articles.get(3))!.tags).toEqual(['policy']));
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(items()[0]).getByRole('button', { name: 'Show articles tagged policy' })).toBeInTheDocument());
  });

  it('deletes with undo', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    await loaded(3);
    await user.click(within(items()[0]).getByRole('button', { name: 'Delete' }));
    await loaded(2);
    expect(screen.getByText('Deleted “Chips and export rules”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await loaded(3);
    expect(items()[0]).toHaveTextContent('Chips and export rules');
    expect(await db.articles.count()).toBe(3);
  });

  it('opens the offline copy and the full-tab list in new tabs', async () => {
    await seed();
    const user = userEvent.setup();
    render(<ReadingList />);
    await loaded(3);
    const link = within(items()[0]).getByRole('link', { name: 'Chips and export rules' });
    expect(link.getAttribute('href')).toMatch(/\/reader\.html\?id=3$/);
    await user.click(link);
    await user.click(screen.getByRole('button', { name: 'Open in a tab' }));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((x) => x.url)).toEqual(expect.arrayContaining([expect.stringMatching(/reader\.html\?id=3$/), expect.stringMatching(/sidepanel\.html\?view=list$/)]));
  });

  it('renders only a window of a long list', async () => {
    await db.articles.bulkAdd(
      Array.from({ length: 2000 }, (_, i) => ({
        ...brief(i), key: `https://news.example.com/story-${i}`, savedAt: i, status: 'unread' as const, archived: 0 as const,
        readAt: null, progress: 0, tags: [], pending: false, updatedAt: i,
      })),
    );
    render(<ReadingList />);
    await waitFor(() => expect(screen.getByText('2000 articles')).toBeInTheDocument());
    await waitFor(() => expect(items().length).toBeGreaterThan(3));
    expect(items().length).toBeLessThan(40);
    expect(items()[0]).toHaveAttribute('aria-setsize', '2000');
    await act(async () => {});
  });

  it('says so when nothing is saved', async () => {
    render(<ReadingList />);
    await waitFor(() => expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument());
  });
});
