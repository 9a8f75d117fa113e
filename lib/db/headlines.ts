/**
 * Ticker headlines ("This Week in AI" strips), stored per ISO week and deduplicated across pages,
 * visits and sites: the same headline seen on five pages is one row, with the sites it came from
 * and how many page visits showed it.
 *
 * Deduplication rules (see `headlineKey`): within a week, two headlines are the same when their
 * text is equal after Unicode NFKC, case folding, quotes/apostrophes dropped, dashes and other
 * punctuation turned into spaces, whitespace collapsed and a trailing ellipsis dropped. A headline
 * the site cut short with "…" joins the full headline it is a prefix of (and a full headline seen
 * later replaces the cut one's text).
 *
 * Counting: +1 per page visit that shows the headline. The same page (its normalized URL)
 * reporting the same headline again within `REVISIT_MS` of its last report — the content script's
 * second pass, an in-page navigation, a reload — is the same visit and does not count again.
 */
import type { Brief } from '../brief';
import { normalizeUrl, safeHttpUrl } from '../url';
import { weekKey } from '../weeks';
import type { HeadlineRow, LedeDB } from './schema';

/** A page reporting the same headline again within this time is one visit. */
export const REVISIT_MS = 30 * 60_000;
const MAX_ITEMS = 60;
const MAX_TITLE = 300;
const MAX_SITES = 30;
const MIN_PREFIX = 12;

/** What recordHeadlines adds to HeadlineRow (stored, not indexed: no schema change needed). */
export interface HeadlineRowExtra {
  /** Position in the strip it was first seen in, for a stable order within one report. */
  pos?: number;
  /** Pages that reported it within REVISIT_MS: normalized URL → last report (epoch ms). */
  recent?: Record<string, number>;
  /** The stored title ends with an ellipsis: the site cut it short. */
  truncated?: boolean;
}
export type StoredHeadline = HeadlineRow & HeadlineRowExtra;

const ELLIPSIS = /(?:\s*(?:…|\.{3,}|⋯))+\s*$/u;

