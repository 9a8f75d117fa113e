/**
 * Saved articles as a Pocket-compatible CSV (`title,url,time_added,tags,status`), which Pocket
 * importers elsewhere (and Lede) read back. Read-but-not-archived has no Pocket equivalent: it
 * exports as `unread`. Cells that a spreadsheet would run as a formula are escaped.
 */
import Papa from 'papaparse';
import type { ArticleRow, LedeDB } from '../db/schema';

export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export function articlesToCsv(articles: readonly ArticleRow[]): string {
  const data = articles.map((a) => [
    a.title,
    a.url,
    String(Math.floor(a.savedAt / 1000)),
    a.tags.join('|'),
    a.archived ? 'archive' : 'unread',
  ]);
  return Papa.unparse({ fields: [...POCKET_COLUMNS], data }, { escapeFormulae: true, newline: '\n' });
}

export async function exportCsv(db: LedeDB): Promise<string> {
  return articlesToCsv(await db.articles.orderBy('savedAt').toArray());
}

export function csvFileName(now = new Date()): string {
  const d = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return `lede-articles-${d}.csv`;
}
