/** Saved articles: saving (idempotent by URL), state changes and lookups. */
import type { Brief } from '../brief';
import { normalizeUrl } from '../url';
import type { ArticleRow, LedeDB } from './schema';

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
