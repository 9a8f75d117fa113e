/**
 * Importing one file: size check, format from content, parse everything first (yielding to the
 * event loop in chunks, reporting progress, honouring cancel), merge duplicates within the file
 * and with what is already saved, then write in ONE Dexie transaction. A file imports as a whole or
 * changes nothing: a cancel before the commit, a failure inside the transaction, a file that cannot
 * be read — each leaves the database exactly as it was and ends in an `ImportError` naming the file.
 */
import type { ArticleRow, LedeDB, OfflineCopyRow } from '../db/schema';
import { validateBackup, writeBackup } from './backup';
import { detect, type Detected } from './detect';
import { parseInstapaper } from './instapaper';
import { existingArticles, itemToArticle, mergeArticles } from './merge';
import { parseNetscape } from './netscape';
import { parseOmnivoreItems, parseOmnivoreZip } from './omnivore';
import { parsePocketCsv } from './pocket-csv';
import { parsePocketHtml } from './pocket-html';
import { parsePocketZip } from './pocket-zip';
import { parseReadwise } from './readwise';
import { ImportError, type ImportProgress, type ImportReport, type ParseContext, type ParseResult } from './types';
import { CHUNK, ImportCancelled, throwIfAborted, yieldToLoop } from './util';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Rows written per bulk call inside the transaction (progress is reported between them). */
const WRITE_CHUNK = 1000;

export type ImportSource =
  | { name: string; bytes: Uint8Array }
  | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** The import time (tests). */
  now?: number;
}

function mb(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Refuses a file over the size cap, from its size alone. */
export function checkSize(file: { name: string; size: number }): void {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(
      file.name,
      `the file is ${mb(file.size)}, more than the ${mb(MAX_IMPORT_BYTES)} Lede imports at once. Split it (Pocket's zip holds parts of 10,000 rows) and import the parts. Nothing was imported.`,
    );
  }
}

async function readBytes(file: ImportSource): Promise<Uint8Array> {
  if ('bytes' in file) {
    checkSize({ name: file.name, size: file.bytes.byteLength });
    return file.bytes;
  }
  checkSize(file);
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    throw new ImportError(file.name, `the file could not be read (${(e as Error).message || 'read error'}). Nothing was imported.`);
  }
}

async function parse(d: Exclude<Detected, { format: 'lede-backup' }>, ctx: ParseContext): Promise<ParseResult> {
  if ('zip' in d) return d.format === 'omnivore' ? parseOmnivoreZip(d.zip, ctx) : parsePocketZip(d.zip, ctx);
  if ('records' in d) return parseOmnivoreItems(d.records, ctx);
  switch (d.format) {
    case 'pocket-csv':
      return parsePocketCsv(d.text, ctx);
    case 'instapaper':
      return parseInstapaper(d.text, ctx);
    case 'readwise':
      return parseReadwise(d.text, ctx);
    case 'pocket-html':
      return parsePocketHtml(d.text, ctx);
    case 'netscape':
      return parseNetscape(d.text, ctx);
    default:
      throw new ImportError(ctx.file, 'unsupported format.');
  }
}

function storageError(file: string, e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const err = e as { name?: string; message?: string; inner?: { name?: string } };
  const name = err?.inner?.name ?? err?.name;
  if (name === 'QuotaExceededError') {
    return new ImportError(file, 'the browser has no room left to store the import (is the disk full?). Nothing was changed.');
  }
  return new ImportError(file, `saving failed (${err?.message ?? String(e)}). Nothing was changed.`);
}

