/**
 * The always-on content script's first look at a page, kept to a few native DOM queries because
 * it runs on every page a reader opens. It answers one question: could this page hold anything
 * for Lede — an article, or a ticker strip? If so, the background injects /analyze.js, which runs
 * the full detector (detect.ts) and extractors and whose brief replaces this one. If not, this
 * brief (not an article, with its reasons, title, language and site name) is the page's brief.
 *
 * The test that matters is recall: a page the full detector calls an article must never be
 * answered "complete" here (tests/extract/probe.test.ts checks every fixture and corpus page).
 */
import { emptyBrief, type Brief } from '../brief';
import { cleanUrl } from '../url';
import { squash } from './dom';
import { TICKER_LABEL } from './ticker-words';

const HINTS = ['ticker', 'marquee', 'trending', 'breaking', 'headline', 'announcement', 'flash', 'crawl', 'week', 'top-stories', 'topstories', 'scroller', 'strip', 'newsbar'];
const TICKER_SELECTOR = ['marquee', '[role=marquee]', '[aria-roledescription]', ...HINTS.flatMap((h) => [`[class*="${h}" i]`, `[id*="${h}" i]`])].join(',');
const LABEL_SCAN_CHARS = 200_000;

// JSON-LD that names an article type anywhere (a listing that merely links articles is sorted out later).
const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;
// The class markers of text.ts's PAYWALL, as a selector: matched natively, without a walk.
const PAYWALL = '[class*="paywall" i],[class*="regwall" i],[class*="subscriber-only" i],[class*="premium-content" i],[class*="premium-article" i],[class*="piano-" i],[class*="meteredContent" i],[class*="article-locked" i]';
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A', 'BUTTON', 'OPTION', 'TEXTAREA']);
const PROSE_RUN = 40;
const MAX_TEXT_NODES = 5000;
/**
 * Characters of paragraph text from which a page may be an article. The detector needs about
 * 120 words in two paragraphs to call a page an article at all; 120 English words are ~700
 * characters, 120 Chinese "word equivalents" ~240 characters. The bar sits well under both.
 */
const TEXT_CHARS = 200;
const MAX_PARAGRAPHS = 400;

/**
 * True when the page may have a ticker: a marquee, a ticker-ish class or id, or ticker wording
 * ("This Week in AI", "Trending", "速報"…) in its text. A false alarm costs one injection; a miss
 * would lose the page's headlines, so this errs towards yes.
 */
export function mayHaveTicker(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  if (body.querySelector(TICKER_SELECTOR)) return true;
  for (const el of body.querySelectorAll('[aria-label]')) if (TICKER_LABEL.test(el.getAttribute('aria-label')!)) return true;
  return TICKER_LABEL.test((body.textContent ?? '').slice(0, LABEL_SCAN_CHARS));
}

/** Why the page may be an article, or null when it clearly is not one. */
function articleHint(doc: Document, metas: Map<string, string>): string | null {
  if ((metas.get('og:type') ?? '').toLowerCase().endsWith('article')) return 'og:type=article';
  const lds = doc.querySelectorAll('script[type*="ld+json" i]');
  for (let i = 0; i < lds.length && i < 20; i++) if (LD_ARTICLE.test((lds[i].textContent ?? '').slice(0, 100_000))) return 'JSON-LD article type';
  const body = doc.body;
  if (!body) return null;
  const ps = body.getElementsByTagName('p');
  let chars = 0;
  let paragraphs = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const n = Math.min((ps[i].textContent ?? '').trim().length, 5000);
    chars += n;
    if (n >= 25) paragraphs++;
    if (chars >= TEXT_CHARS && paragraphs >= 2) return 'paragraph text';
  }
  // Sites that write text without <p> (div soup, <br> runs): long runs of text outside links.
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  chars = 0;
  paragraphs = 0;
  for (let i = 0, t = walker.nextNode(); t && i < MAX_TEXT_NODES; i++, t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    if (v.length < PROSE_RUN || NOT_PROSE.has(t.parentElement?.tagName ?? '')) continue;
    const n = Math.min(v.trim().length, 5000);
    if (n < PROSE_RUN) continue;
    chars += n;
    paragraphs++;
    if (chars >= TEXT_CHARS && paragraphs >= 2) return 'runs of text';
  }
  if (body.querySelector(PAYWALL)) return 'a paywall marker';
  return null;
}

/**
 * Metadata every page needs: <meta> name/property → content, first wins. Not jsonld.ts's
 * metaMap: that module brings the page scan (text.ts) with it, which the always-on script leaves
 * to /analyze.js.
 */
function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 400; i++) {
    const key = (metas[i].getAttribute('property') || metas[i].getAttribute('name') || '').toLowerCase();
    if (key && !out.has(key)) out.set(key, metas[i].getAttribute('content') ?? '');
  }
  return out;
}

const short = (s: string | null | undefined): string => squash(s ?? '').slice(0, 500);

/**
 * The page's first brief. `complete: false` means the page may be an article or carry a ticker:
 * the background then asks /analyze.js for the full brief, detection included.
 */
export function probePage(doc: Document, url: string): { brief: Brief; complete: boolean } {
  const metas = metaMap(doc);
  const hint = articleHint(doc, metas);
  // The primary subtag, lower case: metadata.ts's normLang convention (the extract contract).
  const lang = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(doc.documentElement?.getAttribute('lang') || metas.get('og:locale') || '');
  const brief: Brief = {
    ...emptyBrief(cleanUrl(url) ?? url),
    reasons: hint ? [`not analyzed yet; may be an article (${hint})`] : ['little paragraph text and no article metadata'],
    title: short(metas.get('og:title') || doc.title),
    siteName: short(metas.get('og:site_name')) || null,
    lang: lang ? lang[1].toLowerCase() : null,
  };
  return { brief, complete: !hint && !mayHaveTicker(doc) };
}
