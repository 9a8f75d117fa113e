/**
 * Pocket's 2024–25 export as downloaded: a zip of `part_000000.csv`, `part_000001.csv`, … (up to
 * 10,000 rows each). Every part is read as a Pocket CSV (by header name); skipped rows name their part.
 */
import { csvHeader } from './csv';
import { isPocketCsvHeader, parsePocketCsv } from './pocket-csv';
import { ImportError, type ParseContext, type ParseResult } from './types';
import { throwIfAborted, yieldToLoop } from './util';
import type { ZipReader } from './zip';

export function csvParts(zip: ZipReader): string[] {
  return zip.names
    .filter((n) => /\.csv$/i.test(n) && !n.split('/').some((p) => p.startsWith('__MACOSX') || p.startsWith('.')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export async function parsePocketZip(zip: ZipReader, ctx: ParseContext): Promise<ParseResult> {
  const parts = csvParts(zip);
  if (!parts.length) throw new ImportError(ctx.file, 'the zip holds no CSV files; it is not a Pocket export.');
  const out: ParseResult = { items: [], skipped: [] };
  for (let i = 0; i < parts.length; i++) {
    throwIfAborted(ctx.signal, ctx.file);
    const part = parts[i];
    const text = zip.readText(part);
    if (!text.trim()) continue; // an empty part adds nothing
    const header = csvHeader(text);
    if (!isPocketCsvHeader(header)) {
      throw new ImportError(
        ctx.file,
        `${part} is not a Pocket CSV (its columns are ${header.join(', ') || 'missing'}; expected title, url, time_added, tags, status). Nothing was imported.`,
      );
    }
    const r = await parsePocketCsv(text, {
      ...ctx,
      part,
      onProgress: (f) => ctx.onProgress?.((i + f) / parts.length),
    });
    out.items.push(...r.items);
    out.skipped.push(...r.skipped);
    await yieldToLoop();
  }
  return out;
}
