/**
 * On-device summaries for pages without a TL;DR or takeaways of their own.
 *
 *   const { tldr, takeaways, engine } = await summarize(
 *     { text, title, lang },                      // e.g. from mainText(document) (article-text.ts)
 *     { engine: settings.summaryEngine },          // 'local' | 'chrome' | 'auto'
 *   );
 *
 * Engine choice:
 * - 'local': the extractive summarizer (local.ts). Always works, in every browser.
 * - 'chrome' / 'auto': Chrome's built-in Summarizer API (chrome.ts) when `Summarizer.availability()`
 *   says 'available'. When the model still has to be downloaded ('downloadable' / 'downloading'),
 *   it is used only with `allowDownload: true` — pass that only when the call comes from a user
 *   gesture (a click), and show `onDownloadProgress`. Otherwise, and on any error, an empty result
 *   or a timeout, the local summarizer answers. Firefox has no Summarizer global: always local.
 *
 * The result says which engine wrote it, for the "Summarized on this device" label. No text
 * leaves the device with either engine. The caller decides whether to use the result at all: a
 * page's own TL;DR / takeaways always win over generated ones.
 */
import { chromeAvailability, chromeSummarize, downloadModel, getSummarizerApi } from './chrome';
import { summarizeText, type LocalSummary } from './local';

export type EngineSetting = 'local' | 'chrome' | 'auto';
export type EngineUsed = 'local' | 'chrome-summarizer';

export interface SummarizeInput {
  /** The article's main text; paragraphs separated by line breaks. */
  text: string;
  title?: string;
  /** BCP 47 language of the text, e.g. from <html lang>. */
  lang?: string | null;
  /** Takeaways wanted from the local summarizer, 3–5 (default 3). */
  count?: number;
}

export interface SummarizeEngineOptions {
  engine: EngineSetting;
  /** May the Chrome model be downloaded now? Only true from a user gesture. Default false. */
  allowDownload?: boolean;
  /** Download progress 0–1, when a download runs. */
  onDownloadProgress?: (fraction: number) => void;
  /** Give up on Chrome's model after this long and answer locally. Default 30 s (plus the download, if any). */
  timeoutMs?: number;
  /** Abort everything (the local fallback still answers). */
  signal?: AbortSignal;
}

export interface Summary extends LocalSummary {
  engine: EngineUsed;
}

export { summarizeText, summarizeParagraphs, type LocalSummary, type SummarizeOptions } from './local';
export { chromeAvailability, downloadModel, getSummarizerApi, type Availability } from './chrome';

function local(input: SummarizeInput): Summary {
  return { ...summarizeText(input.text, { lang: input.lang ?? undefined, title: input.title, count: input.count }), engine: 'local' };
}

function withTimeout<T>(p: Promise<T>, ms: number, ctrl: AbortController): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => {
      ctrl.abort();
      reject(new Error(`Summarizer API timed out after ${ms} ms`));
    }, ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/**
 * Summarize an article on this device. Never rejects: every failure of Chrome's model ends in
 * the local summarizer's answer. Empty text gives empty results.
 */
export async function summarize(input: SummarizeInput, opts: SummarizeEngineOptions): Promise<Summary> {
  const text = input.text ?? '';
  if (opts.engine === 'local' || !text.trim() || !getSummarizerApi() || opts.signal?.aborted) return local(input);
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const availability = await chromeAvailability(input.lang ?? undefined);
    if (availability === 'unavailable') return local(input);
    if (availability !== 'available') {
      if (!opts.allowDownload) return local(input);
      const ok = await downloadModel(opts.onDownloadProgress, { lang: input.lang ?? undefined, signal: ctrl.signal });
      if (!ok) return local(input);
    }
    const r = await withTimeout(
      chromeSummarize(text, { lang: input.lang ?? undefined, title: input.title, signal: ctrl.signal }),
      opts.timeoutMs ?? 30_000,
      ctrl,
    );
    return { tldr: r.tldr, takeaways: r.takeaways, engine: 'chrome-summarizer' };
  } catch (e) {
    if (typeof console !== 'undefined') console.warn('[lede] Summarizer API failed, using the local summarizer:', e);
    return local(input);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
