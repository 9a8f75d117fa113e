/** Small helpers every format module shares: URL checks, dates, tags, yielding, cancel. */
import { cleanTags } from '../db/articles';
import { safeHttpUrl } from '../url';
import { ImportError } from './types';

/** Rows handled between two yields to the event loop while parsing. */
export const CHUNK = 2000;

/** Lets the page paint and handle input (a cancel click) between chunks of work. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class ImportCancelled extends ImportError {
  constructor(file: string) {
    super(file, 'import cancelled; nothing was changed.');
    this.name = 'ImportCancelled';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new ImportCancelled(file);
}

function shorten(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** An http(s) URL, or why the value cannot be imported. */
export function checkUrl(raw: unknown): { url: string } | { reason: string } {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!value) return { reason: 'no URL' };
  const safe = safeHttpUrl(value);
  if (safe) return { url: safe };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return { reason: `not an http(s) link (${scheme.toLowerCase()}: URL)` };
  return { reason: `not a valid URL ("${shorten(value)}")` };
}

/** Unix seconds (as text or number) to epoch ms; null when absent or not a date. */
export function fromUnixSeconds(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  // Some tools write milliseconds: anything past the year 5138 in seconds is taken as ms.
  return Math.round(n > 1e11 ? n : n * 1000);
}

/** An ISO-ish date string (or epoch number) to epoch ms; null when absent or unparsable. */
export function fromDateString(raw: unknown): number | null {
  if (typeof raw === 'number') return fromUnixSeconds(raw);
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return fromUnixSeconds(s);
  // "2024-03-12 18:01:34+00:00" (Python's str(datetime)) → ISO with a T.
  const t = Date.parse(s.replace(/^(\d{4}-\d\d-\d\d) (\d)/, '$1T$2'));
  return Number.isFinite(t) ? t : null;
}

/** Tags cleaned exactly as saved articles clean them (trimmed, lower-case, unique). */
export function cleanTagList(tags: readonly string[]): string[] {
  return cleanTags(tags);
}

/** Splits "a,b" / "a|b" style tag lists. */
export function splitTags(raw: unknown, sep: string | RegExp): string[] {
  if (typeof raw !== 'string' || !raw.trim()) return [];
  return raw.split(sep).map((t) => t.trim()).filter(Boolean);
}

/** Progress 0..1 from a fraction or a percentage; undefined when absent. */
export function toProgress(raw: unknown, percent = false): number | undefined {
  const s = typeof raw === 'string' ? raw.trim().replace(/%$/, '') : raw;
  const n = typeof s === 'number' ? s : typeof s === 'string' && s ? Number(s) : NaN;
  if (!Number.isFinite(n)) return undefined;
  const f = percent || (typeof raw === 'string' && raw.trim().endsWith('%')) || n > 1 ? n / 100 : n;
  return Math.min(1, Math.max(0, f));
}

/** Plain text of an HTML fragment, whitespace-collapsed. */
export function htmlToText(doc: Document): string {
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** 1-based line numbers of each match of `re` in `text`, in order (for HTML formats). */
export function lineNumbersOf(text: string, re: RegExp): number[] {
  const out: number[] = [];
  let line = 1;
  let last = 0;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    out.push(line);
  }
  return out;
}

/** DOMParser, which extension pages and jsdom have; a clear error where it is missing. */
export function parseHtml(html: string, file: string): Document {
  if (typeof DOMParser === 'undefined') throw new ImportError(file, 'HTML files can only be imported from the options page.');
  return new DOMParser().parseFromString(html, 'text/html');
}
