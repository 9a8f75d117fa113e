/** The import/export panel: choosing a file shows the report; errors name the file; exports download. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportExport } from '../../components/ImportExport';
import { setDbForTests } from '../../lib/db';
import type { LedeDB } from '../../lib/db/schema';
import { dump, freshDb, pocketCsv } from '../io/helpers';

const FIX = path.resolve(__dirname, '../fixtures/io');
/** jsdom's Blob has no text(): read it the old way. */
const blobText = (b: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });

const file = (name: string, type = '') => new File([readFileSync(path.join(FIX, name))], name, { type });

let db: LedeDB;
beforeEach(async () => {
  db = await freshDb();
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(null);
  vi.restoreAllMocks();
  await db.delete();
});

describe('ImportExport', () => {
  it('choosing a Pocket CSV in "Import" imports it and shows the report', async () => {
    const user = userEvent.setup();
    render(<ImportExport />);
    await user.upload(screen.getByLabelText('Import'), file('pocket-2024.csv', 'text/csv'));
    expect(await screen.findByText('pocket-2024.csv (Pocket CSV): 3 articles imported, 1 duplicate merged, 0 rows skipped.')).toBeInTheDocument();
    expect(await db.articles.count()).toBe(3);
  });

  it('lists skipped lines with their reasons', async () => {
    const user = userEvent.setup();
    render(<ImportExport />);
    await user.upload(screen.getByLabelText('Import'), file('javascript-url.csv'));
    expect(await screen.findByText(/javascript-url\.csv \(Pocket CSV\): 1 article imported, 0 duplicates merged, 2 rows skipped\./)).toBeInTheDocument();
    expect(screen.getByText('line 3: not an http(s) link (javascript: URL)')).toBeInTheDocument();
    expect(screen.getByText('line 4: not an http(s) link (data: URL)')).toBeInTheDocument();
  });

  it('shows an error naming the file, and nothing changes', async () => {
    const user = userEvent.setup();
    render(<ImportExport />);
    const before = await dump(db);
    await user.upload(screen.getByLabelText('Import'), [file('broken-quote.csv'), file('truncated.zip')]);
    const alerts = await screen.findAllByRole('alert');
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(alerts[0]).toHaveTextContent('broken-quote.csv: line 3: a quoted field is never closed');
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('truncated.zip: the zip file is damaged or incomplete');
    expect(await dump(db)).toEqual(before);
  });

  it('shows a progress bar and a Cancel import button; cancel changes nothing', async () => {
    const user = userEvent.setup();
    render(<ImportExport />);
    const big = new File([pocketCsv(30_000)], 'big.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Import'), big);
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText('big.csv: import cancelled; nothing was changed.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await db.articles.count()).toBe(0);
  });

  it('"Export backup" downloads lede-backup-YYYY-MM-DD.json with everything', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:lede/backup';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    render(<ImportExport />);
    await user.upload(screen.getByLabelText('Import'), file('lede-backup.json'));
    await screen.findByText(/lede-backup\.json \(Lede backup\): 3 articles imported/);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(downloaded).toMatch(/^lede-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(blobs[0].type).toBe('application/json');
    const json = JSON.parse(await blobText(blobs[0]));
    expect(json).toMatchObject({ app: 'lede', formatVersion: 1 });
    expect(json.articles).toHaveLength(3);
    expect(json.headlines).toHaveLength(1);
    expect(await screen.findByText(/^Saved lede-backup-\d{4}-\d\d-\d\d\.json\.$/)).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(downloaded).toMatch(/^lede-articles-\d{4}-\d\d-\d\d\.csv$/);
    expect((await blobText(blobs[1])).split('\n')[0]).toBe('title,url,time_added,tags,status');

    await user.click(screen.getByRole('button', { name: "Download this week's digest" }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(3));
    expect(downloaded).toMatch(/^lede-digest-\d{4}-W\d\d\.md$/);
    expect(blobs[2].type).toBe('text/markdown;charset=utf-8');
    expect(await blobText(blobs[2])).toMatch(/^# This week in AI: \d{4}-W\d\d/);
  });

  it('refuses a 200 MB file from its size without reading it', async () => {
    const user = userEvent.setup();
    render(<ImportExport />);
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    await user.upload(screen.getByLabelText('Import'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv: the file is 200 MB, more than the 100 MB Lede imports at once.');
    expect(read).not.toHaveBeenCalled();
  });
});