export async function importFile(db: LedeDB, file: ImportSource, opts: ImportOptions = {}): Promise<ImportReport> {
  const { signal } = opts;
  const name = file.name;
  const now = opts.now ?? Date.now();
  let shown = 0;
  const progress = (phase: ImportProgress['phase'], fraction: number) => {
    shown = Math.min(1, Math.max(shown, fraction)); // never goes back (rounding between phases)
    opts.onProgress?.({ phase, fraction: shown });
  };

  throwIfAborted(signal, name);
  progress('reading', 0);
  const bytes = await readBytes(file);
  throwIfAborted(signal, name);
  progress('parsing', 0.05);
  await yieldToLoop();
  const detected = detect(bytes, name);

  if (detected.format === 'lede-backup') {
    const data = validateBackup(detected.json, name, now);
    progress('saving', 0.5);
    throwIfAborted(signal, name);
    const result = await runTransaction(db, name, signal, [db.briefs, db.articles, db.offline, db.headlines, db.settings], () =>
      writeBackup(db, data, now, (f) => {
        throwIfAborted(signal, name);
        progress('saving', 0.5 + 0.5 * f);
      }),
    );
    return { file: name, format: 'lede-backup', imported: result.imported, merged: result.merged, skipped: data.skipped, unit: 'item', restored: result.restored };
  }

  const parsed = await parse(detected, { file: name, signal, onProgress: (f) => progress('parsing', 0.05 + 0.55 * f) });
  throwIfAborted(signal, name);
  progress('saving', 0.6);
  await yieldToLoop();

  // Duplicates inside the file merge first (first copy's URL and title win).
  const byKey = new Map<string, { row: ArticleRow; offline?: { html: string; text: string } }>();
  let merged = 0;
  for (let i = 0; i < parsed.items.length; i++) {
    if (i % CHUNK === CHUNK - 1) {
      throwIfAborted(signal, name);
      await yieldToLoop();
    }
    const item = parsed.items[i];
    const row = itemToArticle(item, now);
    const prev = byKey.get(row.key);
    if (prev) {
      prev.row = mergeArticles(prev.row, row, now);
      prev.offline ??= item.offline;
      merged++;
    } else byKey.set(row.key, { row, offline: item.offline });
  }
  throwIfAborted(signal, name);

  const counts = await runTransaction(db, name, signal, [db.articles, db.offline], async () => {
    const existing = await existingArticles(db, [...byKey.keys()]);
    const existingByKey = new Map(existing.map((a) => [a.key, a]));
    const toAdd: { row: ArticleRow; offline?: { html: string; text: string } }[] = [];
    const toUpdate: ArticleRow[] = [];
    const offlineFor: { articleId: number; copy: { html: string; text: string } }[] = [];
    let mergedWithDb = 0;
    for (const entry of byKey.values()) {
      const old = existingByKey.get(entry.row.key);
      if (!old) {
        toAdd.push(entry);
        continue;
      }
      mergedWithDb++;
      const m = mergeArticles(old, entry.row, now);
      if (JSON.stringify(m) !== JSON.stringify(old)) toUpdate.push(m);
      if (entry.offline) offlineFor.push({ articleId: old.id!, copy: entry.offline });
    }
    const total = toAdd.length + toUpdate.length + 1;
    let done = 0;
    const step = (n: number) => {
      done += n;
      throwIfAborted(signal, name);
      progress('saving', 0.6 + (0.4 * done) / total);
    };
    for (let i = 0; i < toAdd.length; i += WRITE_CHUNK) {
      const chunk = toAdd.slice(i, i + WRITE_CHUNK);
      const ids = (await db.articles.bulkAdd(chunk.map((e) => e.row), { allKeys: true })) as number[];
      chunk.forEach((e, j) => {
        if (e.offline) offlineFor.push({ articleId: ids[j], copy: e.offline });
      });
      step(chunk.length);
    }
    for (let i = 0; i < toUpdate.length; i += WRITE_CHUNK) {
      const chunk = toUpdate.slice(i, i + WRITE_CHUNK);
      await db.articles.bulkPut(chunk);
      step(chunk.length);
    }
    if (offlineFor.length) {
      // An offline copy already saved (captured by the browser) is better than an imported one.
      const have = new Set((await db.offline.bulkGet(offlineFor.map((o) => o.articleId))).filter(Boolean).map((o) => o!.articleId));
      const rows: OfflineCopyRow[] = offlineFor
        .filter((o) => !have.has(o.articleId))
        .map((o) => ({ articleId: o.articleId, html: o.copy.html, text: o.copy.text, capturedAt: now }));
      if (rows.length) {
        await db.offline.bulkPut(rows);
        // An article already saved that gains an offline copy changed (the search index re-reads it).
        const existingIds = new Set(existing.map((a) => a.id!));
        const touched = rows.map((r) => r.articleId).filter((id) => existingIds.has(id));
        if (touched.length) await db.articles.where('id').anyOf(touched).modify((a) => void (a.updatedAt = Math.max(now, a.updatedAt)));
      }
    }
    step(1);
    return { imported: toAdd.length, mergedWithDb };
  });

  return {
    file: name,
    format: detected.format,
    imported: counts.imported,
    merged: merged + counts.mergedWithDb,
    skipped: parsed.skipped,
    unit: detected.format === 'omnivore' ? 'item' : 'line',
  };
}

/**
 * Runs `body` in one rw transaction; a cancel seen at the end aborts it before commit. Any error
 * rolls everything back and comes out as an ImportError naming the file.
 */
async function runTransaction<T>(
  db: LedeDB,
  file: string,
  signal: AbortSignal | undefined,
  tables: Parameters<LedeDB['transaction']>[1][],
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, async () => {
      const out = await body();
      throwIfAborted(signal, file);
      return out;
    });
  } catch (e) {
    if (e instanceof ImportCancelled) throw e;
    throw storageError(file, e);
  }
}

export { ImportError } from './types';
