/** Saved articles: saving (idempotent by URL), state changes and lookups. */
import Dexie from 'dexie';
import type { Brief } from '../brief';
import { normalizeUrl } from '../url';
import type { ArticleRow, LedeDB, OfflineCopyRow } from './schema';

export interface OfflineCopy {
  html: string;
  text: string;
}

function cleanTags(tags: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const t of tags ?? []) {
    const tag = t.replace(/\s+/g, ' ').trim().toLowerCase();
    if (tag) out.add(tag);
  }
  return [...out];
}

export function articleFromBrief(brief: Brief, now: number, tags: string[] = []): ArticleRow {
  return {
    key: normalizeUrl(brief.url) ?? brief.url,
    url: brief.url,
    title: brief.title || brief.url,
    siteName: brief.siteName,
    byline: brief.byline,
    publishedAt: brief.publishedAt,
    lang: brief.lang,
    tldr: brief.tldr,
    tldrOrigin: brief.tldrOrigin,
    takeaways: brief.takeaways,
    takeawaysOrigin: brief.takeawaysOrigin,
    sources: brief.sources,
    wordCount: brief.wordCount,
    savedAt: now,
    status: 'unread',
    archived: 0,
    readAt: null,
    progress: 0,
    tags: cleanTags(tags),
    pending: false,
    updatedAt: now,
  };
}

/**
 * Saves an article, or updates the one already saved under the same normalized URL (two tabs
 * saving the same page leave one article). Returns its id.
 */
export async function saveArticle(
  db: LedeDB,
  brief: Brief,
  opts: { tags?: string[]; offline?: OfflineCopy | null; pending?: boolean; now?: number } = {},
): Promise<number> {
  const now = opts.now ?? Date.now();
  const fresh = { ...articleFromBrief(brief, now, opts.tags), pending: opts.pending ?? false };
  return db.transaction('rw', db.articles, db.offline, async () => {
    const existing = await db.articles.where('key').equals(fresh.key).first();
    let id: number;
    if (existing) {
      id = existing.id!;
      const keepOld = opts.pending; // saving a bare link never overwrites what is known
      await db.articles.update(id, {
        ...(keepOld ? {} : { ...fresh, savedAt: existing.savedAt, status: existing.status, archived: existing.archived, readAt: existing.readAt, progress: existing.progress }),
        tags: cleanTags([...existing.tags, ...fresh.tags]),
        updatedAt: now,
      });
    } else {
      id = (await db.articles.add(fresh)) as number;
    }
    if (opts.offline) {
      await db.offline.put({ articleId: id, html: opts.offline.html, text: opts.offline.text, capturedAt: now });
    }
    return id;
  });
}

export async function findSaved(db: LedeDB, url: string): Promise<ArticleRow | undefined> {
  const key = normalizeUrl(url);
  return key ? db.articles.where('key').equals(key).first() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading list: state changes (extension pages write these directly; only saving needs the tab).

export { cleanTags };

/** Every tag in use, sorted (for autocomplete and the tag filter). */
export async function allTags(db: LedeDB): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()) as string[];
}

export async function setTags(db: LedeDB, id: number, tags: readonly string[], now = Date.now()): Promise<void> {
  await db.articles.update(id, { tags: cleanTags(tags), updatedAt: now });
}

export async function addTags(db: LedeDB, id: number, tags: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const row = await db.articles.get(id);
    if (row) await db.articles.update(id, { tags: cleanTags([...row.tags, ...tags]), updatedAt: now });
  });
}

export async function setRead(db: LedeDB, id: number, read: boolean, now = Date.now()): Promise<void> {
  await db.articles.update(id, read ? { status: 'read', readAt: now, updatedAt: now } : { status: 'unread', readAt: null, updatedAt: now });
}

export async function setArchived(db: LedeDB, id: number, archived: boolean, now = Date.now()): Promise<void> {
  await db.articles.update(id, { archived: archived ? 1 : 0, updatedAt: now });
}

/** Reading progress (0..1) from the reader page. Not a content change: updatedAt stays. */
export async function setProgress(db: LedeDB, id: number, progress: number): Promise<void> {
  const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  await db.articles.update(id, { progress: Math.round(p * 1000) / 1000 });
}

/** Opening the reader page marks the article read (once; the first readAt is kept). */
export async function markOpened(db: LedeDB, id: number, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const row = await db.articles.get(id);
    if (row && row.status !== 'read') await db.articles.update(id, { status: 'read', readAt: now, updatedAt: now });
  });
}

/** What a delete removed, so "Undo" can put it back exactly as it was (same id). */
export interface DeletedArticle {
  article: ArticleRow;
  offline: OfflineCopyRow | undefined;
}

export async function deleteArticle(db: LedeDB, id: number): Promise<DeletedArticle | null> {
  return db.transaction('rw', db.articles, db.offline, async () => {
    const article = await db.articles.get(id);
    if (!article) return null;
    const offline = await db.offline.get(id);
    await db.articles.delete(id);
    await db.offline.delete(id);
    return { article, offline };
  });
}

/** Undo a delete. If the same page was saved again meanwhile, the newer save wins and the tags merge. */
export async function restoreArticle(db: LedeDB, deleted: DeletedArticle, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.articles, db.offline, async () => {
    const again = await db.articles.where('key').equals(deleted.article.key).first();
    if (again) {
      await db.articles.update(again.id!, { tags: cleanTags([...again.tags, ...deleted.article.tags]), updatedAt: now });
      return again.id!;
    }
    const id = (await db.articles.add({ ...deleted.article, updatedAt: now })) as number;
    if (deleted.offline) await db.offline.put({ ...deleted.offline, articleId: id });
    return id;
  });
}

export type ListView = 'unread' | 'archived' | 'all';
export type ListSort = 'newest' | 'oldest';

/**
 * The ids of one view of the list, in order, read from indexes only (no rows): the list renders
 * the rows it shows, so 10,000 saved articles cost one index read of their ids, not 10,000 rows.
 */
export async function listIds(
  db: LedeDB,
  opts: { view: ListView; sort: ListSort; tag?: string | null; limit?: number },
): Promise<number[]> {
  return db.transaction('r', db.articles, async () => {
    // The first screen needs only the first rows: with a limit (and no tag filter) the index is
    // read from the right end and stops there, instead of reading every id.
    const limit = opts.tag ? undefined : opts.limit;
    const newest = opts.sort === 'newest';
    let coll =
      opts.view === 'unread'
        ? db.articles.where('[archived+status+savedAt]').between([0, 'unread', Dexie.minKey], [0, 'unread', Dexie.maxKey])
        : opts.view === 'archived'
          ? db.articles.where('[archived+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey])
          : db.articles.orderBy('savedAt');
    if (limit !== undefined) {
      if (newest) coll = coll.reverse();
      return (await coll.limit(limit).primaryKeys()) as number[];
    }
    const ids = (await coll.primaryKeys()) as number[];
    let out = ids;
    if (opts.tag) {
      const tagged = new Set((await db.articles.where('tags').equals(opts.tag).primaryKeys()) as number[]);
      out = ids.filter((id) => tagged.has(id));
    }
    return newest ? out.reverse() : out;
  });
}

export async function getOffline(db: LedeDB, id: number): Promise<OfflineCopyRow | undefined> {
  return db.offline.get(id);
}
