/**
 * Lede's own JSON backup: everything the reader keeps (briefs, saved articles with their state,
 * tags and reading progress, offline copies, ticker headlines of every week, settings), with a
 * `formatVersion`. Importing it into an empty profile reproduces the library exactly (same rows,
 * same ids); into a profile that already has articles, copies merge by normalized URL.
 *
 * Per-tab state (`tabs`) is not backed up: tab ids mean nothing in another browser session.
 */
import { emptyBrief } from '../brief';
import { articleFromBrief } from '../db/articles';
import type { ArticleRow, BriefRow, HeadlineRow, LedeDB, OfflineCopyRow, SettingRow } from '../db/schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { normalizeUrl } from '../url';
import { existingArticles, mergeArticles } from './merge';
import { ImportError, type SkippedRow } from './types';
import { checkUrl } from './util';

export const BACKUP_APP = 'lede';
/** Bump when the shape changes; importers read every version up to this one. */
export const BACKUP_FORMAT_VERSION = 1;

export interface Backup {
  app: typeof BACKUP_APP;
  formatVersion: number;
  exportedAt: string;
  briefs: BriefRow[];
  articles: ArticleRow[];
  offline: OfflineCopyRow[];
  headlines: HeadlineRow[];
  settings: SettingRow[];
}

/** Every table a backup holds, read in one transaction so the snapshot is consistent. */
export async function createBackup(db: LedeDB, now = Date.now()): Promise<Backup> {
  return db.transaction('r', [db.briefs, db.articles, db.offline, db.headlines, db.settings], async () => ({
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    briefs: await db.briefs.toArray(),
    articles: await db.articles.toArray(),
    offline: await db.offline.toArray(),
    headlines: await db.headlines.toArray(),
    settings: await db.settings.toArray(),
  }));
}

export async function exportBackupJson(db: LedeDB, now = Date.now()): Promise<string> {
  return JSON.stringify(await createBackup(db, now));
}

export function backupFileName(now = new Date()): string {
  const d = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return `lede-backup-${d}.json`;
}

/** A parsed JSON value that looks like a Lede backup (any version). */
export function isBackup(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as Record<string, unknown>).app === BACKUP_APP && 'formatVersion' in v;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checked backup rows, ready to write; rows that fail a check are skipped with a reason. */
export interface ValidBackup {
  briefs: BriefRow[];
  articles: ArticleRow[];
  offline: OfflineCopyRow[];
  headlines: HeadlineRow[];
  settings: SettingRow[];
  skipped: SkippedRow[];
}

function list(b: Record<string, unknown>, name: string, file: string): unknown[] {
  const v = b[name];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ImportError(file, `the backup's "${name}" is not a list; the file is damaged. Nothing was imported.`);
  return v;
}

/** Why a known setting's value cannot be used (wrong type), or null. Unknown keys pass as they are. */
function badSetting(key: string, value: unknown): string | null {
  if (!(key in DEFAULT_SETTINGS)) return null;
  const ok: Record<keyof Settings, (v: unknown) => boolean> = {
    disabledSites: isStrArr,
    retentionDays: (v) => isNum(v) && v >= 1,
    summaryEngine: (v) => v === 'auto' || v === 'local' || v === 'chrome',
    popupLastOpenedAt: isNum,
  };
  const check = ok[key as keyof Settings];
  return check && !check(value) ? `setting "${key}" has a value of the wrong kind` : null;
}

