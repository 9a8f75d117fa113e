import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { Options } from '@/entrypoints/options/Options';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

let n = 0;
let db: LedeDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`lede-options-${Date.now()}-${n++}`);
  setDbForTests(db);
});

describe('Options', () => {
  it('adds and removes sites where Lede stays off, mirrored to storage.local for the content script', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const box = await screen.findByRole('textbox', { name: 'Site to turn Lede off for' });
    await user.type(box, 'https://www.Example.com/path{Enter}');
    await waitFor(async () => expect((await getSettings(db)).disabledSites).toEqual(['example.com']));
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['example.com'] });
    await user.type(box, 'not a site{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('is not a site name');
    await user.click(screen.getByRole('button', { name: 'Remove example.com' }));
    await waitFor(async () => expect((await getSettings(db)).disabledSites).toEqual([]));
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: [] });
  });

  it('repairs the storage mirror from the database', async () => {
    await updateSettings(db, { disabledSites: ['news.example'] });
    render(<Options />);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['news.example'] }));
  });

  it('sets the summary engine and the retention', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const select = await screen.findByRole('combobox', { name: 'Summary engine' });
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.text])).toEqual([
      ['auto', "Automatic (Chrome's built-in model when available, else on this device)"],
      ['local', "On this device (Lede's own summarizer)"],
      ['chrome', "Chrome's built-in model"],
    ]);
    await user.selectOptions(select, 'local');
    await waitFor(async () => expect((await getSettings(db)).summaryEngine).toBe('local'));
    const days = screen.getByRole('spinbutton', { name: /Keep briefs of pages you did not save/ });
    expect(days).toHaveValue(30);
    await user.clear(days);
    await user.type(days, '7{Enter}');
    await waitFor(async () => expect((await getSettings(db)).retentionDays).toBe(7));
    await screen.findByText('Saved.');
    await user.clear(days);
    await user.type(days, '0');
    await user.tab();
    await waitFor(async () => expect((await getSettings(db)).retentionDays).toBe(30));
  });

  it('deletes everything only after a confirmation', async () => {
    const user = userEvent.setup();
    await db.articles.add({
      key: 'k', url: 'https://e.example/', title: 't', siteName: null, byline: null, publishedAt: null, lang: null, tldr: null,
      tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], wordCount: 0, savedAt: 0, status: 'unread',
      archived: 0, readAt: null, progress: 0, tags: [], pending: false, updatedAt: 0,
    });
    await updateSettings(db, { retentionDays: 9 });
    await fakeBrowser.storage.local.set({ disabledSites: ['x.example'] });
    render(<Options />);
    await user.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('cannot be undone');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.articles.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Everything was deleted.');
    expect(await db.articles.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
