import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
const sent: unknown[] = [];
vi.mock('@/lib/send', () => ({ send: vi.fn(async (msg: unknown) => (sent.push(msg), { ok: true, id: 1, offline: true })) }));
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { saveArticle } from '@/lib/db/articles';
import { SaveButton } from '@/components/SaveButton';
import type { Brief } from '@/lib/brief';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

let n = 0;
let db: LedeDB;
beforeEach(() => {
  sent.length = 0;
  db = openDb(`lede-savebtn-${Date.now()}-${n++}`);
  setDbForTests(db);
});

const brief: Brief = {
  isArticle: true, reasons: [], url: 'https://e.example/a', lang: 'en', title: 'A', siteName: null, byline: null,
  publishedAt: null, tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], ticker: [], wordCount: 1,
};

describe('SaveButton', () => {
  it('saves the tab with the tags typed next to it, suggesting existing tags', async () => {
    await saveArticle(db, { ...brief, url: 'https://e.example/other' }, { tags: ['agents', 'policy'] });
    const user = userEvent.setup();
    render(<SaveButton tabId={4} saved={false} />);
    const button = screen.getByRole('button', { name: 'Save for later' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    const box = screen.getByRole('combobox', { name: 'Add a tag' });
    await waitFor(() => expect(document.querySelectorAll('datalist option')).toHaveLength(2));
    await user.type(box, 'Agents, chips{Enter}');
    expect(within(screen.getByRole('list', { name: 'Tags for this article' })).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['agents', 'chips']);
    await user.click(button);
    expect(sent).toEqual([{ type: 'save-tab', tabId: 4, tags: ['agents', 'chips'] }]);
  });

  it('once saved, is pressed and edits the saved article’s tags', async () => {
    const id = await saveArticle(db, brief, { tags: ['x'] });
    await db.tabs.put({ tabId: 4, key: 'https://e.example/a', url: brief.url, isArticle: true, updatedAt: 0 });
    const user = userEvent.setup();
    render(<SaveButton tabId={4} saved />);
    expect(screen.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
    const box = await screen.findByRole('combobox', { name: 'Add a tag' });
    await user.type(box, 'y{Enter}');
    await waitFor(async () => expect((await db.articles.get(id))!.tags).toEqual(['x', 'y']));
    await user.click(screen.getByRole('button', { name: 'Save for later' }));
    expect(sent).toEqual([]);
  });
});
