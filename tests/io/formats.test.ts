/** Every import format, from its fixture: detection from content, states, tags, dates, merges. */
import { afterEach, describe, expect, it } from 'vitest';
import type { LedeDB } from '../../lib/db/schema';
import { detect } from '../../lib/io/detect';
import { importFile } from '../../lib/io/import';
import { byUrl, fixture, freshDb } from './helpers';

let db: LedeDB;
afterEach(async () => {
  if (db) await db.delete();
});

const sec = (s: number) => s * 1000;

describe('format detection from content', () => {
  it.each([
    ['pocket-2024.csv', 'pocket-csv'],
    ['pocket-old-with-cursor.csv', 'pocket-csv'],
    ['pocket.zip', 'pocket-zip'],
    ['ril_export.html', 'pocket-html'],
    ['instapaper.csv', 'instapaper'],
    ['bookmarks.html', 'netscape'],
    ['omnivore.zip', 'omnivore'],
    ['readwise.csv', 'readwise'],
    ['lede-backup.json', 'lede-backup'],
  ])('%s is %s, whatever its name', (file, format) => {
    const f = fixture(file);
    expect(detect(f.bytes, file).format).toBe(format);
    expect(detect(f.bytes, 'download (3).txt').format).toBe(format);
  });
});

describe('Pocket CSV', () => {
  it('imports the 2024 header: tags, archive state, saved dates, quoted fields; merges duplicates', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('pocket-2024.csv'), { now: 2e12 });
    expect(report).toMatchObject({ file: 'pocket-2024.csv', format: 'pocket-csv', imported: 3, merged: 1, skipped: [] });
    const rows = await byUrl(db);
    // The duplicate (line 6, other case, trailing slash) merged into the first copy.
    const first = rows['https://example.com/ai/openai-model'];
    expect(first).toMatchObject({
      key: 'https://example.com/ai/openai-model',
      title: 'OpenAI ships a new model, again',
      tags: ['ai', 'models', 'news'],
      savedAt: sec(1710000000), // earliest
      archived: 1, // archived if any copy was
      status: 'read',
      pending: true,
    });
    expect(rows['https://example.org/anthropic-interp']).toMatchObject({ archived: 1, status: 'read', tags: ['research'], savedAt: sec(1717000000) });
    expect(rows['https://example.net/quoted']).toMatchObject({ title: 'Quotes "inside" a title\nand a newline', archived: 0, status: 'unread', tags: [] });
  });

  it('reads the older header with cursor by name, in any column order', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('pocket-old-with-cursor.csv'));
    expect(report).toMatchObject({ format: 'pocket-csv', imported: 2, merged: 0, skipped: [] });
    const rows = await byUrl(db);
    expect(rows['https://example.com/old/one']).toMatchObject({ title: 'An older save', archived: 1, tags: ['papers', 'to read'], savedAt: sec(1600000000) });
    expect(rows['https://example.com/old/two']).toMatchObject({ title: 'Another older save', archived: 0, status: 'unread', savedAt: sec(1600000100) });
  });
});

describe('Pocket zip', () => {
  it('reads every CSV part, merges across parts, names the part of a skipped row', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('pocket.zip'));
    expect(report).toMatchObject({ format: 'pocket-zip', imported: 3, merged: 1 });
    expect(report.skipped).toEqual([{ part: 'part_000001.csv', line: 4, reason: 'no URL' }]);
    const rows = await byUrl(db);
    expect(rows['https://example.com/zip/a']).toMatchObject({ tags: ['ai', 'dupe'], archived: 1, savedAt: sec(1690000000) });
    expect(rows['https://example.com/zip/c']).toMatchObject({ tags: ['ai', 'llm'], archived: 0 });
  });
});

describe('Pocket HTML (ril_export.html)', () => {
  it('reads the Unread and Read Archive sections; skips the javascript: link with its line', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('ril_export.html'));
    expect(report).toMatchObject({ format: 'pocket-html', imported: 3, merged: 0 });
    expect(report.skipped).toEqual([{ line: 12, reason: 'not an http(s) link (javascript: URL)' }]);
    const rows = await byUrl(db);
    expect(rows['https://example.com/unread-one']).toMatchObject({ title: 'Agents are coming', tags: ['ai', 'agents'], archived: 0, savedAt: sec(1650000000) });
    expect(rows['https://example.com/archived-one']).toMatchObject({ title: 'EU AI Act explained', tags: ['policy'], archived: 1, status: 'read' });
  });
});

