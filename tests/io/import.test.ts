/**
 * importFile as a whole: merging with what is already saved, all-or-nothing writes (a failure inside
 * the transaction rolls back), cancel, progress, and a 50,000-row file that keeps the page responsive.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyBrief } from '../../lib/brief';
import { saveArticle } from '../../lib/db/articles';
import type { LedeDB } from '../../lib/db/schema';
import { importFile, ImportError } from '../../lib/io/import';
import type { ImportProgress } from '../../lib/io/types';
import { dump, fixture, freshDb, pocketCsv, textFile } from './helpers';

let db: LedeDB;
afterEach(async () => {
  vi.restoreAllMocks();
  if (db) await db.delete();
});

describe('merging with what is already saved', () => {
  it('unites tags, keeps the earliest date, archives if any copy was, keeps the known brief', async () => {
    db = await freshDb();
    const brief = { ...emptyBrief('https://example.com/ai/openai-model'), title: 'The real title', tldr: 'Known TL;DR', tldrOrigin: 'page' as const, wordCount: 900 };
    const id = await saveArticle(db, brief, { tags: ['mine'], now: 1_800_000_000_000 });
    const report = await importFile(db, fixture('pocket-2024.csv'), { now: 2e12 });
    expect(report).toMatchObject({ imported: 2, merged: 2 }); // one duplicate in the file, one with the db
    const row = await db.articles.get(id);
    expect(row).toMatchObject({
      title: 'The real title',
      tldr: 'Known TL;DR',
      wordCount: 900,
      pending: false,
      tags: ['mine', 'ai', 'models', 'news'],
      savedAt: 1710000000 * 1000,
      archived: 1,
      status: 'read',
      updatedAt: 2e12,
    });
    expect(await db.articles.count()).toBe(3);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    db = await freshDb();
    await importFile(db, fixture('pocket.zip'), { now: 1e12 });
    await importFile(db, fixture('omnivore.zip'), { now: 1e12 });
    const before = await dump(db);
    const again = await importFile(db, fixture('pocket.zip'), { now: 2e12 });
    expect(again).toMatchObject({ imported: 0, merged: 4 });
    await importFile(db, fixture('omnivore.zip'), { now: 2e12 });
    expect(await dump(db)).toEqual(before);
  });
});

describe('all or nothing', () => {
  it('a failure inside the transaction rolls back every row already written', async () => {
    db = await freshDb();
    await importFile(db, fixture('pocket-2024.csv'));
    const before = await dump(db);
    // Articles are written first, then the offline copies: make the second write fail.
    vi.spyOn(db.offline, 'bulkPut').mockRejectedValue(new Error('simulated write failure'));
    const err = await importFile(db, fixture('omnivore.zip')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toBe('omnivore.zip: saving failed (simulated write failure). Nothing was changed.');
    expect(await dump(db)).toEqual(before);
  });

  it('a full disk gets its own message', async () => {
    db = await freshDb();
    const before = await dump(db);
    vi.spyOn(db.articles, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const err = await importFile(db, fixture('instapaper.csv')).catch((e: unknown) => e);
    expect((err as Error).message).toBe('instapaper.csv: the browser has no room left to store the import (is the disk full?). Nothing was changed.');
    expect(await dump(db)).toEqual(before);
  });
});

describe('cancel', () => {
  it('cancelling while saving, before the commit, changes nothing', async () => {
    db = await freshDb();
    await importFile(db, fixture('readwise.csv'));
    const before = await dump(db);
    const ctrl = new AbortController();
    const err = await importFile(db, textFile('big.csv', pocketCsv(5000)), {
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.phase === 'saving' && p.fraction > 0.65) ctrl.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('big.csv: import cancelled; nothing was changed.');
    expect(await dump(db)).toEqual(before);
  });

  it('cancelling while parsing changes nothing', async () => {
    db = await freshDb();
    const ctrl = new AbortController();
    const err = await importFile(db, textFile('big.csv', pocketCsv(20000)), {
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.phase === 'parsing' && p.fraction > 0.1) ctrl.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('big.csv: import cancelled; nothing was changed.');
    expect(await db.articles.count()).toBe(0);
  });
});

describe('50,000 rows', () => {
  it('imports with progress, yielding to the event loop so the page stays responsive', { timeout: 120_000 }, async () => {
    db = await freshDb();
    const text = pocketCsv(50_000);
    const progress: ImportProgress[] = [];
    let ticks = 0;
    let last = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const t = performance.now();
      maxGap = Math.max(maxGap, t - last);
      last = t;
      ticks++;
    }, 5);
    const t0 = performance.now();
    const report = await importFile(db, textFile('fifty-thousand.csv', text), { onProgress: (p) => progress.push(p) });
    const elapsed = performance.now() - t0;
    clearInterval(timer);
    expect(report).toMatchObject({ imported: 50_000, merged: 0, skipped: [] });
    expect(await db.articles.count()).toBe(50_000);
    const fractions = progress.map((p) => p.fraction);
    expect(progress.filter((p, i) => i > 0 && p.fraction < progress[i - 1].fraction)).toEqual([]);
    expect(progress.filter((p) => p.phase === 'parsing').length).toBeGreaterThan(10);
    expect(progress.filter((p) => p.phase === 'saving').length).toBeGreaterThan(10);
    expect(ticks).toBeGreaterThan(20);
    // No single stretch of work blocks the event loop for long (generous: CI machines are slow).
    expect(maxGap).toBeLessThan(1500);
    console.log(`50,000 rows: ${Math.round(elapsed)} ms, ${ticks} timer ticks, longest gap ${Math.round(maxGap)} ms`);
  });
});

describe('offline copies', () => {
  it('an article already saved gains the imported offline copy (and is marked changed); one it has is kept', async () => {
    db = await freshDb();
    const withCopy = await saveArticle(db, { ...emptyBrief('https://example.com/omni/archived'), title: 'Mine' }, { offline: { html: '<p>mine</p>', text: 'mine' }, now: 1e12 });
    const without = await saveArticle(db, { ...emptyBrief('https://example.com/omni/model-card'), title: 'Mine too' }, { now: 1e12 });
    await importFile(db, fixture('omnivore.zip'), { now: 2e12 });
    expect(await db.offline.get(withCopy)).toMatchObject({ html: '<p>mine</p>' });
    expect((await db.offline.get(without))?.text).toContain('Model cards describe');
    expect(await db.articles.get(without)).toMatchObject({ updatedAt: 2e12, tags: ['ai', 'long read'], progress: 0.5 });
  });
});
