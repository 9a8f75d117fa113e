// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/schema';
import { listIds } from '@/lib/db/articles';

/** The v1 schema exactly as released: a database created by the first version of Lede. */
function openV1(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({
    briefs: '&key, lastSeenAt',
    articles: '++id, &key, savedAt, archived, status, *tags',
    offline: '&articleId',
    headlines: '&id, week, firstSeenAt',
    settings: '&key',
    tabs: '&tabId, key',
  });
  return db;
}

const v1Article = {
  key: 'https://a.example/x', url: 'https://a.example/x', title: 'Old row', siteName: 'A', byline: null, publishedAt: null,
  lang: 'en', tldr: 'T', tldrOrigin: 'page', takeaways: ['k'], takeawaysOrigin: 'page', sources: [], wordCount: 10,
  savedAt: 5000, status: 'read', archived: 1, readAt: 6000, progress: 0.5, tags: ['AI', 'ai ', ' Agents'], pending: false,
  updatedAt: 7000,
};

describe('schema migrations', () => {
  it('v1 → v2: indexes updatedAt, normalizes tags, clamps progress, loses nothing', async () => {
    const name = `lede-mig-${Date.now()}`;
    const old = openV1(name);
    await old.table('articles').bulkAdd([
      v1Article,
      { ...v1Article, key: 'https://a.example/y', url: 'https://a.example/y', updatedAt: undefined, progress: 3, tags: undefined },
    ]);
    await old.table('offline').put({ articleId: 1, html: '<p>x</p>', text: 'x', capturedAt: 1 });
    await old.table('briefs').put({ key: 'https://a.example/x', lastSeenAt: 1, title: 'b' });
    await old.table('settings').put({ key: 'retentionDays', value: 7 });
    await old.table('headlines').put({ id: '2026-W01|h', week: '2026-W01', firstSeenAt: 1 });
    await old.table('tabs').put({ tabId: 3, key: 'https://a.example/x' });
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const [a, b] = await db.articles.orderBy('id').toArray();
    expect(a).toEqual({ ...v1Article, id: 1, tags: ['ai', 'agents'] });
    expect(b).toMatchObject({ id: 2, title: 'Old row', updatedAt: 5000, progress: 1, tags: [], status: 'read', archived: 1 });
    expect(await db.articles.where('updatedAt').above(6000).primaryKeys()).toEqual([1]);
    // Both old rows are read and archived: the list's compound indexes hold them.
    expect(await listIds(db, { view: 'archived', sort: 'oldest' })).toEqual([1, 2]);
    expect(await listIds(db, { view: 'unread', sort: 'oldest' })).toEqual([]);
    expect(await db.offline.get(1)).toMatchObject({ html: '<p>x</p>' });
    expect(await db.briefs.count()).toBe(1);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 7 });
    expect(await db.headlines.count()).toBe(1);
    expect(await db.tabs.get(3)).toMatchObject({ key: 'https://a.example/x' });
    db.close();
  });

  it('a fresh database opens at the latest version', async () => {
    const db = openDb(`lede-fresh-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.articles.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['updatedAt', '[archived+status+savedAt]', '[archived+savedAt]']));
  });
});
