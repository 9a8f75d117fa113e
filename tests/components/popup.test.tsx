import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
const sent: unknown[] = [];
vi.mock('@/lib/send', () => ({ send: vi.fn(async (msg: unknown) => (sent.push(msg), { ok: true, id: 1, offline: true })) }));
const panelCalls: unknown[] = [];
vi.mock('@/lib/background/panel', () => ({ openPanel: vi.fn((windowId?: number) => (panelCalls.push(windowId), new Promise(() => {}))) }));
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { recordHeadlines } from '@/lib/db/headlines';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { articleFromBrief } from '@/lib/db/articles';
import { emptyBrief } from '@/lib/brief';
import { Popup } from '@/entrypoints/popup/Popup';
import { DigestButtons } from '@/components/headlines/DigestButtons';
import type { FirstReadHandle } from '@/lib/db/first-read';

const T0 = Date.parse('2026-11-25T12:00:00Z'); // Wednesday, 2026-W48 in every zone
const HOUR = 3_600_000;
let db: LedeDB;
let n = 0;
beforeEach(async () => {
  sent.length = 0;
  panelCalls.length = 0;
  fakeBrowser.reset();
  db = openDb(`lede-popup-${Date.now()}-${n++}`);
  setDbForTests(db);
  // the popup asks for the active tab of its window
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, windowId: 9, url: 'https://news.example.com/story' } as never]);
});

const rec = (url: string, titles: (string | [string, string])[], at: number) =>
  recordHeadlines(db, { url, ticker: titles.map((x) => (Array.isArray(x) ? { title: x[0], url: x[1] } : { title: x, url: null })) }, null, at);

const list = () => screen.getByRole('list', { name: "This week's headlines" });

