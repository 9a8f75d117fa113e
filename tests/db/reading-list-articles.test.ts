// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { recordTabBrief, pruneBriefs } from '@/lib/db/briefs';
import {
  addTags, allTags, deleteArticle, findSaved, listIds, markOpened, restoreArticle, saveArticle, setArchived, setProgress,
  setRead, setTags,
} from '@/lib/db/articles';
import type { Brief } from '@/lib/brief';

let n = 0;
let db: LedeDB;
beforeEach(() => {
  db = openDb(`lede-articles-${Date.now()}-${n++}`);
});

function brief(over: Partial<Brief> = {}): Brief {
  return {
    isArticle: true, reasons: [], url: 'https://news.example.com/a', lang: 'en', title: 'A title', siteName: 'Example',
    byline: null, publishedAt: null, tldr: 'Short.', tldrOrigin: 'page', takeaways: ['One.'], takeawaysOrigin: 'page',
    sources: [], ticker: [], wordCount: 100, ...over,
  };
}

describe('saved articles', () => {
  it('saves idempotently by normalized URL, merging tags, with the offline copy', async () => {
    const id = await saveArticle(db, brief(), { tags: ['AI', ' agents '], offline: { html: '<p>x</p>', text: 'x' }, now: 1 });
    const again = await saveArticle(db, brief({ url: 'https://news.example.com/a/?utm_source=x#top' }), { tags: ['ai', 'Policy'], now: 2 });
    expect(again).toBe(id);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(id))!.tags.sort()).toEqual(['agents', 'ai', 'policy']);
    expect((await db.articles.get(id))!.savedAt).toBe(1);
    expect(await db.offline.get(id)).toMatchObject({ html: '<p>x</p>', text: 'x' });
    expect(await allTags(db)).toEqual(['agents', 'ai', 'policy']);
  });

  it('a saved link is pending until the page is first opened, then its brief fills it', async () => {
    const id = await saveArticle(db, { ...brief({ url: 'https://x.example/story' }), title: 'Link text', tldr: null, takeaways: [] }, { pending: true });
    expect((await db.articles.get(id))!.pending).toBe(true);
    await recordTabBrief(db, 7, brief({ url: 'https://x.example/story', title: 'Real title', tldr: 'The TL;DR.' }));
    expect(await db.articles.get(id)).toMatchObject({ pending: false, title: 'Real title', tldr: 'The TL;DR.' });
  });

  it('marks read and unread, archives, keeps progress, and opening marks read once', async () => {
    const id = await saveArticle(db, brief());
    await setRead(db, id, true, 10);
    expect(await db.articles.get(id)).toMatchObject({ status: 'read', readAt: 10 });
    await setRead(db, id, false, 11);
    expect(await db.articles.get(id)).toMatchObject({ status: 'unread', readAt: null });
    await markOpened(db, id, 12);
    await markOpened(db, id, 13);
    expect(await db.articles.get(id)).toMatchObject({ status: 'read', readAt: 12 });
    await setArchived(db, id, true);
    expect((await db.articles.get(id))!.archived).toBe(1);
    await setProgress(db, id, 0.4567);
    expect((await db.articles.get(id))!.progress).toBe(0.457);
    await setProgress(db, id, 7);
    expect((await db.articles.get(id))!.progress).toBe(1);
    await setTags(db, id, ['X', 'x', 'y']);
    await addTags(db, id, ['z']);
    expect((await db.articles.get(id))!.tags).toEqual(['x', 'y', 'z']);
  });

  it('deletes with undo: the same id, tags and offline copy come back', async () => {
    const id = await saveArticle(db, brief(), { tags: ['t'], offline: { html: '<p>body</p>', text: 'body' } });
    const gone = await deleteArticle(db, id);
    expect(await db.articles.count()).toBe(0);
    expect(await db.offline.count()).toBe(0);
    expect(await findSaved(db, brief().url)).toBeUndefined();
    const back = await restoreArticle(db, gone!);
    expect(back).toBe(id);
    expect(await db.articles.get(id)).toMatchObject({ title: 'A title', tags: ['t'] });
    expect(await db.offline.get(id)).toMatchObject({ text: 'body' });
    expect(await deleteArticle(db, 999)).toBeNull();
  });

  it('lists ids per view, sort and tag from indexes', async () => {
    const a = await saveArticle(db, brief({ url: 'https://e.example/1' }), { now: 1, tags: ['x'] });
    const b = await saveArticle(db, brief({ url: 'https://e.example/2' }), { now: 2 });
    const c = await saveArticle(db, brief({ url: 'https://e.example/3' }), { now: 3, tags: ['x'] });
    await setRead(db, b, true);
    await setArchived(db, c, true);
    expect(await listIds(db, { view: 'all', sort: 'newest' })).toEqual([c, b, a]);
    expect(await listIds(db, { view: 'all', sort: 'oldest' })).toEqual([a, b, c]);
    expect(await listIds(db, { view: 'unread', sort: 'newest' })).toEqual([a]);
    expect(await listIds(db, { view: 'archived', sort: 'newest' })).toEqual([c]);
    expect(await listIds(db, { view: 'all', sort: 'newest', tag: 'x' })).toEqual([c, a]);
    expect(await listIds(db, { view: 'archived', sort: 'newest', tag: 'nope' })).toEqual([]);
  });

  it('the retention alarm prunes unsaved briefs only', async () => {
    const DAY = 86_400_000;
    await recordTabBrief(db, 1, brief({ url: 'https://e.example/old' }), 0);
    await recordTabBrief(db, 2, brief({ url: 'https://e.example/kept' }), 0);
    await saveArticle(db, brief({ url: 'https://e.example/kept' }));
    expect(await pruneBriefs(db, 30, 31 * DAY)).toBe(1);
    expect((await db.briefs.toArray()).map((b) => b.key)).toEqual(['https://e.example/kept']);
    expect(await db.articles.count()).toBe(1);
  });
});
