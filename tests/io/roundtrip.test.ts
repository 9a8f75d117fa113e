/**
 * Round trip: a library with everything in it → JSON backup → import into a fresh, empty database
 * (another Dexie name) → every table deep-equal. Also the Pocket-compatible CSV export read back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyBrief, type Brief } from '../../lib/brief';
import { recordTabBrief } from '../../lib/db/briefs';
import { deleteArticle, saveArticle, setArchived, setProgress, setRead } from '../../lib/db/articles';
import { updateSettings } from '../../lib/db/settings';
import type { LedeDB } from '../../lib/db/schema';
import { BACKUP_FORMAT_VERSION, backupFileName, exportBackupJson } from '../../lib/io/backup';
import { articlesToCsv, exportCsv, POCKET_COLUMNS } from '../../lib/io/csv-export';
import { importFile } from '../../lib/io/import';
import { dump, freshDb, textFile } from './helpers';

const dbs: LedeDB[] = [];
async function newDb() {
  const db = await freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const T = Date.UTC(2026, 10, 23, 10, 0, 0);

function brief(i: number, extra: Partial<Brief> = {}): Brief {
  return {
    ...emptyBrief(`https://news.example.com/2026/ai-${i}`),
    isArticle: true,
    reasons: ['JSON-LD NewsArticle'],
    lang: i % 2 ? 'en' : 'de',
    title: `AI story ${i} — “quoted”, with émojis 🤖`,
    siteName: 'Example News',
    byline: `Writer ${i}`,
    publishedAt: new Date(T - i * 86_400_000).toISOString(),
    tldr: `Summary ${i}.`,
    tldrOrigin: 'page',
    takeaways: [`Point ${i}a`, `Point ${i}b`],
    takeawaysOrigin: i % 3 ? 'page' : 'generated',
    sources: [{ url: `https://arxiv.example.org/abs/${i}`, title: `Paper ${i}` }],
    ticker: [{ title: `Headline ${i}`, url: null }],
    wordCount: 500 + i,
    ...extra,
  };
}

/** A library with every kind of row and state. */
async function populate(db: LedeDB): Promise<void> {
  for (let i = 0; i < 12; i++) await recordTabBrief(db, 100 + i, brief(i), T + i * 1000);
  const ids: number[] = [];
  for (let i = 0; i < 12; i++) {
    ids.push(
      await saveArticle(db, brief(i), {
        tags: i % 2 ? ['AI', 'policy '] : ['research'],
        offline: i % 3 === 0 ? { html: `<article><p>Offline copy ${i} — <b>bold</b></p></article>`, text: `Offline copy ${i} — bold` } : null,
        now: T + i * 60_000,
      }),
    );
  }
  // A bare link saved before it was opened.
  ids.push(await saveArticle(db, emptyBrief('https://blog.example.net/later?utm_source=x#frag'), { pending: true, tags: ['later'], now: T + 999 }));
  await setRead(db, ids[1], true, T + 5_000_000);
  await setArchived(db, ids[2], true, T + 6_000_000);
  await setRead(db, ids[3], true, T + 7_000_000);
  await setArchived(db, ids[3], true, T + 7_000_001);
  await setProgress(db, ids[4], 0.42);
  await setProgress(db, ids[5], 1);
  await deleteArticle(db, ids[6]); // leaves a gap in the ids
  await db.headlines.bulkPut([
    { id: '2026-W47|gpt-6 rumours', week: '2026-W47', titleKey: 'gpt-6 rumours', title: 'GPT-6 rumours', url: 'https://news.example.com/gpt6', sites: ['news.example.com', 'other.example.org'], count: 4, firstSeenAt: T - 7 * 86_400_000, lastSeenAt: T - 6 * 86_400_000 },
    { id: '2026-W48|eu ai act takes effect', week: '2026-W48', titleKey: 'eu ai act takes effect', title: 'EU AI Act takes effect', url: null, sites: ['news.example.com'], count: 1, firstSeenAt: T, lastSeenAt: T },
  ]);
  await updateSettings(db, { retentionDays: 90, disabledSites: ['example.org', 'mail.example.com'], summaryEngine: 'local', popupLastOpenedAt: T });
}

