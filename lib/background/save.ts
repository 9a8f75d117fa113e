/**
 * Saving: the brief the tab already reported, plus an offline copy taken from the page as the
 * browser rendered it (so paywalled and logged-in pages work). /snapshot.js, injected only now,
 * writes the page's HTML out in short tasks; Readability and DOMPurify read it outside the page
 * (read-off-page.ts), so they never hold the tab.
 */
import type { Brief } from '../brief';
import { emptyBrief } from '../brief';
import { parseBrief, parsePageHtmlResult, LIMITS, type SaveResult } from '../messaging';
import type { LedeDB } from '../db/schema';
import { briefForTab } from '../db/briefs';
import { saveArticle, type OfflineCopy } from '../db/articles';
import { refreshBadgesForKey } from './badge';
import { runInTab } from './inject';
import { readOffPage } from './read-off-page';
import { normalizeUrl, safeHttpUrl } from '../url';

export interface Snapshot {
  brief: Brief | null;
  offline: OfflineCopy | null;
}

const OFFLINE_MAX = 5 * 1024 * 1024;

/** An offline copy read from page content: validate it like any message. */
export function parseOfflineCopy(o: unknown): OfflineCopy | null {
  if (typeof o !== 'object' || o === null) return null;
  const r = o as Record<string, unknown>;
  return typeof r.html === 'string' && typeof r.text === 'string' && r.html.length <= OFFLINE_MAX && r.text.length <= OFFLINE_MAX
    ? { html: r.html, text: r.text }
    : null;
}

/**
 * The tab's brief and its HTML from /snapshot.js (work in short tasks in the page), then the
 * offline copy made from that HTML outside the page (Readability, DOMPurify).
 */
async function runSnapshot(tabId: number): Promise<Snapshot | null> {
  try {
    const raw = (await runInTab(tabId, '/snapshot.js')) as { brief?: unknown } | null;
    const page = parsePageHtmlResult(raw);
    const brief = raw?.brief ? parseBrief(raw.brief) : null;
    let offline: OfflineCopy | null = null;
    if (page?.html) {
      try {
        offline = parseOfflineCopy(await readOffPage({ kind: 'offline-copy', html: page.html, url: page.url }));
      } catch (err) {
        console.warn('[lede] no offline copy for this tab', err);
      }
    }
    return { brief, offline };
  } catch (err) {
    console.warn('[lede] no snapshot of this tab', err);
    return null;
  }
}

export function describeSaveError(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name;
  const inner = (err as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your browser has no storage space left for Lede, so this article was not saved. Nothing already saved was changed. Free some disk space and try again.';
  }
  return `The article could not be saved: ${String((err as Error)?.message ?? err)}`;
}

export function createSaver(db: LedeDB, snapshot: (tabId: number) => Promise<Snapshot | null> = runSnapshot) {
  async function saveTab(tabId: number, tags?: string[]): Promise<SaveResult> {
    try {
      const known = await briefForTab(db, tabId);
      const snap = await snapshot(tabId);
      const brief = known ?? snap?.brief ?? null;
      if (!brief) return { ok: false, error: 'There is no web page in this tab that Lede can save.' };
      const id = await saveArticle(db, brief, { tags, offline: snap?.offline ?? null });
      await refreshBadgesForKey(db, normalizeUrl(brief.url) ?? brief.url);
      return { ok: true, id, offline: Boolean(snap?.offline) };
    } catch (err) {
      return { ok: false, error: describeSaveError(err) };
    }
  }

  async function saveUrl(url: string, title?: string, tags?: string[]): Promise<SaveResult> {
    const safe = safeHttpUrl(url);
    if (!safe) return { ok: false, error: 'Only http and https links can be saved.' };
    try {
      const key = normalizeUrl(safe) ?? safe;
      const seen = await db.briefs.get(key);
      const brief: Brief = seen ?? { ...emptyBrief(safe), title: (title ?? '').slice(0, LIMITS.shortText).trim() || safe };
      const id = await saveArticle(db, brief, { tags, pending: !seen });
      await refreshBadgesForKey(db, key);
      return { ok: true, id, offline: false };
    } catch (err) {
      return { ok: false, error: describeSaveError(err) };
    }
  }

  return { saveTab, saveUrl };
}
