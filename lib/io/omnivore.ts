/**
 * Omnivore's export: a zip with `metadata_0.json`, `metadata_1.json`, … (arrays of `{id, slug,
 * title, url, state, labels, savedAt, readingProgress, …}`) and `content/<slug>.html`, the saved
 * page, kept as the offline copy after DOMPurify. A bare metadata JSON array imports too.
 */
import DOMPurify from 'dompurify';
import { ImportError, type ImportedItem, type ParseContext, type ParseResult, type SkippedRow } from './types';
import { checkUrl, fromDateString, htmlToText, parseHtml, throwIfAborted, toProgress, yieldToLoop } from './util';
import type { ZipReader } from './zip';

export function isOmnivoreZip(zip: ZipReader): boolean {
  return zip.names.some((n) => /(^|\/)metadata_\d+\.json$/i.test(n));
}

/** A JSON array whose objects look like Omnivore metadata. */
export function isOmnivoreMetadata(v: unknown): v is unknown[] {
  if (!Array.isArray(v) || !v.length) return false;
  const first = v.find((x) => x && typeof x === 'object') as Record<string, unknown> | undefined;
  return !!first && 'url' in first && ('slug' in first || 'labels' in first || 'readingProgress' in first || 'state' in first);
}

function labelNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((l) => (typeof l === 'string' ? l : l && typeof l === 'object' && 'name' in l ? String((l as { name: unknown }).name) : ''))
    .filter(Boolean);
}

/** Sanitized HTML of a saved page and its text; null when empty. */
export function offlineCopy(html: string, file: string): { html: string; text: string } | null {
  if (!html.trim()) return null;
  const clean = DOMPurify.sanitize(html, { WHOLE_DOCUMENT: false, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
  const text = htmlToText(parseHtml(`<body>${clean}</body>`, file));
  return text ? { html: clean, text } : null;
}

export async function parseOmnivoreItems(
  records: unknown[],
  ctx: ParseContext & { part?: string; content?: (slug: string) => string | null },
): Promise<ParseResult> {
  const items: ImportedItem[] = [];
  const skipped: SkippedRow[] = [];
  const part = ctx.part ? { part: ctx.part } : {};
  for (let i = 0; i < records.length; i++) {
    if (i % 200 === 199) {
      throwIfAborted(ctx.signal, ctx.file);
      await yieldToLoop();
    }
    const line = i + 1;
    const r = records[i];
    if (!r || typeof r !== 'object') {
      skipped.push({ line, reason: 'not an object', ...part });
      continue;
    }
    const rec = r as Record<string, unknown>;
    const checked = checkUrl(rec.url ?? rec.originalUrl);
    if ('reason' in checked) {
      skipped.push({ line, reason: checked.reason, ...part });
      continue;
    }
    const state = String(rec.state ?? '').toLowerCase();
    if (state === 'deleted') {
      skipped.push({ line, reason: 'deleted in Omnivore', ...part });
      continue;
    }
    const archived = state === 'archived' || rec.isArchived === true || !!rec.archivedAt;
    const progress = toProgress(rec.readingProgress ?? rec.readingProgressPercent, true);
    const read = archived || (progress !== undefined && progress >= 0.99);
    const slug = typeof rec.slug === 'string' ? rec.slug : null;
    const html = slug && ctx.content ? ctx.content(slug) : null;
    const offline = html ? offlineCopy(html, ctx.file) : null;
    items.push({
      url: checked.url,
      title: typeof rec.title === 'string' ? rec.title.trim() : '',
      savedAt: fromDateString(rec.savedAt ?? rec.createdAt),
      status: read ? 'read' : 'unread',
      archived,
      tags: labelNames(rec.labels),
      ...(progress !== undefined ? { progress } : {}),
      ...(offline ? { offline } : {}),
      line,
      ...part,
    });
  }
  return { items, skipped };
}

export async function parseOmnivoreZip(zip: ZipReader, ctx: ParseContext): Promise<ParseResult> {
  const metas = zip.names
    .filter((n) => /(^|\/)metadata_\d+\.json$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const contentNames = new Map<string, string>();
  for (const n of zip.names) {
    const m = /(?:^|\/)content\/(.+)\.html?$/i.exec(n);
    if (m) contentNames.set(m[1], n);
  }
  const content = (slug: string): string | null => {
    const name = contentNames.get(slug);
    return name ? zip.readText(name) : null;
  };
  const out: ParseResult = { items: [], skipped: [] };
  for (let i = 0; i < metas.length; i++) {
    let records: unknown;
    try {
      records = JSON.parse(zip.readText(metas[i]));
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError(ctx.file, `${metas[i]} is not valid JSON. Nothing was imported.`);
    }
    if (!Array.isArray(records)) throw new ImportError(ctx.file, `${metas[i]} is not a list of saved articles. Nothing was imported.`);
    const r = await parseOmnivoreItems(records, { ...ctx, part: metas[i], content });
    out.items.push(...r.items);
    out.skipped.push(...r.skipped);
    ctx.onProgress?.((i + 1) / metas.length);
  }
  return out;
}
