/**
 * Text measures and ONE bounded walk over the page (`scan`), shared by detection and metadata:
 * the main text block, teaser cards, password inputs, paywall markers, byline and time elements.
 *
 * Word counts: space-separated tokens (with a letter or digit) plus, for scripts written without
 * spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), one word per TWO characters. These
 * "word equivalents" keep one threshold meaningful in every script and make wordCount / 230 a fair
 * reading time (Chinese and Japanese readers read ~400-500 characters a minute).
 *
 * Cost: the walk is iterative (dom.ts `walk`), visits at most MAX_NODES elements, skips
 * boilerplate subtrees, reads text with textContent (never innerText: no layout) and caps every
 * string it measures, so a hostile page (deep DOM, 50,000 links, 10 MB of text) stays cheap.
 */
import { perTask, walk } from './dom';

const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
// The start of a token with a letter or digit: any character that is not a space or punctuation
// (ASCII, Latin-1 and General Punctuation, CJK and full-width punctuation). Not \p{L}\p{N}:
// Unicode property classes cost milliseconds to compile and to run on each page's first pass
// (3x the whole block pass on a Chinese page), and the symbols this lets in are rare in prose.
// Linear: no nested quantifiers to backtrack over.
const TOKEN = /(?:^|\s)[!-\/:-@[-`{-~\u00a1-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f]*[^\s!-\/:-@[-`{-~\u00a1-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f]/g;
const MAX_CHARS = 20_000;
// Enough for the largest real article pages (Wikipedia: ~10,000 elements, boilerplate subtrees not
// counted); the cap is what bounds the scan on a link farm (~3 µs per element on a first run).
const MAX_NODES = 12_000;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Word equivalents of a text (see above), on at most MAX_CHARS characters. */
export function countWords(text: string): number {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const unspaced = t.match(UNSPACED)?.length ?? 0;
  return ((unspaced ? t.replace(UNSPACED, ' ') : t).match(TOKEN)?.length ?? 0) + Math.round(unspaced / 2);
}

// Containers whose text is not the article. HEADER/FOOTER/ASIDE count only outside an article.
// Sets, not regexes: these are tested on every element of the page.
const SKIP_TAGS = new Set(['NAV', 'BUTTON', 'SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'MENU', 'DIALOG', 'FIGCAPTION', 'SVG', 'svg', 'IFRAME']);
const OUTER_TAGS = new Set(['HEADER', 'FOOTER', 'ASIDE']);
const HEAD_TAGS = new Set(['H2', 'H3', 'H4']);
const CAND_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'DIV', 'TD', 'DD', 'SECTION', 'ARTICLE', 'MAIN']);
const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|menu|dialog|search)$/;
// A class/id token naming boilerplate, with at most one prefix and one suffix segment
// ("comments", "site-footer", "related-posts"; not "panel-two-col-sidebar-right").
const SKIP_CLASS = /(?:^|\s)(?!(?:has|no|with|without|is|show|hide)[-_])(?:[a-z0-9]+[-_])?(?:comments?|comment-list|footer|nav|navbar|navigation|menu|related|share|sharing|social|promo|newsletter|cookies?|breadcrumbs?|subscribe|signup|disqus|recommended|trending|popular|most-read|outbrain|taboola|advert|ads?)(?:[-_][a-z0-9]+)?(?=\s|$)/i;
const PAYWALL = /paywall|regwall|premium-(?:content|article)|subscriber-only|piano-|article-locked|meteredContent/i;
const BYLINE = /byline|author/i;
// Elements that end a run of inline text: their text is not the container's own text.
const BLOCK_SET = new Set(
  'P,PRE,BLOCKQUOTE,LI,DD,DT,TD,TH,TR,H1,H2,H3,H4,H5,H6,DIV,SECTION,ARTICLE,UL,OL,TABLE,FIGURE,MAIN,HEADER,FOOTER,NAV,ASIDE,FORM,DL,SCRIPT,STYLE,NOSCRIPT,IFRAME,SVG,svg,TEMPLATE,BUTTON,SELECT,TEXTAREA'.split(','),
);

/** class, id, itemprop or rel says byline or author (each tested alone: no string built per element). */
function isBylineish(el: Element, cls: string | null): boolean {
  if (cls && BYLINE.test(cls)) return true;
  if (el.id && BYLINE.test(el.id)) return true;
  const prop = el.getAttribute('itemprop');
  if (prop && BYLINE.test(prop)) return true;
  const rel = el.getAttribute('rel');
  return !!rel && BYLINE.test(rel);
}

function isBoilerplate(el: Element, inArticle: boolean): boolean {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag) || (!inArticle && OUTER_TAGS.has(tag))) return true;
  // Most elements carry no attribute at all: nothing more to read.
  if (!el.attributes.length) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 300))) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  const cls = el.getAttribute('class');
  // By class/id only when it is not a page-wide wrapper that happens to be named "ad-portal".
  const hit = (!!cls && cls.length < 300 && SKIP_CLASS.exec(cls)) || (!!el.id && SKIP_CLASS.exec(el.id));
  if (!hit || el.getElementsByTagName('p').length >= 12) return false;
  // inside an article, a block named for the newsletter with no sign-up form in it is the issue's
  // own text (TLDR's "newsletter-html" story blurbs), not a sign-up box
  return !(inArticle && /newsletter/i.test(hit[0]) && !el.querySelector('form,input,button,iframe') && (el.textContent ?? '').length >= 100);
}

