/** Less common shapes: BOMs, CRLF, UTF-16, bare Omnivore metadata, zips that hold something else. */
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedeDB } from '../../lib/db/schema';
import { importFile } from '../../lib/io/import';
import { byUrl, freshDb, textFile } from './helpers';

let db: LedeDB;
afterEach(async () => {
  if (db) await db.delete();
});

const fail = (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);

describe('text encodings and line endings', () => {
  it('a UTF-8 BOM and CRLF line endings: columns found, line numbers right', async () => {
    db = await freshDb();
    const text = '\uFEFFtitle,url,time_added,tags,status\r\nA,https://example.com/a,1700000000,x,unread\r\n"Multi\r\nline",,1,,unread\r\nC,https://example.com/c,1700000000,,archive\r\n';
    const report = await importFile(db, textFile('bom.csv', text));
    expect(report).toMatchObject({ format: 'pocket-csv', imported: 2 });
    expect(report.skipped).toEqual([{ line: 3, reason: 'no URL' }]);
  });

  it('UTF-16 with a BOM (what some spreadsheet apps save)', async () => {
    db = await freshDb();
    const text = 'URL,Title,Selection,Folder,Timestamp,Tags\nhttps://example.com/é,Café ☕,,Unread,1700000000,[]\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const report = await importFile(db, { name: 'utf16.csv', bytes });
    expect(report).toMatchObject({ format: 'instapaper', imported: 1 });
    expect((await db.articles.toArray())[0].title).toBe('Café ☕');
  });
});

describe('Omnivore without its zip', () => {
  it('a bare metadata JSON array imports (without offline copies)', async () => {
    db = await freshDb();
    const meta = [{ id: '1', slug: 's', title: 'T', url: 'https://example.com/o', state: 'Archived', labels: ['a'], savedAt: '2024-01-01T00:00:00Z', readingProgress: 20 }];
    const report = await importFile(db, textFile('metadata_0.json', JSON.stringify(meta)));
    expect(report).toMatchObject({ format: 'omnivore', imported: 1, skipped: [] });
    expect((await byUrl(db))['https://example.com/o']).toMatchObject({ archived: 1, status: 'read', tags: ['a'], progress: 0.2 });
    expect(await db.offline.count()).toBe(0);
  });
});

describe('zips holding something else', () => {
  it('a zip of photos is an unknown format', async () => {
    db = await freshDb();
    const zip = zipSync({ 'a.jpg': new Uint8Array([1, 2, 3]) });
    expect(await fail(importFile(db, { name: 'photos.zip', bytes: zip }))).toMatch(/^photos\.zip: a zip file holding a\.jpg, not a format Lede can import/);
  });

  it('a zip with a CSV that is not Pocket names the part, and imports nothing', async () => {
    db = await freshDb();
    const zip = zipSync({
      'part_000000.csv': strToU8('title,url,time_added,tags,status\nA,https://example.com/a,1,,unread\n'),
      'part_000001.csv': strToU8('name,email\nx,y\n'),
    });
    expect(await fail(importFile(db, { name: 'export.zip', bytes: zip }))).toBe(
      'export.zip: part_000001.csv is not a Pocket CSV (its columns are name, email; expected title, url, time_added, tags, status). Nothing was imported.',
    );
    expect(await db.articles.count()).toBe(0);
  });

  it('a broken quote inside a zip part names the part and the line', async () => {
    db = await freshDb();
    const zip = zipSync({ 'part_000000.csv': strToU8('title,url,time_added,tags,status\n"A,https://example.com/a,1,,unread\n') });
    expect(await fail(importFile(db, { name: 'pocket.zip', bytes: zip }))).toBe(
      'pocket.zip: part_000000.csv, line 2: a quoted field is never closed (broken quote), so the rows after it cannot be read. Nothing was imported.',
    );
  });
});