const BACKED_UP = ['briefs', 'articles', 'offline', 'headlines', 'settings'] as const;

async function tables(db: LedeDB) {
  const all = await dump(db);
  return Object.fromEntries(BACKED_UP.map((t) => [t, all[t]]));
}

describe('JSON backup round trip', () => {
  it('export → import into an empty database reproduces every table exactly', async () => {
    const source = await newDb();
    await populate(source);
    const json = await exportBackupJson(source, T + 1e7);
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ app: 'lede', formatVersion: BACKUP_FORMAT_VERSION, exportedAt: new Date(T + 1e7).toISOString() });
    expect(parsed.articles).toHaveLength(12);
    expect(parsed.offline).toHaveLength(3); // 0, 3, 9 (6 was deleted with its article)
    expect(parsed.tabs).toBeUndefined();

    const target = await newDb();
    const report = await importFile(target, textFile(backupFileName(new Date(T)), json));
    expect(report).toMatchObject({ format: 'lede-backup', imported: 12, merged: 0, skipped: [], restored: { briefs: 12, headlines: 2, settings: 4, offline: 3 } });
    const a = await tables(source);
    const b = await tables(target);
    expect(b).toEqual(a);
    for (const t of BACKED_UP) expect(b[t].length).toBeGreaterThan(0);

    // And again: the second generation is identical too.
    const again = await newDb();
    await importFile(again, textFile('second.json', await exportBackupJson(target, T + 1e7)));
    expect(await tables(again)).toEqual(a);
  });

  it('importing a backup into a library that has some of it merges instead of duplicating', async () => {
    const source = await newDb();
    await populate(source);
    const json = await exportBackupJson(source);
    const target = await newDb();
    const id = await saveArticle(target, brief(1), { tags: ['mine'], now: T - 1000 });
    const report = await importFile(target, textFile('b.json', json));
    expect(report).toMatchObject({ imported: 11, merged: 1 });
    expect(await target.articles.count()).toBe(12);
    const row = await target.articles.get(id);
    expect(row).toMatchObject({ savedAt: T - 1000, status: 'read', tags: ['mine', 'ai', 'policy'] });
    // Importing the same backup twice adds nothing more.
    const before = await dump(target);
    expect(await importFile(target, textFile('b.json', json))).toMatchObject({ imported: 0, merged: 12 });
    expect(await dump(target)).toEqual(before);
  });

  it('backup file name carries the date', () => {
    expect(backupFileName(new Date(2026, 10, 24, 12))).toBe('lede-backup-2026-11-24.json');
  });
});

describe('CSV export (Pocket-compatible)', () => {
  it('has Pocket columns and reads back with the same URLs, titles, tags, dates and archive state', async () => {
    const source = await newDb();
    await populate(source);
    const csv = await exportCsv(source);
    expect(csv.split('\n')[0]).toBe(POCKET_COLUMNS.join(','));
    const target = await newDb();
    const report = await importFile(target, textFile('lede.csv', csv));
    expect(report).toMatchObject({ format: 'pocket-csv', imported: 12, skipped: [] });
    const pick = (rows: { url: string; title: string; tags: string[]; savedAt: number; archived: number }[]) =>
      rows.map((r) => ({ url: r.url, title: r.title, tags: r.tags, savedAt: Math.floor(r.savedAt / 1000), archived: r.archived })).sort((x, y) => x.url.localeCompare(y.url));
    expect(pick(await target.articles.toArray())).toEqual(pick(await source.articles.toArray()));
  });

  it('escapes cells a spreadsheet would run as a formula, and reads them back unchanged', async () => {
    const row = { ...(await import('../../lib/db/articles')).articleFromBrief({ ...emptyBrief('https://x.example.com/a'), title: '=HYPERLINK("http://evil")' }, T) };
    const csv = articlesToCsv([row]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const db = await newDb();
    await importFile(db, textFile('f.csv', csv));
    expect((await db.articles.toArray())[0].title).toBe('=HYPERLINK("http://evil")');
  });
});