export interface Block { el: Element; words: number; linkChars: number; chars: number; anc: Element[] }
export interface PageScan {
  /** The element holding most of the article text, or null. */
  container: Element | null;
  /** Blocks of the main text, in page order. */
  blocks: Block[];
  words: number;
  paragraphs: number;
  /** Share of the main text's characters inside links. */
  linkDensity: number;
  /** Teaser cards seen outside boilerplate (linked headings, repeated short <article>s). */
  teasers: number;
  /** Words of teaser excerpts (text that sits inside teaser cards). */
  teaserWords: number;
  /** A password input outside the page's header/navigation. */
  password: boolean;
  /** A paywall marker class/id. */
  paywall: boolean;
  /** Elements whose class/id/itemprop/rel says byline or author (page order, capped). */
  bylines: Element[];
  /** <time> elements outside boilerplate (page order, capped). */
  times: Element[];
}

/**
 * `fn(doc)` computed once per document per task (dom.ts perTask): detection and metadata share it
 * within one synchronous analyzePage call, and a later run (the DOM may have changed) computes it afresh.
 */
export function memo<T>(key: string, fn: (doc: Document) => T): (doc: Document) => T {
  return (doc) => perTask(doc, key, () => fn(doc));
}

/** Does the link go to another site than `host` (subdomains of one site are one site)? */
function offSite(href: string, host: string): boolean {
  const m = /^(?:https?:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(href.trim());
  if (!m) return false;
  const h = m[1].toLowerCase();
  return h !== host && !h.endsWith('.' + host) && !host.endsWith('.' + h);
}

/** Teaser cards: headings that link to another page, and short repeated <article> elements. */
function teaserCards(heads: Element[], articles: Element[], host: string): { count: number; cards: Set<Element> } {
  const cards = new Set<Element>();
  const linked: Element[] = [];
  let away = 0;
  for (const h of heads) {
    const a = h.closest('a[href]') ?? h.querySelector('a[href]');
    const href = a?.getAttribute('href') ?? '';
    // Not "#anchor" permalinks of a document's own sections.
    if (href && !href.startsWith('#') && !/^javascript:/i.test(href) && collapse((h.textContent ?? '').slice(0, 300)).length >= 12) {
      linked.push(h);
      if (host && offSite(href, host)) away++;
    }
  }
  // Headlines that nearly all link to other sites, each over a blurb, are a link roundup's stories
  // (a newsletter issue), not a listing of this site's pages.
  if (away >= 3 && away * 5 >= linked.length * 4) linked.length = 0;
  let count = linked.length;
  if (count >= 3) {
    // A card is the largest ancestor (up to 4 levels) holding exactly one teaser heading and at
    // most a short excerpt.
    const per = new Map<Element, number>();
    for (const h of linked) for (let p = h.parentElement, k = 0; p && k < 4; p = p.parentElement, k++) per.set(p, (per.get(p) ?? 0) + 1);
    for (const h of linked) {
      let card: Element | null = null;
      for (let p = h.parentElement, k = 0; p && k < 4 && per.get(p) === 1 && p.getElementsByTagName('p').length <= 3; p = p.parentElement, k++) card = p;
      if (card) cards.add(card);
    }
  } else count = 0;
  // A teaser <article> is short: no h1, at most two paragraphs, little text.
  const short = articles.filter((a) => !a.getElementsByTagName('h1').length && a.getElementsByTagName('p').length <= 2 && (a.textContent ?? '').length < 1500);
  if (short.length >= 3) {
    for (const a of short) cards.add(a);
    count = Math.max(count, short.length);
  }
  return { count, cards };
}

/** The element's own text: text nodes and inline children, not nested blocks or scripts. */
function ownText(el: Element): string {
  const tag = el.tagName;
  if (tag === 'P' || tag === 'PRE' || tag === 'BLOCKQUOTE') return el.textContent ?? '';
  let raw = '';
  const kids = el.childNodes;
  for (let k = 0; k < kids.length && k < 300 && raw.length < MAX_CHARS; k++) {
    const c = kids[k];
    if (c.nodeType === 3) raw += c.nodeValue ?? '';
    else if (c.nodeType === 1 && !BLOCK_SET.has((c as Element).tagName)) raw += (c.textContent ?? '').slice(0, MAX_CHARS);
  }
  return raw;
}

/** Blank lines (<br><br>) in a block of text written without paragraphs (site builders' div soup). */
function breaks(el: Element): number {
  if (el.tagName === 'P') return 0;
  let n = 0;
  let br = false;
  const kids = el.childNodes;
  for (let k = 0; k < kids.length && k < 300; k++) {
    const c = kids[k];
    if (c.nodeType === 1 && (c as Element).tagName === 'BR') {
      if (br) n++;
      br = true;
    } else if (c.nodeType !== 3 || (c.nodeValue ?? '').trim()) br = false;
  }
  return n;
}

/** The page scan (see PageScan), computed once per task. */
export const scan = memo('scan', (doc: Document): PageScan => {
  const cands: Element[] = [];
  const heads: Element[] = [];
  const articles: Element[] = [];
  const bylines: Element[] = [];
  const times: Element[] = [];
  let password = false;
  let paywall = false;
  let articleDepth = 0;
  const body = doc.body;
  if (body) {
    walk(body, (el, depth) => {
      if (depth <= articleDepth) articleDepth = 0;
      const tag = el.tagName;
      const cls = el.getAttribute('class');
      if (cls && !paywall && PAYWALL.test(cls)) paywall = true;
      if (isBoilerplate(el, articleDepth > 0)) return false;
      // (dom.ts walk does not visit inputs.) A password field outside header, nav and dialogs.
      if (tag === 'FORM' && !password) password = !!el.querySelector('input[type=password]');
      if (!articleDepth && (tag === 'ARTICLE' || tag === 'MAIN')) articleDepth = depth;
      if (tag === 'ARTICLE' && articles.length < 500) articles.push(el);
      if (HEAD_TAGS.has(tag) && heads.length < 500) heads.push(el);
      else if (tag === 'TIME' && times.length < 30) times.push(el);
      if (bylines.length < 30 && el.attributes.length && isBylineish(el, cls)) bylines.push(el);
      if (CAND_TAGS.has(tag) && cands.length < 4000) cands.push(el);
    }, MAX_NODES);
  }
  let host = '';
  try {
    host = new URL(doc.URL).hostname.replace(/^www\./, '');
  } catch { /* no URL: no roundup test */ }
  const { count: teasers, cards } = teaserCards(heads, articles, host);
  const blocks: Block[] = [];
  const score = new Map<Element, number>();
  let teaserWords = 0;
  for (const el of cands) {
    const raw = ownText(el);
    if (raw.length < 25 || raw.trim().length < 25) continue;
    const anc: Element[] = [];
    let inCard = false;
    for (let p: Element | null = el, k = 0; p && k < 12; p = p.parentElement, k++) {
      if (p !== el) anc.push(p);
      if (k < 5 && cards.has(p)) inCard = true;
    }
    const words = countWords(raw);
    if (inCard) {
      teaserWords += words;
      continue;
    }
    if (el.tagName === 'LI' && words < 12) continue;
    let linkChars = 0;
    const links = el.getElementsByTagName('a');
    for (let k = 0; k < links.length && k < 50; k++) linkChars += (links[k].textContent ?? '').length;
    const chars = Math.min(raw.length, MAX_CHARS);
    const b: Block = { el, words, linkChars: Math.min(linkChars, chars), chars, anc };
    blocks.push(b);
    const value = words * (1 - b.linkChars / chars) * (el.tagName === 'LI' ? 0.5 : 1);
    for (let k = 0; k < anc.length && k < 3; k++) score.set(anc[k], (score.get(anc[k]) ?? 0) + value / (k + 1));
  }
  let container: Element | null = null;
  let best = 0;
  for (const [el, s] of score) if (s > best) (best = s), (container = el);
  const main = container ? blocks.filter((b) => b.anc.includes(container as Element)) : [];
  let words = 0;
  let chars = 0;
  let linkChars = 0;
  let paragraphs = 0;
  for (const b of main) {
    words += b.words;
    chars += b.chars;
    linkChars += b.linkChars;
    if (b.words >= 15) paragraphs += Math.min(1 + breaks(b.el), Math.floor(b.words / 15));
  }
  return {
    container, blocks: main, words, paragraphs, linkDensity: chars ? linkChars / chars : 0, teasers, teaserWords,
    password, paywall, bylines, times,
  };
});
