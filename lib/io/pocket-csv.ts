/**
 * Pocket CSV (the 2024–25 export): `title,url,time_added,tags,status`, older files also `cursor`;
 * read by header name, in any column order. `time_added` is Unix seconds, tags are `|`-separated,
 * `status` is `unread` or `archive` (Pocket's archive is its "read" list).
 */
import { readCsv, type CsvRow } from './csv';
import type { ImportedItem, ParseContext, ParseResult, SkippedRow } from './types';
import { checkUrl, fromUnixSeconds, splitTags } from './util';

export function isPocketCsvHeader(header: readonly string[]): boolean {
  return header.includes('url') && header.includes('time_added');
}

export function pocketRow(row: CsvRow, part?: string): ImportedItem | SkippedRow {
  const checked = checkUrl(row.get('url'));
  if ('reason' in checked) return { line: row.line, reason: checked.reason, ...(part ? { part } : {}) };
  const status = row.get('status').trim().toLowerCase();
  const archived = status === 'archive' || status === 'archived' || status === 'read';
  return {
    url: checked.url,
    // Lede's own CSV export escapes cells a spreadsheet would run as formulas ('=…): undo it.
    title: row.get('title').trim().replace(/^'(?=[=+\-@\t\r])/, ''),
    savedAt: fromUnixSeconds(row.get('time_added')),
    status: archived ? 'read' : 'unread',
    archived,
    tags: splitTags(row.get('tags'), '|'),
    line: row.line,
    ...(part ? { part } : {}),
  };
}

export async function parsePocketCsv(text: string, ctx: ParseContext & { part?: string }): Promise<ParseResult> {
  const table = await readCsv(text, ctx);
  const items: ImportedItem[] = [];
  const skipped = table.skipped;
  for (const row of table.rows) {
    const r = pocketRow(row, ctx.part);
    if ('url' in r) items.push(r);
    else skipped.push(r);
  }
  return { items, skipped };
}
