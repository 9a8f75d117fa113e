/**
 * Bad input: each case gets a clear message naming the file (and, for rows, the lines skipped and
 * why), and a file that cannot be imported changes nothing already stored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LedeDB } from '../../lib/db/schema';
import { importFile, ImportError, MAX_IMPORT_BYTES } from '../../lib/io/import';
import { dump, fixture, freshDb, textFile } from './helpers';

let db: LedeDB;
let before: Record<string, unknown[]>;

beforeEach(async () => {
  db = await freshDb();
  // Something already stored, which no failed import may lose or alter.
  await importFile(db, fixture('pocket-2024.csv'), { now: 1e12 });
  await importFile(db, fixture('lede-backup.json'), { now: 1e12 });
  before = await dump(db);
});
afterEach(async () => {
  await db.delete();
});

async function failure(file: { name: string; bytes: Uint8Array } | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }) {
  const err = await importFile(db, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect(await dump(db)).toEqual(before);
  return (err as ImportError).message;
}

describe('files that cannot be imported (nothing changes)', () => {
  it('an empty file', async () => {
    expect(await failure(fixture('empty.csv'))).toBe('empty.csv: the file is empty. Nothing was imported.');
    expect(await failure(textFile('blank.csv', '\n\n  \n'))).toMatch(/^blank\.csv: the file is empty/);
  });

  it('a truncated zip', async () => {
    expect(await failure(fixture('truncated.zip'))).toBe(
      'truncated.zip: the zip file is damaged or incomplete (was the download cut short?). Nothing was imported.',
    );
  });

  it('a CSV with a broken quote names the line where the quote opens', async () => {
    expect(await failure(fixture('broken-quote.csv'))).toBe(
      'broken-quote.csv: line 3: a quoted field is never closed (broken quote), so the rows after it cannot be read. Nothing was imported.',
    );
  });

  it('a CSV with unknown columns lists them', async () => {
    const msg = await failure(fixture('unknown-columns.csv'));
    expect(msg).toMatch(/^unknown-columns\.csv: a CSV file whose columns \(name, link, when, labels\) match no known export/);
    expect(msg).toMatch(/Nothing was imported\.$/);
  });

  it('a file in an unknown format', async () => {
    const msg = await failure(fixture('unknown-format.bin'));
    expect(msg).toMatch(/^unknown-format\.bin: binary data, not a format Lede can import\. Lede reads Pocket exports/);
    expect(await failure(textFile('notes.json', '{"hello": "world"}'))).toMatch(/^notes\.json: JSON that is neither a Lede backup nor Omnivore metadata/);
    expect(await failure(textFile('page.html', '<html><body><p>hi</p></body></html>'))).toMatch(/^page\.html: an HTML or XML file/);
    expect(await failure(textFile('cut.json', '{"app": "lede", "formatVersion": 1, "articles": ['))).toMatch(/^cut\.json: the file starts like JSON but is not valid JSON/);
  });

  it('a 200 MB file is refused from its size, before it is read', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const msg = await failure({ name: 'huge.csv', size: 200 * 1024 * 1024, arrayBuffer });
    expect(msg).toBe(
      "huge.csv: the file is 200 MB, more than the 100 MB Lede imports at once. Split it (Pocket's zip holds parts of 10,000 rows) and import the parts. Nothing was imported.",
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
  });

  it('a backup from a newer Lede', async () => {
    expect(await failure(textFile('future.json', JSON.stringify({ app: 'lede', formatVersion: 99, articles: [] })))).toMatch(
      /^future\.json: the backup is format version 99, newer than this version of Lede reads \(1\)/,
    );
  });
});

describe('rows that are skipped (the rest imports)', () => {
  it('rows without a URL: line numbers and reasons', async () => {
    const report = await importFile(db, fixture('rows-without-url.csv'));
    expect(report).toMatchObject({ file: 'rows-without-url.csv', imported: 2 });
    expect(report.skipped).toEqual([
      { line: 3, reason: 'no URL' },
      { line: 4, reason: 'not a valid URL ("just some words")' },
    ]);
  });

  it('javascript: and data: URLs', async () => {
    const report = await importFile(db, fixture('javascript-url.csv'));
    expect(report).toMatchObject({ file: 'javascript-url.csv', imported: 1 });
    expect(report.skipped).toEqual([
      { line: 3, reason: 'not an http(s) link (javascript: URL)' },
      { line: 4, reason: 'not an http(s) link (data: URL)' },
    ]);
    const urls = (await db.articles.toArray()).map((a) => a.url);
    expect(urls.some((u) => !/^https?:/.test(u))).toBe(false);
  });

  it('a row with more fields than the header', async () => {
    const report = await importFile(
      db,
      textFile('extra.csv', 'title,url,time_added,tags,status\nA,https://example.com/a,1,,unread\nB,https://example.com/b,1,,unread,oops,more\n'),
    );
    expect(report.imported).toBe(1);
    expect(report.skipped).toEqual([{ line: 3, reason: 'has 7 fields but the header has 5 (a stray comma or quote?)' }]);
  });
});

describe('a backup with bad rows', () => {
  it('skips rows that fail their checks, with the table and item number, and imports the rest', async () => {
    const backup = {
      app: 'lede',
      formatVersion: 1,
      articles: [
        { url: 'https://example.com/ok', title: 'Fine', tags: ['x'] },
        { url: 'javascript:alert(1)', title: 'Evil' },
        'not an object',
      ],
      offline: [{ articleId: 'x' }],
      headlines: [{ id: 1 }],
      settings: [{ key: 'disabledSites', value: 'not a list' }, { key: 'retentionDays', value: 45 }],
    };
    const report = await importFile(db, textFile('mixed.json', JSON.stringify(backup)));
    expect(report).toMatchObject({ format: 'lede-backup', imported: 1, unit: 'item' });
    expect(report.skipped).toEqual([
      { part: 'articles', line: 2, reason: 'not an http(s) link (javascript: URL)' },
      { part: 'articles', line: 3, reason: 'not an object' },
      { part: 'offline', line: 1, reason: 'not an offline copy (articleId, html)' },
      { part: 'headlines', line: 1, reason: 'not a headline (id, week, title)' },
      { part: 'settings', line: 1, reason: 'setting "disabledSites" has a value of the wrong kind' },
    ]);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 45 });
    expect(await db.settings.get('disabledSites')).toEqual(before.settings.find((s) => (s as { key: string }).key === 'disabledSites'));
    expect((await db.articles.where('key').equals('https://example.com/ok').first())).toMatchObject({ title: 'Fine', tags: ['x'], pending: false });
  });
});
