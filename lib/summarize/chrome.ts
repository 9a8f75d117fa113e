/**
 * Chrome's built-in Summarizer API (Gemini Nano, on device; Chrome 138+), behind a small wrapper.
 *
 * - `getSummarizerApi()` feature-detects `globalThis.Summarizer` (absent in Firefox, Safari,
 *   Node, and Chrome on hardware that cannot run it).
 * - `chromeAvailability()` → 'available' | 'downloadable' | 'downloading' | 'unavailable'
 *   (never throws: errors read as 'unavailable').
 * - `downloadModel(onProgress)` starts the model download; call it ONLY from a user gesture
 *   (a click), as Chrome requires. Progress (0–1) comes from the `monitor` option's
 *   `downloadprogress` events.
 * - `chromeSummarize(text)` writes a TL;DR (`type: 'tldr'`) and key points (`type: 'key-points'`)
 *   as plain text. Long articles are split into chunks that fit `inputQuota` (measured with
 *   `measureInputUsage`, or estimated from characters where that is missing); several chunk
 *   summaries are summarized again (map-reduce) for the TL;DR, and their key points merged.
 *
 * Nothing leaves the device: the model runs locally. Every failure throws, so the caller
 * (index.ts) can fall back to the local summarizer.
 */

export type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';
export type SummaryType = 'tldr' | 'key-points' | 'teaser' | 'headline';
export type SummaryLength = 'short' | 'medium' | 'long';

/** The part of Chrome's `Summarizer` instance this module uses. */
export interface SummarizerInstance {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  measureInputUsage?(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy?(): void;
}

export interface DownloadProgressEvent extends Event {
  /** 0–1. */
  loaded: number;
}

export interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: DownloadProgressEvent) => void): void;
}

export interface SummarizerCreateOptions {
  type?: SummaryType;
  format?: 'plain-text' | 'markdown';
  length?: SummaryLength;
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  monitor?: (m: CreateMonitor) => void;
  signal?: AbortSignal;
}

/** The part of Chrome's `Summarizer` global this module uses. */
export interface SummarizerApi {
  availability(options?: SummarizerCreateOptions): Promise<Availability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerInstance>;
}

/** The global `Summarizer`, or null where the browser has none. */
export function getSummarizerApi(): SummarizerApi | null {
  const s = (globalThis as { Summarizer?: unknown }).Summarizer;
  if (!s || (typeof s !== 'object' && typeof s !== 'function')) return null;
  const api = s as Partial<SummarizerApi>;
  return typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

/** Languages Chrome's Summarizer accepts as output today (others read as 'unavailable'). */
const OUTPUT_LANGS = new Set(['en', 'es', 'ja']);

/** Language options for availability()/create(): only for a known, supported base language. */
export function languageOptions(lang?: string): Pick<SummarizerCreateOptions, 'expectedInputLanguages' | 'outputLanguage'> {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!base) return {};
  return OUTPUT_LANGS.has(base) ? { expectedInputLanguages: [base], outputLanguage: base } : { expectedInputLanguages: [base] };
}

/** Chrome's availability for summarizing text in `lang`; 'unavailable' without the API or on error. */
export async function chromeAvailability(lang?: string): Promise<Availability> {
  const api = getSummarizerApi();
  if (!api) return 'unavailable';
  try {
    const a = await api.availability({ type: 'key-points', format: 'plain-text', ...languageOptions(lang) });
    return a === 'available' || a === 'downloadable' || a === 'downloading' ? a : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * Start (or join) the model download and wait for it; call from a user gesture only.
 * `onProgress` gets 0–1. Resolves true once the model is ready, false where there is no API or
 * the device cannot run it; rejects when the download fails or is aborted.
 */
export async function downloadModel(onProgress?: (fraction: number) => void, opts: { lang?: string; signal?: AbortSignal } = {}): Promise<boolean> {
  const api = getSummarizerApi();
  if (!api) return false;
  const a = await chromeAvailability(opts.lang);
  if (a === 'unavailable') return false;
  if (a === 'available') {
    onProgress?.(1);
    return true;
  }
  const s = await api.create({
    type: 'key-points',
    format: 'plain-text',
    ...languageOptions(opts.lang),
    signal: opts.signal,
    monitor: (m) => m.addEventListener('downloadprogress', (e) => onProgress?.(clamp01(e.loaded))),
  });
  onProgress?.(1);
  s.destroy?.();
  return true;
}

const clamp01 = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Rough token estimate where measureInputUsage is missing: ~4 Latin characters or 1 CJK character per token. */
export function estimateTokens(text: string): number {
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu) ?? []).length;
  return Math.ceil((text.length - cjk) / 4 + cjk);
}

