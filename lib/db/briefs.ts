/** Briefs of visited pages, and which brief each tab shows. */
import type { Brief } from '../brief';
import { normalizeUrl } from '../url';
import type { BriefRow, LedeDB } from './schema';

/**
 * Stores the brief the content script found for a tab, and fills a saved-but-pending article with
 * it (a link saved before the reader opened it).
 */
export async function recordTabBrief(db: LedeDB, tabId: number, brief: Brief, now = Date.now()): Promise<BriefRow> {
  const key = normalizeUrl(brief.url) ?? brief.url;
  return db.transaction('rw', db.briefs, db.tabs, db.articles, async () => {
    const old = await db.briefs.get(key);
    // A page's own TL;DR/takeaways win; a generated one already stored is kept until the page has its own.
    const keepGenerated = old && old.tldrOrigin === 'generated' && !brief.tldr;
    const row: BriefRow = {
      ...brief,
      ...(keepGenerated ? { tldr: old.tldr, tldrOrigin: old.tldrOrigin } : {}),
      ...(old && old.takeawaysOrigin === 'generated' && brief.takeaways.length === 0
        ? { takeaways: old.takeaways, takeawaysOrigin: old.takeawaysOrigin }
        : {}),
      summaryEngine: old?.summaryEngine ?? null,
      key,
      firstSeenAt: old?.firstSeenAt ?? now,
      lastSeenAt: now,
    };
    await db.briefs.put(row);
    await db.tabs.put({ tabId, key, url: brief.url, isArticle: brief.isArticle, updatedAt: now });
    const pending = await db.articles.where('key').equals(key).first();
    if (pending?.pending) {
      await db.articles.update(pending.id!, {
        title: brief.title || pending.title,
        siteName: brief.siteName,
        byline: brief.byline,
        publishedAt: brief.publishedAt,
        lang: brief.lang,
        tldr: row.tldr,
        tldrOrigin: row.tldrOrigin,
        takeaways: row.takeaways,
        takeawaysOrigin: row.takeawaysOrigin,
        sources: brief.sources,
        wordCount: brief.wordCount,
        pending: false,
        updatedAt: now,
      });
    }
    return row;
  });
}

/** The brief shown for a tab, or undefined when its page has not reported yet. */
export async function briefForTab(db: LedeDB, tabId: number): Promise<BriefRow | undefined> {
  const tab = await db.tabs.get(tabId);
  return tab ? db.briefs.get(tab.key) : undefined;
}

/** Deletes briefs not seen for `days` days, except those of saved articles. */
export async function pruneBriefs(db: LedeDB, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 86_400_000;
  return db.transaction('rw', db.briefs, db.articles, async () => {
    const old = await db.briefs.where('lastSeenAt').below(cutoff).primaryKeys();
    const saved = new Set(await db.articles.where('key').anyOf(old).keys());
    const doomed = old.filter((k) => !saved.has(k as string));
    await db.briefs.bulkDelete(doomed);
    return doomed.length;
  });
}

/**
 * Stores a summary written on this device for a brief (and the saved article of the same page),
 * only where the page has none of its own: a page's own TL;DR and takeaways always win.
 */
export async function storeGenerated(
  db: LedeDB,
  key: string,
  summary: { tldr: string; takeaways: string[]; engine: string },
  now = Date.now(),
): Promise<BriefRow | undefined> {
  return db.transaction('rw', db.briefs, db.articles, async () => {
    const row = await db.briefs.get(key);
    if (!row) return undefined;
    const patch: Partial<BriefRow> = {};
    if (!row.tldr && summary.tldr) Object.assign(patch, { tldr: summary.tldr, tldrOrigin: 'generated' });
    if (!row.takeaways.length && summary.takeaways.length) {
      // A generated TL;DR is usually the first generated takeaway: don't show it twice.
      const tldr = patch.tldr ?? null;
      const rest = tldr ? summary.takeaways.filter((t) => !tldr.includes(t)) : summary.takeaways;
      Object.assign(patch, { takeaways: rest.length >= 2 ? rest : summary.takeaways, takeawaysOrigin: 'generated' });
    }
    if (!Object.keys(patch).length) return row;
    patch.summaryEngine = summary.engine;
    await db.briefs.update(key, patch);
    const saved = await db.articles.where('key').equals(key).first();
    if (saved) {
      await db.articles.update(saved.id!, {
        ...(!saved.tldr && patch.tldr ? { tldr: patch.tldr, tldrOrigin: 'generated' as const } : {}),
        ...(!saved.takeaways.length && patch.takeaways ? { takeaways: patch.takeaways, takeawaysOrigin: 'generated' as const } : {}),
        updatedAt: now,
      });
    }
    return { ...row, ...patch };
  });
}
