/**
 * Netscape bookmarks HTML (what every browser exports): `<!DOCTYPE NETSCAPE-Bookmark-file-1>`,
 * nested `<DL><DT><H3>folder</H3><DL>…` and `<DT><A HREF ADD_DATE TAGS="a,b">`. Every folder an
 * item sits in becomes a tag, except the browser's own roots (toolbar, menu, other bookmarks).
 */
import type { ImportedItem, ParseContext, ParseResult, SkippedRow } from './types';
import { checkUrl, fromUnixSeconds, lineNumbersOf, parseHtml, splitTags } from './util';

export function isNetscape(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(text.slice(0, 4096));
}

const ROOT_FOLDERS = new Set([
  'bookmarks', 'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks',
  'favorites bar', 'other favorites', 'unsorted bookmarks',
]);

function isRootFolder(h3: Element): boolean {
  return (
    h3.hasAttribute('personal_toolbar_folder') ||
    h3.hasAttribute('unfiled_bookmarks_folder') ||
    ROOT_FOLDERS.has((h3.textContent ?? '').trim().toLowerCase())
  );
}

/** The H3 that names a <DL>: in the <DT> holding the list, or just before it. */
function folderHeading(dl: Element): Element | null {
  const parent = dl.parentElement;
  if (parent?.tagName === 'DT') {
    const h = parent.querySelector(':scope > h3');
    if (h) return h;
  }
  let prev = dl.previousElementSibling;
  while (prev && prev.tagName === 'P') prev = prev.previousElementSibling;
  if (prev?.tagName === 'H3') return prev;
  if (prev?.tagName === 'DT') return prev.querySelector(':scope > h3');
  return null;
}

function foldersOf(a: Element): string[] {
  const out: string[] = [];
  for (let dl = a.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
    const h = folderHeading(dl);
    if (h && !isRootFolder(h)) {
      const name = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (name) out.unshift(name);
    }
  }
  return out;
}

export async function parseNetscape(text: string, ctx: ParseContext): Promise<ParseResult> {
  const doc = parseHtml(text, ctx.file);
  const lines = lineNumbersOf(text, /<a[\s>]/i);
  const items: ImportedItem[] = [];
  const skipped: SkippedRow[] = [];
  doc.querySelectorAll('a').forEach((a, n) => {
    const line = lines[n] ?? 0;
    const checked = checkUrl(a.getAttribute('href'));
    if ('reason' in checked) {
      skipped.push({ line, reason: checked.reason });
      return;
    }
    items.push({
      url: checked.url,
      title: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      savedAt: fromUnixSeconds(a.getAttribute('add_date')),
      status: 'unread',
      archived: false,
      tags: [...splitTags(a.getAttribute('tags'), ','), ...foldersOf(a)],
      line,
    });
  });
  ctx.onProgress?.(1);
  return { items, skipped };
}
