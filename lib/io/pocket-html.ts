/**
 * Pocket's older HTML export (`ril_export.html`): `<h1>Unread</h1><ul><li><a href time_added
 * tags="a,b">title</a>` …, then `<h1>Read Archive</h1>` with the archived ones.
 */
import type { ImportedItem, ParseContext, ParseResult, SkippedRow } from './types';
import { checkUrl, fromUnixSeconds, lineNumbersOf, parseHtml, splitTags } from './util';

export function isPocketHtml(text: string): boolean {
  return /<h1[^>]*>\s*(Unread|Read Archive)\s*<\/h1>/i.test(text) && /<a\s[^>]*time_added/i.test(text);
}

export async function parsePocketHtml(text: string, ctx: ParseContext): Promise<ParseResult> {
  const doc = parseHtml(text, ctx.file);
  const lines = lineNumbersOf(text, /<a[\s>]/i);
  const items: ImportedItem[] = [];
  const skipped: SkippedRow[] = [];
  let archived = false;
  let n = 0;
  // Document order: headings switch the section, links are the saved items.
  for (const el of doc.body.querySelectorAll('h1, a')) {
    if (el.tagName === 'H1') {
      archived = /archive/i.test(el.textContent ?? '');
      continue;
    }
    const line = lines[n++] ?? 0;
    const checked = checkUrl(el.getAttribute('href'));
    if ('reason' in checked) {
      skipped.push({ line, reason: checked.reason });
      continue;
    }
    items.push({
      url: checked.url,
      title: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      savedAt: fromUnixSeconds(el.getAttribute('time_added')),
      status: archived ? 'read' : 'unread',
      archived,
      tags: splitTags(el.getAttribute('tags'), ','),
      line,
    });
  }
  ctx.onProgress?.(1);
  return { items, skipped };
}