export function validateBackup(b: Record<string, unknown>, file: string, now: number): ValidBackup {
  const version = b.formatVersion;
  if (!isNum(version) || version < 1) throw new ImportError(file, 'the backup has no valid formatVersion; the file is damaged. Nothing was imported.');
  if (version > BACKUP_FORMAT_VERSION) {
    throw new ImportError(file, `the backup is format version ${version}, newer than this version of Lede reads (${BACKUP_FORMAT_VERSION}). Update Lede and try again. Nothing was imported.`);
  }
  const skipped: SkippedRow[] = [];
  const skip = (part: string, i: number, reason: string) => skipped.push({ part, line: i + 1, reason });

  const articles: ArticleRow[] = [];
  list(b, 'articles', file).forEach((raw, i) => {
    if (!isObj(raw)) return skip('articles', i, 'not an object');
    const checked = checkUrl(raw.url);
    if ('reason' in checked) return skip('articles', i, checked.reason);
    const url = raw.url as string;
    const defaults = { ...articleFromBrief(emptyBrief(url), now), pending: false };
    const row = { ...defaults, ...raw, key: normalizeUrl(url) ?? url } as ArticleRow;
    if (raw.id !== undefined && !(isNum(raw.id) && raw.id > 0)) delete row.id;
    if (!isNum(row.savedAt)) row.savedAt = now;
    if (!isNum(row.updatedAt)) row.updatedAt = row.savedAt;
    if (row.status !== 'read' && row.status !== 'unread') row.status = 'unread';
    if (row.archived !== 0 && row.archived !== 1) row.archived = row.archived ? 1 : 0;
    if (!isStrArr(row.tags)) row.tags = [];
    if (!isNum(row.progress)) row.progress = 0;
    if (row.readAt !== null && !isNum(row.readAt)) row.readAt = null;
    if (typeof row.title !== 'string') row.title = url;
    articles.push(row);
  });

  const offline: OfflineCopyRow[] = [];
  list(b, 'offline', file).forEach((raw, i) => {
    if (!isObj(raw) || !isNum(raw.articleId) || typeof raw.html !== 'string') return skip('offline', i, 'not an offline copy (articleId, html)');
    offline.push({ ...raw, text: typeof raw.text === 'string' ? raw.text : '', capturedAt: isNum(raw.capturedAt) ? raw.capturedAt : now } as OfflineCopyRow);
  });

  const briefs: BriefRow[] = [];
  list(b, 'briefs', file).forEach((raw, i) => {
    if (!isObj(raw) || typeof raw.key !== 'string' || typeof raw.url !== 'string') return skip('briefs', i, 'not a brief (key, url)');
    if ('reason' in checkUrl(raw.url)) return skip('briefs', i, 'not an http(s) link');
    briefs.push(raw as unknown as BriefRow);
  });

  const headlines: HeadlineRow[] = [];
  list(b, 'headlines', file).forEach((raw, i) => {
    if (!isObj(raw) || typeof raw.id !== 'string' || typeof raw.week !== 'string' || typeof raw.title !== 'string') {
      return skip('headlines', i, 'not a headline (id, week, title)');
    }
    const row = raw as unknown as HeadlineRow;
    if (row.url !== null && row.url !== undefined && 'reason' in checkUrl(row.url)) row.url = null;
    headlines.push(row);
  });

  const settings: SettingRow[] = [];
  list(b, 'settings', file).forEach((raw, i) => {
    if (!isObj(raw) || typeof raw.key !== 'string' || !('value' in raw)) return skip('settings', i, 'not a setting (key, value)');
    const bad = badSetting(raw.key, raw.value);
    if (bad) return skip('settings', i, bad);
    settings.push({ key: raw.key, value: raw.value });
  });

  return { briefs, articles, offline, headlines, settings, skipped };
}

export interface BackupWriteResult {
  imported: number;
  merged: number;
  restored: { briefs: number; headlines: number; settings: number; offline: number };
}

/**
 * Writes a checked backup. Must run inside a rw transaction over briefs, articles, offline,
 * headlines and settings (the caller's, so that the whole import is one transaction).
 */
