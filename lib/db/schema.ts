/**
 * The Dexie database. Schema versions are append-only: never edit a released version's stores,
 * add a new `db.version(n)` with an upgrade function and a test that upgrades old rows.
 *
 * Only extension pages and the background open this database: IndexedDB opened from a content
 * script would belong to the web page's origin.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Brief, Origin, Source } from '../brief';

/** A brief of a page the reader visited (saved or not), keyed by its normalized URL. */
export interface BriefRow extends Brief {
  /** normalizeUrl(brief.url): the row's key. */
  key: string;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Which engine wrote a generated TL;DR / takeaways ('local' | 'chrome-summarizer'), if any. */
  summaryEngine?: string | null;
}

export type ReadStatus = 'unread' | 'read';

/** An article the reader saved for later. */
export interface ArticleRow {
  id?: number;
  /** normalizeUrl(url): unique, for "already saved?" and deduplication. */
  key: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  tldr: string | null;
  tldrOrigin: Origin;
  takeaways: string[];
  takeawaysOrigin: Origin;
  sources: Source[];
  wordCount: number;
  /** Epoch ms. */
  savedAt: number;
  status: ReadStatus;
  /** 1 when archived; a number so it can be indexed. */
  archived: 0 | 1;
  readAt: number | null;
  /** Reading progress in the reader page, 0..1. */
  progress: number;
  tags: string[];
  /** True while only the link is known (saved from a link, not yet opened). */
  pending: boolean;
  updatedAt: number;
}

/** The offline copy of a saved article: sanitized HTML and its plain text. */
export interface OfflineCopyRow {
  articleId: number;
  html: string;
  text: string;
  capturedAt: number;
}

/** One ticker headline in one ISO week, deduplicated across pages, visits and sites. */
export interface HeadlineRow {
  /** `${week}|${titleKey}` */
  id: string;
  /** ISO week key, e.g. "2026-W48" (weeks start on Monday, in the reader's time zone). */
  week: string;
  titleKey: string;
  title: string;
  url: string | null;
  sites: string[];
  count: number;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Per-tab state, kept here so a restarted service worker finds it again. */
export interface TabRow {
  tabId: number;
  /** Key of the tab's brief in `briefs`. */
  key: string;
  url: string;
  isArticle: boolean;
  updatedAt: number;
}

export type LedeDB = Dexie & {
  briefs: EntityTable<BriefRow, 'key'>;
  articles: EntityTable<ArticleRow, 'id'>;
  offline: EntityTable<OfflineCopyRow, 'articleId'>;
  headlines: EntityTable<HeadlineRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  tabs: EntityTable<TabRow, 'tabId'>;
};

export const DB_NAME = 'lede';

/** Every schema version, oldest first. Append only. */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    briefs: '&key, lastSeenAt',
    articles: '++id, &key, savedAt, archived, status, *tags',
    offline: '&articleId',
    headlines: '&id, week, firstSeenAt',
    settings: '&key',
    tabs: '&tabId, key',
  });
  // v2: `updatedAt` indexed on articles, so the reading list's search index can fetch only what
  // changed since it last looked; `[archived+status+savedAt]` and `[archived+savedAt]` give each
  // view of the reading list its ids, in order, from one index read. Rows from v1 get an updatedAt
  // (their savedAt when missing), their tags normalized (trimmed, lower-case, deduplicated) and
  // their progress clamped to 0..1.
  db.version(2)
    .stores({ articles: '++id, &key, savedAt, archived, status, *tags, updatedAt, [archived+status+savedAt], [archived+savedAt]' })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((row: Partial<ArticleRow> & Record<string, unknown>) => {
          if (typeof row.updatedAt !== 'number') row.updatedAt = typeof row.savedAt === 'number' ? row.savedAt : 0;
          const tags = Array.isArray(row.tags) ? row.tags : [];
          row.tags = [...new Set(tags.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];
          const p = typeof row.progress === 'number' && Number.isFinite(row.progress) ? row.progress : 0;
          row.progress = Math.min(1, Math.max(0, p));
        }),
    );
}

export function openDb(name = DB_NAME): LedeDB {
  const db = new Dexie(name) as LedeDB;
  defineSchema(db);
  return db;
}
