/**
 * How two copies of one saved article (same normalized URL) become one: tags united, the earliest
 * saved date, archived if any copy was, read if any copy was, the furthest reading progress; what
 * is known about the page (title, TL;DR…) is kept, and filled in from the other copy when missing.
 */
import { emptyBrief } from '../brief';
import { articleFromBrief } from '../db/articles';
import type { ArticleRow, LedeDB } from '../db/schema';
import type { ImportedItem } from './types';
import { cleanTagList } from './util';

/** An imported link as a saved article: only the link is known, so it is `pending` until opened. */
export function itemToArticle(item: ImportedItem, now: number): ArticleRow {
  // The URL is kept as the file gives it (round trips stay exact); the key is the normalized one.
  const row = articleFromBrief({ ...emptyBrief(item.url), title: item.title }, item.savedAt ?? now, item.tags);
  return {
    ...row,
    status: item.status,
    archived: item.archived ? 1 : 0,
    readAt: item.readAt ?? null,
    progress: item.progress ?? 0,
    pending: true,
    updatedAt: now,
  };
}

const BRIEF_FIELDS = [
  'siteName', 'byline', 'publishedAt', 'lang', 'tldr', 'tldrOrigin', 'takeaways', 'takeawaysOrigin', 'sources', 'wordCount',
] as const;

function minNonNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * `existing` merged with `incoming`; keeps existing's id, key and URL. `updatedAt` becomes `now`
 * only when something changed, so merging a copy with itself changes nothing.
 */
export function mergeArticles(existing: ArticleRow, incoming: ArticleRow, now: number): ArticleRow {
  const out: ArticleRow = { ...existing };
  if (existing.pending && !incoming.pending) {
    for (const f of BRIEF_FIELDS) (out as unknown as Record<string, unknown>)[f] = incoming[f];
    out.title = incoming.title || existing.title;
    out.pending = false;
  } else if ((!existing.title || existing.title === existing.url) && incoming.title && incoming.title !== incoming.url) {
    out.title = incoming.title;
  }
  out.tags = cleanTagList([...existing.tags, ...incoming.tags]);
  out.savedAt = Math.min(existing.savedAt, incoming.savedAt);
  out.archived = existing.archived || incoming.archived ? 1 : 0;
  out.status = existing.status === 'read' || incoming.status === 'read' ? 'read' : 'unread';
  out.readAt = minNonNull(existing.readAt, incoming.readAt);
  out.progress = Math.max(existing.progress, incoming.progress);
  const changed = JSON.stringify(out) !== JSON.stringify(existing);
  out.updatedAt = changed ? Math.max(now, existing.updatedAt) : existing.updatedAt;
  return out;
}

/**
 * The saved articles with these keys. For a large import, reading every key of the `key` index
 * and fetching only the matches is much cheaper than one big `anyOf`.
 */
export async function existingArticles(db: LedeDB, keys: string[]): Promise<ArticleRow[]> {
  if (keys.length <= 500) return keys.length ? db.articles.where('key').anyOf(keys).toArray() : [];
  const saved = new Set((await db.articles.orderBy('key').keys()) as string[]);
  const matching = keys.filter((k) => saved.has(k));
  return matching.length ? db.articles.where('key').anyOf(matching).toArray() : [];
}