async function measure(s: SummarizerInstance, text: string, signal?: AbortSignal): Promise<number> {
  if (typeof s.measureInputUsage === 'function') {
    try {
      const n = await s.measureInputUsage(text, { signal });
      if (typeof n === 'number' && Number.isFinite(n)) return n;
    } catch (e) {
      if (signal?.aborted) throw e;
    }
  }
  return estimateTokens(text);
}

/** Pieces of `text` at most `max` characters long, cut at paragraph, then sentence, then word breaks. */
function cutPieces(text: string, max: number): string[] {
  const out: string[] = [];
  const push = (piece: string) => {
    const p = piece.trim();
    if (!p) return;
    if (p.length <= max) return void out.push(p);
    const sentences = p.match(/[^.!?。！？]+(?:[.!?。！？]+["'”’」』)]*\s*|$)/gu) ?? [p];
    if (sentences.length > 1) {
      let cur = '';
      for (const s of sentences) {
        if (cur && cur.length + s.length > max) {
          push(cur);
          cur = '';
        }
        cur += s;
      }
      return push(cur);
    }
    for (let i = 0; i < p.length; i += max) out.push(p.slice(i, i + max)); // no sentence break at all
  };
  const paras = text.split(/\n+/);
  let cur = '';
  for (const para of paras) {
    if (cur && cur.length + para.length + 1 > max) {
      push(cur);
      cur = '';
    }
    cur += (cur ? '\n' : '') + para;
  }
  push(cur);
  return out;
}

/**
 * Split `text` into chunks that each fit the summarizer's input quota (with a 10% margin and the
 * context counted). Paragraph breaks first, then sentence breaks. Returns [text] when it fits.
 */
export async function chunkToQuota(s: SummarizerInstance, text: string, opts: { context?: string; signal?: AbortSignal; maxChunks?: number } = {}): Promise<string[]> {
  const quota = typeof s.inputQuota === 'number' && Number.isFinite(s.inputQuota) && s.inputQuota > 0 ? s.inputQuota : Infinity;
  const budget = Math.floor(quota * 0.9) - (opts.context ? estimateTokens(opts.context) : 0);
  const maxChunks = opts.maxChunks ?? 8;
  const used = await measure(s, text, opts.signal);
  if (used <= budget) return [text];
  if (budget <= 0) throw new Error('summarizer input quota too small');
  // Characters per token measured on this text, then pieces sized to fit, checked and re-cut if needed.
  let maxChars = Math.max(200, Math.floor((text.length / used) * budget));
  for (let attempt = 0; attempt < 4; attempt++) {
    const pieces = cutPieces(text, maxChars);
    let ok = true;
    for (const p of pieces.slice(0, maxChunks)) {
      if ((await measure(s, p, opts.signal)) > budget) {
        ok = false;
        break;
      }
    }
    if (ok) return pieces.slice(0, maxChunks); // very long articles: the first maxChunks chunks
    maxChars = Math.max(100, Math.floor(maxChars * 0.7));
  }
  throw new Error('could not fit the text to the summarizer input quota');
}

/** Remove model noise: <think>…</think> blocks, stray tags, markdown emphasis, code fences. */
export function cleanModelText(raw: string): string {
  return raw
    .replace(/<(think|thinking|reasoning|analysis)>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(?:think|thinking|reasoning|analysis|output|answer|summary)>/gi, '')
    .replace(/```[a-z]*\n?|```/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/\r/g, '')
    .trim();
}

const BULLET = /^\s*(?:[-*•·‣▪◦–—]|\d{1,2}[.)]|[a-z][.)])\s+/iu;

/** Key points as plain text ("* a\n* b", "1. a\n2. b", or one line per point) → bullet items. */
export function parseKeyPoints(raw: string): string[] {
  const text = cleanModelText(raw);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const items: string[] = [];
  const hasBullets = lines.some((l) => BULLET.test(l));
  for (const line of lines) {
    if (BULLET.test(line)) items.push(line.replace(BULLET, '').trim());
    else if (hasBullets && items.length) items[items.length - 1] += ' ' + line; // a wrapped bullet
    else if (!/^(?:here (?:are|is)|key points|summary|takeaways)\b.*:$/i.test(line)) items.push(line);
  }
  const seen = new Set<string>();
  return items
    .map((i) => i.replace(/\s+/g, ' ').replace(/^["'“]|["'”]$/g, '').trim())
    .filter((i) => /[\p{L}\p{N}]/u.test(i) && !seen.has(i.toLowerCase()) && (seen.add(i.toLowerCase()), true));
}

/** A TL;DR as plain text → one paragraph. */
export function parseTldr(raw: string): string {
  return cleanModelText(raw)
    .split('\n')
    .map((l) => l.replace(BULLET, '').trim())
    .filter((l) => l && !/^(?:tl;?dr|summary)\s*:?$/i.test(l))
    .join(' ')
    .replace(/^(?:tl;?dr|summary)\s*:\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ChromeSummaryOptions {
  lang?: string;
  title?: string;
  /** 'short' (TL;DR 1 sentence, 3 key points) or 'medium' (TL;DR 3 sentences, 5 key points). Default: short TL;DR, medium key points. */
  tldrLength?: SummaryLength;
  keyPointsLength?: SummaryLength;
  signal?: AbortSignal;
}

async function summarizeChunks(s: SummarizerInstance, text: string, context: string | undefined, signal?: AbortSignal): Promise<string[]> {
  const chunks = await chunkToQuota(s, text, { context, signal });
  const out: string[] = [];
  for (const c of chunks) out.push(await s.summarize(c, { context, signal }));
  return out;
}

/**
 * Summarize with Chrome's model; the model must be available (no download happens here unless
 * it already started). Throws on any failure or an empty result.
 */
export async function chromeSummarize(text: string, opts: ChromeSummaryOptions = {}): Promise<{ tldr: string; takeaways: string[] }> {
  const api = getSummarizerApi();
  if (!api) throw new Error('Summarizer API not available');
  const base = { format: 'plain-text' as const, ...languageOptions(opts.lang), signal: opts.signal };
  const context = opts.title ? `A news article titled: ${opts.title.slice(0, 200)}` : undefined;
  const signal = opts.signal;

  const kp = await api.create({ ...base, type: 'key-points', length: opts.keyPointsLength ?? 'medium' });
  let takeaways: string[];
  try {
    const parts = await summarizeChunks(kp, text, context, signal);
    takeaways = parts.flatMap(parseKeyPoints);
    if (parts.length > 1 && takeaways.length > 5) {
      // Many chunks: condense the merged key points once more.
      const merged = takeaways.map((t) => `- ${t}`).join('\n');
      const again = (await chunkToQuota(kp, merged, { context, signal }))[0];
      takeaways = parseKeyPoints(await kp.summarize(again, { context, signal }));
    }
  } finally {
    kp.destroy?.();
  }

  const tl = await api.create({ ...base, type: 'tldr', length: opts.tldrLength ?? 'short' });
  let tldr: string;
  try {
    const parts = await summarizeChunks(tl, text, context, signal);
    if (parts.length > 1) {
      const joined = (await chunkToQuota(tl, parts.map(parseTldr).join('\n'), { context, signal }))[0];
      tldr = parseTldr(await tl.summarize(joined, { context, signal }));
    } else tldr = parseTldr(parts[0] ?? '');
  } finally {
    tl.destroy?.();
  }

  takeaways = takeaways.slice(0, 5);
  if (!tldr || !takeaways.length) throw new Error('empty summary from the Summarizer API');
  return { tldr, takeaways };
}
