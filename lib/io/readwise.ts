/**
 * Readwise Reader CSV: `Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen`.
 * Tags are a Python-style list (`['ai', "it's"]`); `Location` is new / later / shortlist / archive /
 * feed; `Reading progress` is a fraction (or a percentage).
 */
import { readCsv } from './csv';
import type { ImportedItem, ParseContext, ParseResult } from './types';
import { checkUrl, fromDateString, toProgress } from './util';

export function isReadwiseHeader(header: readonly string[]): boolean {
  return header.includes('url') && (header.includes('document tags') || header.includes('saved date') || header.includes('location'));
}

/** `['a', "b's", 'c, d']` → ['a', "b's", 'c, d']; also accepts a JSON list or a bare comma list. */
export function parsePythonList(raw: string): string[] {
  const s = raw.trim();
  if (!s || s === '[]' || s === 'None') return [];
  if (!s.startsWith('[')) return s.split(',').map((t) => t.trim()).filter(Boolean);
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const v = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim();
    if (v) out.push(v);
  }
  return out;
}

export async function parseReadwise(text: string, ctx: ParseContext & { part?: string }): Promise<ParseResult> {
  const table = await readCsv(text, ctx);
  const items: ImportedItem[] = [];
  const skipped = table.skipped;
  const part = ctx.part ? { part: ctx.part } : {};
  for (const row of table.rows) {
    const checked = checkUrl(row.get('url'));
    if ('reason' in checked) {
      skipped.push({ line: row.line, reason: checked.reason, ...part });
      continue;
    }
    const archived = row.get('location').trim().toLowerCase() === 'archive';
    const progress = toProgress(row.get('reading progress'));
    const read = archived || (progress !== undefined && progress >= 0.99);
    items.push({
      url: checked.url,
      title: row.get('title').trim(),
      savedAt: fromDateString(row.get('saved date')),
      status: read ? 'read' : 'unread',
      archived,
      tags: parsePythonList(row.get('document tags')),
      ...(progress !== undefined ? { progress } : {}),
      line: row.line,
      ...part,
    });
  }
  return { items, skipped };
}
