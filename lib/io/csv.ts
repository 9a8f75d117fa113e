/**
 * CSV reading shared by the Pocket, Instapaper and Readwise modules: Papa Parse (RFC 4180 quoting,
 * quoted newlines) row by row, with the 1-based line each row starts on, looked up by header name.
 */
import Papa from 'papaparse';
import { ImportError, type SkippedRow } from './types';
import { CHUNK, throwIfAborted, yieldToLoop } from './util';

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  /** The value of a column by its header name (case-insensitive); '' when absent. */
  get(name: string): string;
}

export interface CsvTable {
  /** Header names as written in the file. */
  header: string[];
  rows: CsvRow[];
  skipped: SkippedRow[];
}

/** The header of a CSV text, lower-cased and trimmed (for format detection). */
export function csvHeader(text: string): string[] {
  const firstLine = Papa.parse<string[]>(stripBom(text), { preview: 1, delimiter: ',' });
  return (firstLine.data[0] ?? []).map((h) => h.trim().toLowerCase());
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Parses a whole CSV text. A quoted field that never closes makes the rest of the file one field,
 * so it is an error for the whole file (nothing imported), not a skipped row.
 */
export async function readCsv(
  input: string,
  ctx: { file: string; part?: string; signal?: AbortSignal; onProgress?: (f: number) => void },
): Promise<CsvTable> {
  const text = stripBom(input);
  const where = ctx.part ? `${ctx.part}, ` : '';
  const records: { line: number; fields: string[] }[] = [];
  let line = 1;
  let prev = 0; // absolute offset where the next row starts
  let base = 0; // Papa's cursor restarts after a pause: offset of the resumed part
  let lastCursor = 0;
  let broken: number | null = null;
  let cancelled = false;
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: ',',
      step: (r, parser) => {
        lastCursor = r.meta.cursor;
        const cursor = base + r.meta.cursor;
        const start = line;
        line += countNewlines(text, prev, cursor);
        prev = cursor;
        if (r.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
          broken = start;
          parser.abort();
          return;
        }
        records.push({ line: start, fields: r.data });
        if (records.length % CHUNK === 0) {
          // Let the page breathe (and hear a cancel) every few thousand rows.
          parser.pause();
          base += lastCursor;
          lastCursor = 0;
          ctx.onProgress?.((0.8 * cursor) / Math.max(1, text.length));
          setTimeout(() => {
            if (ctx.signal?.aborted) {
              cancelled = true;
              parser.abort();
            } else parser.resume();
          }, 0);
        }
      },
      complete: () => resolve(),
    });
  });
  if (cancelled) throwIfAborted(ctx.signal, ctx.file);
  if (broken !== null) {
    throw new ImportError(
      ctx.file,
      `${where}line ${broken}: a quoted field is never closed (broken quote), so the rows after it cannot be read. Nothing was imported.`,
    );
  }
  const headerRecord = records.shift();
  const header = (headerRecord?.fields ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = h.toLowerCase();
    if (!index.has(k)) index.set(k, i);
  });
  const rows: CsvRow[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % (CHUNK * 5) === CHUNK * 5 - 1) {
      throwIfAborted(ctx.signal, ctx.file);
      ctx.onProgress?.(0.8 + (0.2 * i) / records.length);
      await yieldToLoop();
    }
    const { line: at, fields } = records[i];
    if (fields.length === 1 && fields[0].trim() === '') continue; // blank line
    if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== '')) {
      skipped.push({
        line: at,
        reason: `has ${fields.length} fields but the header has ${header.length} (a stray comma or quote?)`,
        ...(ctx.part ? { part: ctx.part } : {}),
      });
      continue;
    }
    rows.push({
      line: at,
      get: (name) => {
        const j = index.get(name.toLowerCase());
        return j === undefined ? '' : (fields[j] ?? '');
      },
    });
  }
  ctx.onProgress?.(1);
  return { header, rows, skipped };
}
