/**
 * The always-on content script's first look at a page: detection and metadata only, plus a
 * cheap guess whether the page may carry a ticker strip. The full brief (TL;DR, takeaways,
 * sources, ticker) is worked out by /analyze.js, which the background injects only into pages
 * that are articles or may have a ticker — so most of the extractor is not parsed on every page.
 */
import { emptyBrief, type Brief } from '../brief';
import { detectArticle } from './detect';
import { extractMetadata } from './metadata';
import { TICKER_LABEL } from './ticker-words';

const HINTS = ['ticker', 'marquee', 'trending', 'breaking', 'headline', 'announcement', 'flash', 'crawl', 'week', 'top-stories', 'topstories', 'scroller', 'strip', 'newsbar'];
const SELECTOR = ['marquee', '[role=marquee]', '[aria-roledescription]', ...HINTS.flatMap((h) => [`[class*="${h}" i]`, `[id*="${h}" i]`])].join(',');
const LABEL_SCAN_CHARS = 200_000;

/**
 * True when the page may have a ticker: a marquee, a ticker-ish class or id, or ticker wording
 * ("This Week in AI", "Trending", "速報"…) in its text. A false alarm costs one injection; a miss
 * would lose the page's headlines, so this errs towards yes.
 */
export function mayHaveTicker(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  if (body.querySelector(SELECTOR)) return true;
  for (const el of body.querySelectorAll('[aria-label]')) if (TICKER_LABEL.test(el.getAttribute('aria-label')!)) return true;
  return TICKER_LABEL.test((body.textContent ?? '').slice(0, LABEL_SCAN_CHARS));
}

/** Detection and metadata, with the sections left empty: what every page costs. */
export function probePage(doc: Document, url: string): { brief: Brief; complete: boolean } {
  const meta = extractMetadata(doc, url);
  const { isArticle, reasons } = detectArticle(doc, url);
  const brief: Brief = { ...emptyBrief(meta.url), ...meta, isArticle, reasons };
  return { brief, complete: !isArticle && !mayHaveTicker(doc) };
}
