/**
 * Instapaper CSV: `URL,Title,Selection,Folder,Timestamp,Tags`. `Folder` is `Unread`, `Archive`,
 * `Starred` or a folder of the reader's (kept as a tag, as is "starred"); `Timestamp` is Unix
 * seconds; `Tags` is a JSON array string (older exports have no Tags column).
 */
import { readCsv } from './csv';
import type { ImportedItem, ParseContext, ParseResult } from './types';
import { checkUrl, fromUnixSeconds, splitTags } from './util';

export function isInstapaperHeader(header: readonly string[]): boolean {
  return header.includes('url') && header.includes('folder') && header.includes('timestamp');
}

function parseTags(raw: string): string[] {
  const s = raw.trim();
  if (!s) return [];
  if (s.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(s);
      if (Array.isArray(v)) {
        return v.map((t) => (typeof t === 'string' ? t : t && typeof t === 'object' && 'name' in t ? String(t.name) : '')).filter(Boolean);
      }
    } catch {
      // not JSON after all: fall through to a comma list
    }
  }
  return splitTags(s.replace(/^\[|\]$/g, ''), ',').map((t) => t.replace(/^["']|["']$/g, ''));
}

export async function parseInstapaper(text: string, ctx: ParseContext & { part?: string }): Promise<ParseResult> {
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
    const folder = row.get('folder').trim();
    const f = folder.toLowerCase();
    const archived = f === 'archive';
    const tags = parseTags(row.get('tags'));
    if (f === 'starred') tags.push('starred');
    else if (folder && f !== 'unread' && f !== 'archive') tags.push(folder);
    items.push({
      url: checked.url,
      title: row.get('title').trim(),
      savedAt: fromUnixSeconds(row.get('timestamp')),
      status: archived ? 'read' : 'unread',
      archived,
      tags,
      line: row.line,
      ...part,
    });
  }
  return { items, skipped };
}