describe('Instapaper CSV', () => {
  it('maps folders to state or tags and reads JSON tag lists', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('instapaper.csv'));
    expect(report).toMatchObject({ format: 'instapaper', imported: 4, skipped: [] });
    const rows = await byUrl(db);
    expect(rows['https://example.com/insta/unread']).toMatchObject({ tags: ['llm', 'ml'], archived: 0, status: 'unread', savedAt: sec(1700000000) });
    expect(rows['https://example.com/insta/archived']).toMatchObject({ archived: 1, status: 'read', tags: [] });
    expect(rows['https://example.com/insta/starred']).toMatchObject({ tags: ['starred'], archived: 0 });
    expect(rows['https://example.com/insta/folder']).toMatchObject({ tags: ['papers', 'ai papers'] });
  });
});

describe('Netscape bookmarks', () => {
  it('turns nested folders into tags (not the browser roots) and keeps TAGS and ADD_DATE', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('bookmarks.html'));
    expect(report).toMatchObject({ format: 'netscape', imported: 3 });
    expect(report.skipped).toEqual([{ line: 19, reason: 'not an http(s) link (javascript: URL)' }]);
    const rows = await byUrl(db);
    expect(rows['https://example.com/bm/transformers']).toMatchObject({ tags: ['attention', 'ai'], savedAt: sec(1610000000), archived: 0 });
    expect(rows['https://example.com/bm/scaling-laws']).toMatchObject({ tags: ['ai', 'papers'], title: 'Scaling laws' });
    expect(rows['https://example.com/bm/top-level']).toMatchObject({ tags: [] });
  });
});

describe('Omnivore', () => {
  it('reads metadata, labels, progress and state; keeps sanitized content as the offline copy', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('omnivore.zip'), { now: 2e12 });
    expect(report).toMatchObject({ format: 'omnivore', imported: 2, unit: 'item' });
    expect(report.skipped).toEqual([
      { part: 'metadata_0.json', line: 3, reason: 'deleted in Omnivore' },
      { part: 'metadata_0.json', line: 4, reason: 'no URL' },
    ]);
    const rows = await byUrl(db);
    const card = rows['https://example.com/omni/model-card'];
    expect(card).toMatchObject({ tags: ['ai', 'long read'], progress: 0.5, status: 'unread', archived: 0, savedAt: Date.parse('2024-05-01T12:00:00Z') });
    expect(rows['https://example.com/omni/archived']).toMatchObject({ tags: ['policy'], archived: 1, status: 'read', progress: 1 });
    const offline = await db.offline.get(card.id!);
    expect(offline).toBeDefined();
    expect(offline!.html).toContain('<b>what a model is for</b>');
    expect(offline!.html).not.toMatch(/<script|onerror|javascript:/i);
    expect(offline!.text).toContain('Model cards describe what a model is for.');
    expect(await db.offline.count()).toBe(1);
  });
});

describe('Readwise Reader CSV', () => {
  it('reads Python-style tag lists, saved dates, progress and location', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('readwise.csv'));
    expect(report).toMatchObject({ format: 'readwise', imported: 3, skipped: [] });
    const rows = await byUrl(db);
    expect(rows['https://example.com/rw/one']).toMatchObject({ tags: ['ai', "it's complicated"], progress: 0.45, archived: 0, status: 'unread', savedAt: Date.parse('2024-03-12T18:01:34Z') });
    expect(rows['https://example.com/rw/two']).toMatchObject({ archived: 1, status: 'read', progress: 1 });
    expect(rows['https://example.com/rw/three']).toMatchObject({ tags: ['news'], savedAt: Date.parse('2024-04-01T10:00:00Z') });
  });
});

describe('Lede backup', () => {
  it('restores every table of the fixture', async () => {
    db = await freshDb();
    const report = await importFile(db, fixture('lede-backup.json'));
    expect(report).toMatchObject({ format: 'lede-backup', imported: 3, merged: 0, skipped: [], restored: { briefs: 1, headlines: 1, settings: 2, offline: 1 } });
    expect((await db.articles.get(2))).toMatchObject({ url: 'https://example.com/backup/two', status: 'read', archived: 1, tags: ['policy', 'eu'], progress: 1 });
    expect(await db.offline.get(1)).toMatchObject({ text: 'The offline copy.' });
    expect(await db.headlines.count()).toBe(1);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 60 });
  });
});