/** The deduplication key of a headline's text (see the module comment). */
export function headlineKey(title: string): string {
  let s = title.normalize('NFKC').toLowerCase();
  s = s.replace(ELLIPSIS, '');
  // quotes and apostrophes vanish (don't = dont), dashes and other punctuation separate words
  s = s.replace(/[\p{Pi}\p{Pf}"'`´‘’‚‛“”„‟‹›«»]/gu, '');
  s = s.replace(/[\p{Pd}\p{P}]/gu, ' ');
  s = s.replace(/\s+/gu, ' ').trim();
  return s || title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function isTruncated(title: string): boolean {
  return ELLIPSIS.test(title);
}

/** The site a page belongs to: its host name, lower-case, without "www.". */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/**
 * A stored row as the UI and merging can trust it: rows restored from a backup file may lack
 * fields or carry wrong types.
 */
export function sanitizeRow(r: StoredHeadline): StoredHeadline {
  const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);
  const firstSeenAt = num(r.firstSeenAt, 0);
  return {
    ...r,
    title: typeof r.title === 'string' ? r.title : String(r.title ?? ''),
    titleKey: typeof r.titleKey === 'string' && r.titleKey ? r.titleKey : headlineKey(String(r.title ?? '')),
    url: safeHttpUrl(typeof r.url === 'string' ? r.url : null),
    sites: Array.isArray(r.sites) ? r.sites.filter((x): x is string => typeof x === 'string') : [],
    count: Math.max(1, Math.floor(num(r.count, 1))),
    firstSeenAt,
    lastSeenAt: num(r.lastSeenAt, firstSeenAt),
    recent: r.recent && typeof r.recent === 'object' && !Array.isArray(r.recent) ? r.recent : {},
  };
}

function cleanTitle(t: string): string {
  return t.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_TITLE);
}

/**
 * Records the ticker of one page report. `site` is the page's site (siteOf(sender URL)); without
 * one, the brief's URL decides. Returns how many rows were created or changed.
 */
export async function recordHeadlines(
  db: LedeDB,
  brief: Pick<Brief, 'url' | 'ticker'>,
  site?: string | null,
  now = Date.now(),
  timeZone?: string,
): Promise<number> {
  const items = (brief.ticker ?? []).slice(0, MAX_ITEMS);
  if (!items.length) return 0;
  const week = weekKey(now, timeZone);
  const from = (site && siteOf(`https://${site}/`)) || siteOf(brief.url);
  const page = normalizeUrl(brief.url) ?? brief.url ?? '';

  // this report's headlines, deduplicated among themselves
  const incoming: { key: string; title: string; url: string | null; pos: number }[] = [];
  const byKey = new Map<string, (typeof incoming)[number]>();
  items.forEach((it, pos) => {
    if (!it || typeof it.title !== 'string') return;
    const title = cleanTitle(it.title);
    if (!title) return;
    const key = headlineKey(title);
    if (!key) return;
    const url = safeHttpUrl(it.url);
    const had = byKey.get(key);
    if (had) {
      had.url ??= url;
      return;
    }
    const entry = { key, title, url, pos };
    byKey.set(key, entry);
    incoming.push(entry);
  });
  if (!incoming.length) return 0;

  return db.transaction('rw', db.headlines, async () => {
    const rows = ((await db.headlines.where('week').equals(week).toArray()) as StoredHeadline[]).map(sanitizeRow);
    const byTitleKey = new Map(rows.map((r) => [r.titleKey, r]));
    const changed = new Map<string, StoredHeadline>();
    const deleted = new Set<string>();

    const findPrefixMatch = (key: string, cut: boolean): StoredHeadline | undefined => {
      if (key.length < MIN_PREFIX) return undefined;
      for (const r of byTitleKey.values()) {
        if (deleted.has(r.id)) continue;
        // a cut headline joins the full one it starts; a full headline absorbs a cut one it extends
        if (cut ? r.titleKey.startsWith(key) : r.truncated && key.startsWith(r.titleKey) && r.titleKey.length >= MIN_PREFIX) return r;
      }
      return undefined;
    };

    for (const h of incoming) {
      const cut = isTruncated(h.title);
      let row = byTitleKey.get(h.key);
      if (row && deleted.has(row.id)) row = undefined;
      if (!row) row = findPrefixMatch(h.key, cut);
      if (row && row.truncated && !cut && row.titleKey !== h.key) {
        // the full headline replaces the cut one: new id, same history
        deleted.add(row.id);
        changed.delete(row.id);
        const full: StoredHeadline = { ...row, id: `${week}|${h.key}`, titleKey: h.key, title: h.title, truncated: false };
        byTitleKey.delete(row.titleKey);
        byTitleKey.set(h.key, full);
        row = full;
      }
      if (!row) {
        row = {
          id: `${week}|${h.key}`,
          week,
          titleKey: h.key,
          title: h.title,
          url: h.url,
          sites: from ? [from] : [],
          count: 1,
          firstSeenAt: now,
          lastSeenAt: now,
          pos: h.pos,
          recent: page ? { [page]: now } : {},
          truncated: cut,
        };
        byTitleKey.set(h.key, row);
        changed.set(row.id, row);
        continue;
      }
      // prune visits older than the window, then count this one unless the page just reported it
      const recent: Record<string, number> = {};
      for (const [p, at] of Object.entries(row.recent ?? {})) if (now - at < REVISIT_MS && at <= now) recent[p] = at;
      const sameVisit = page !== '' && page in recent;
      if (page) recent[page] = now;
      const sites = row.sites.includes(from ?? '') || !from ? row.sites : [...row.sites, from].slice(0, MAX_SITES);
      const next: StoredHeadline = {
        ...row,
        url: row.url ?? h.url,
        sites,
        count: row.count + (sameVisit ? 0 : 1),
        firstSeenAt: Math.min(row.firstSeenAt, now),
        lastSeenAt: Math.max(row.lastSeenAt, now),
        recent,
      };
      byTitleKey.set(next.titleKey, next);
      changed.set(next.id, next);
    }
    for (const id of deleted) if (!changed.has(id)) await db.headlines.delete(id);
    await db.headlines.bulkPut([...changed.values()]);
    return changed.size;
  });
}

/** Newest first; headlines first seen together keep the order of their strip. */
export function compareHeadlines(a: StoredHeadline, b: StoredHeadline): number {
  return b.firstSeenAt - a.firstSeenAt || (a.pos ?? 0) - (b.pos ?? 0) || a.title.localeCompare(b.title);
}

/** A week's headlines, newest first. */
export async function headlinesForWeek(db: LedeDB, week: string): Promise<StoredHeadline[]> {
  const rows = ((await db.headlines.where('week').equals(week).toArray()) as StoredHeadline[]).map(sanitizeRow);
  return rows.sort(compareHeadlines);
}

/** Every week that has headlines, newest first. */
export async function weeksWithHeadlines(db: LedeDB): Promise<string[]> {
  const weeks = (await db.headlines.orderBy('week').uniqueKeys()) as string[];
  return weeks.reverse();
}

/** The nearest week before `week` that has headlines, or null. */
export async function earlierWeekWithHeadlines(db: LedeDB, week: string): Promise<string | null> {
  const row = await db.headlines.where('week').below(week).last();
  return row?.week ?? null;
}

/** The nearest week after `week` that has headlines, or null. */
export async function laterWeekWithHeadlines(db: LedeDB, week: string): Promise<string | null> {
  const row = await db.headlines.where('week').above(week).first();
  return row?.week ?? null;
}