describe('popup', () => {
  it('lists this week’s headlines newest first, deduplicated, with site, link and times seen', async () => {
    await rec('https://www.a.example/1', [['Model X tops coding benchmark', 'https://a.example/x'], 'API prices cut again'], T0 - 3 * HOUR);
    await rec('https://b.example/2', ['API prices cut again', ['Robots learn to fold laundry', 'javascript:alert(1)']], T0 - 2 * HOUR);
    await rec('https://a.example/old', ['Last week headline'], T0 - 7 * 24 * HOUR);
    render(<Popup db={db} now={T0} />);
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(3));
    const items = within(list()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.hl-title')!.textContent!.replace(/\s*\(opens in a new tab\)/, '').replace(/\s*New$/, ''))).toEqual([
      'Robots learn to fold laundry', 'Model X tops coding benchmark', 'API prices cut again',
    ]);
    expect(items[2]).toHaveTextContent('a.example, b.example · seen 2 times');
    expect(items[1]).toHaveTextContent('a.example · seen once');
    const a = within(items[1]).getByRole('link');
    expect(a).toHaveAttribute('href', 'https://a.example/x');
    expect(a).toHaveAttribute('target', '_blank');
    expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(items[0]).queryByRole('link')).toBeNull(); // javascript: never becomes a link
    expect(screen.queryByText('Last week headline')).toBeNull();
  });

  it('marks what is new since the popup was last opened, then remembers this opening', async () => {
    await rec('https://a.example/1', ['Seen before opening'], T0 - 5 * HOUR);
    await updateSettings(db, { popupLastOpenedAt: T0 - 4 * HOUR });
    await rec('https://a.example/2', ['Arrived since'], T0 - HOUR);
    render(<Popup db={db} now={T0} />);
    await waitFor(() => expect(screen.getByText('1 new since you last looked')).toBeInTheDocument());
    const items = within(list()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Arrived since');
    expect(within(items[0]).getByText('New')).toBeInTheDocument();
    expect(within(items[1]).queryByText('New')).toBeNull();
    await waitFor(async () => expect((await getSettings(db)).popupLastOpenedAt).toBe(T0));
  });

  it('shows the first read, then keeps the list live (headlines recorded while it is open appear)', async () => {
    await rec('https://a.example/1', ['Before opening'], T0 - HOUR);
    render(<Popup db={db} now={T0} />);
    await within(list()).findByText('Before opening');
    // the database layer (Dexie, live queries) loads after the first render: the week switcher comes with it
    await screen.findByRole('button', { name: 'Previous week' });
    await rec('https://b.example/2', ['While it is open'], T0 + 60_000);
    await within(list()).findByText('While it is open');
    expect(within(list()).getAllByRole('listitem').map((li) => li.querySelector('.hl-title')!.firstChild!.textContent)).toEqual(['While it is open', 'Before opening']);
  });

  it('falls back to Dexie for the first rows and "last opened" when the plain read fails', async () => {
    await rec('https://a.example/1', ['Seen before opening'], T0 - 5 * HOUR);
    await updateSettings(db, { popupLastOpenedAt: T0 - 4 * HOUR });
    await rec('https://a.example/2', ['Arrived since'], T0 - HOUR);
    const failed: FirstReadHandle = { promise: Promise.resolve(null), value: null };
    render(<Popup db={db} now={T0} first={failed} />);
    await waitFor(() => expect(screen.getByText('1 new since you last looked')).toBeInTheDocument());
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(async () => expect((await getSettings(db)).popupLastOpenedAt).toBe(T0));
  });

  it('says where headlines come from when the week has none', async () => {
    render(<Popup db={db} now={T0} />);
    expect(await screen.findByText('No headlines yet this week.')).toBeInTheDocument();
    expect(screen.getByText(/collects the “This Week in AI” strips/)).toBeInTheDocument();
    expect(list()).toBeEmptyDOMElement();
  });

  it('earlier weeks are one click away', async () => {
    await rec('https://a.example/1', ['Now headline'], T0);
    await rec('https://a.example/1', ['Two weeks ago headline'], T0 - 14 * 24 * HOUR);
    await rec('https://a.example/1', ['Five weeks ago headline'], T0 - 35 * 24 * HOUR);
    const user = userEvent.setup();
    render(<Popup db={db} now={T0} />);
    await within(list()).findByText('Now headline');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Previous week' })).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Next week' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous week' })); // skips the empty week
    expect(await screen.findByText('Two weeks ago headline')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/Headlines of Nov 9\s*[–-]\s*15, 2026/);
    await user.click(screen.getByRole('button', { name: 'This week' }));
    expect(await screen.findByText('Now headline')).toBeInTheDocument();
    await user.click(screen.getByText('Earlier weeks'));
    const weeks = await screen.findByRole('list', { name: 'Earlier weeks' });
    await waitFor(() => expect(within(weeks).getAllByRole('button')).toHaveLength(2));
    await user.click(within(weeks).getByRole('button', { name: /Oct 19/ }));
    expect(await screen.findByText('Five weeks ago headline')).toBeInTheDocument();
  });

  it('saves the current page and shows it saved', async () => {
    const user = userEvent.setup();
    render(<Popup db={db} now={T0} />);
    const button = screen.getByRole('button', { name: 'Save this page' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(sent).toEqual([{ type: 'save-tab', tabId: 5 }]);
    expect(await screen.findByText('Saved to your reading list.')).toBeInTheDocument();
    // once the article is stored, the button shows the saved state
    await db.articles.add(articleFromBrief({ ...emptyBrief('https://news.example.com/story'), title: 'S' }, T0));
    await waitFor(() => expect(screen.getByRole('button', { name: /Save this page/ })).toHaveAttribute('aria-pressed', 'true'));
  });

  it('opens the side panel synchronously in the click, with the window fetched on mount', async () => {
    const user = userEvent.setup();
    render(<Popup db={db} now={T0} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save this page' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(panelCalls).toEqual([9]);
  });

  it('copies and downloads the week’s digest', async () => {
    await rec('https://a.example/1', [['Digest headline', 'https://a.example/d']], T0);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      const user = userEvent.setup(); // (user-event installs its own clipboard: ours goes after it)
      const writeText = vi.fn(async (_text: string) => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      render(<Popup db={db} now={T0} />);
      await within(list()).findByText('Digest headline');
      await user.click(await screen.findByRole('button', { name: 'Copy digest' }));
      await waitFor(() => expect(writeText).toHaveBeenCalled());
      expect(writeText.mock.calls[0]![0]).toContain('- [Digest headline](https://a.example/d) — a.example');
      expect(await screen.findByText('Digest copied to the clipboard.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Download digest' }));
      await waitFor(() => expect(clicks).toEqual(['lede-digest-2026-W48.md']));
      const text = await new Promise<string>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(String(r.result));
        r.readAsText(created[0]!);
      });
      expect(text).toContain('Digest headline');
      expect(created[0]!.type).toBe('text/markdown;charset=utf-8');
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
  });

  it('DigestButtons stands alone (options page) with its own label', async () => {
    render(<DigestButtons db={db} week="2026-W48" copy={false} downloadLabel="Download this week's digest" />);
    expect(screen.getByRole('button', { name: "Download this week's digest" })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy digest' })).toBeNull();
  });

  it('DigestButtons can pick the week (options page)', async () => {
    await rec('https://a.example/1', ['Old week headline'], Date.now() - 21 * 24 * HOUR);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      const user = userEvent.setup();
      render(<DigestButtons db={db} pickWeek />);
      const select = screen.getByRole('combobox', { name: 'Week' });
      await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
      const old = within(select).getAllByRole('option')[1] as HTMLOptionElement;
      await user.selectOptions(select, old.value);
      await user.click(screen.getByRole('button', { name: 'Download digest' }));
      await waitFor(() => expect(clicks).toEqual([`lede-digest-${old.value}.md`]));
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
  });
});