export async function writeBackup(
  db: LedeDB,
  data: ValidBackup,
  now: number,
  step: (fraction: number) => void,
): Promise<BackupWriteResult> {
  // Copies of one article inside the backup itself merge first.
  const byKey = new Map<string, ArticleRow>();
  const idMap = new Map<number, string>(); // backup id → key
  let merged = 0;
  for (const a of data.articles) {
    if (a.id !== undefined) idMap.set(a.id, a.key);
    const prev = byKey.get(a.key);
    if (prev) {
      byKey.set(a.key, mergeArticles(prev, a, now));
      merged++;
    } else byKey.set(a.key, a);
  }
  const incoming = [...byKey.values()];
  const existing = await existingArticles(db, [...byKey.keys()]);
  const existingByKey = new Map(existing.map((a) => [a.key, a]));
  const wantedIds = incoming.filter((a) => !existingByKey.has(a.key) && a.id !== undefined).map((a) => a.id!);
  const taken = new Set((await db.articles.bulkGet(wantedIds)).filter(Boolean).map((a) => a!.id!));
  step(0.2);

  const toAdd: ArticleRow[] = [];
  const toUpdate: ArticleRow[] = [];
  const usedIds = new Set<number>();
  for (const a of incoming) {
    const old = existingByKey.get(a.key);
    if (old) {
      merged++;
      const m = mergeArticles(old, { ...a, id: old.id }, now);
      if (m !== old && JSON.stringify(m) !== JSON.stringify(old)) toUpdate.push(m);
    } else {
      const row = { ...a };
      if (row.id !== undefined && (taken.has(row.id) || usedIds.has(row.id))) delete row.id;
      if (row.id !== undefined) usedIds.add(row.id);
      toAdd.push(row);
    }
  }
  // Rows keeping their ids first, so ids given to the others never collide with them.
  const withId = toAdd.filter((a) => a.id !== undefined);
  const withoutId = toAdd.filter((a) => a.id === undefined);
  if (withId.length) await db.articles.bulkAdd(withId);
  if (withoutId.length) {
    const ids = (await db.articles.bulkAdd(withoutId, { allKeys: true })) as number[];
    withoutId.forEach((a, i) => (a.id = ids[i]));
  }
  if (toUpdate.length) await db.articles.bulkPut(toUpdate);
  step(0.6);

  // Offline copies follow their article to its id in this database; one already there is kept.
  const keyToId = new Map<string, number>();
  for (const a of [...toAdd, ...toUpdate, ...existing]) keyToId.set(a.key, a.id!);
  const offlineRows: OfflineCopyRow[] = [];
  for (const o of data.offline) {
    const key = idMap.get(o.articleId);
    const id = key === undefined ? undefined : keyToId.get(key);
    if (id !== undefined) offlineRows.push({ ...o, articleId: id });
  }
  const haveOffline = new Set(
    (await db.offline.bulkGet(offlineRows.map((o) => o.articleId))).filter(Boolean).map((o) => o!.articleId),
  );
  const newOffline = offlineRows.filter((o) => !haveOffline.has(o.articleId));
  if (newOffline.length) {
    await db.offline.bulkPut(newOffline);
    const existingIds = new Set(existing.map((a) => a.id!));
    const touched = newOffline.map((o) => o.articleId).filter((id) => existingIds.has(id));
    if (touched.length) await db.articles.where('id').anyOf(touched).modify((a) => void (a.updatedAt = Math.max(now, a.updatedAt)));
  }

  // Briefs: the most recently seen copy wins, first sighting kept.
  const oldBriefs = await db.briefs.bulkGet(data.briefs.map((b) => b.key));
  const briefs = data.briefs.map((b, i) => {
    const old = oldBriefs[i];
    if (!old) return b;
    const newer = old.lastSeenAt >= b.lastSeenAt ? old : b;
    return { ...newer, firstSeenAt: Math.min(old.firstSeenAt, b.firstSeenAt), lastSeenAt: Math.max(old.lastSeenAt, b.lastSeenAt) };
  });
  if (briefs.length) await db.briefs.bulkPut(briefs);

  // Headlines of the same week and title: sites united, counts not added twice.
  const oldHeadlines = await db.headlines.bulkGet(data.headlines.map((h) => h.id));
  const headlines = data.headlines.map((h, i) => {
    const old = oldHeadlines[i];
    if (!old) return h;
    return {
      ...old,
      url: old.url ?? h.url,
      sites: [...new Set([...old.sites, ...h.sites])],
      count: Math.max(old.count, h.count),
      firstSeenAt: Math.min(old.firstSeenAt, h.firstSeenAt),
      lastSeenAt: Math.max(old.lastSeenAt, h.lastSeenAt),
    };
  });
  if (headlines.length) await db.headlines.bulkPut(headlines);
  if (data.settings.length) await db.settings.bulkPut(data.settings);
  step(1);

  return {
    imported: toAdd.length,
    merged,
    restored: { briefs: briefs.length, headlines: headlines.length, settings: data.settings.length, offline: newOffline.length },
  };
}
