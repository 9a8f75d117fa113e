/**
 * Text measures and the page's main text block, shared by detection and metadata.
 *
 * Word counts: space-separated tokens (with a letter or digit) plus, for scripts written without
 * spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), one word per TWO characters. These
 * "word equivalents" keep one threshold meaningful in every script and make wordCount / 230 a fair
 * reading time (Chinese and Japanese readers read ~400-500 characters a minute).
 *
 * Every walk is bounded (block, ancestor and character caps) and uses textContent, never
 * innerText, so a hostile page (deep DOM, huge text, many links) stays cheap.
 */

// Scripts without spaces between words.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
// The start of a token with a letter or digit (linear: no nested quantifiers to backtrack over).
const TOKEN = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;
const MAX_CHARS = 20_000;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Word equivalents of a text (see above), on at most MAX_CHARS characters. */
export function countWords(text: string): number {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const unspaced = t.match(UNSPACED)?.length ?? 0;
  const tokens = (unspaced ? t.replace(UNSPACED, ' ') : t).match(TOKEN)?.length ?? 0;
  return tokens + Math.round(unspaced / 2);
}

// Containers whose text is not the article.
const SKIP_TAGS = /^(NAV|HEADER|FOOTER|ASIDE|BUTTON|SELECT|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|MENU|DIALOG|FIGCAPTION)$/;
const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|menu|dialog|search)$/;
// A class/id token naming boilerplate, with at most one prefix and one suffix segment
// ("comments", "site-footer", "related-posts"; not "panel-two-col-sidebar-right").
const SKIP_CLASS = /(?:^|\s)(?:[a-z0-9]+[-_])?(?:comments?|comment-list|footer|nav|navbar|navigation|menu|related|share|sharing|social|promo|newsletter|cookies?|breadcrumbs?|subscribe|signup|disqus|recommended|trending|popular|most-read|outbrain|taboola|advert|ads?)(?:[-_][a-z0-9]+)?(?=\s|$)/i;
const BLOCKS = 'P,PRE,BLOCKQUOTE,LI,DD,TD,H1,H2,H3,H4,H5,H6,DIV,SECTION,ARTICLE,UL,OL,TABLE,FIGURE,MAIN,HEADER,FOOTER,NAV,ASIDE,FORM,DL';
const BLOCK_SET = new Set(BLOCKS.split(',').concat('SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'SVG', 'svg', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA'));

function isBoilerplate(el: Element, mainish: Element | null): boolean {
  if (SKIP_TAGS.test(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 300))) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  if (el === mainish || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
  const cls = el.getAttribute('class');
  const id = el.id;
  return (!!cls && cls.length < 200 && SKIP_CLASS.test(cls)) || (!!id && SKIP_CLASS.test(id));
}

export interface Block { el: Element; words: number; linkChars: number; chars: number; anc: Element[] }
export interface MainText {
  /** The element holding most of the article text, or null. */
  container: Element | null;
  /** Blocks of the main text, in page order. */
  blocks: Block[];
  words: number;
  paragraphs: number;
  /** Share of the main text's characters inside links. */
  linkDensity: number;
  /** Teaser cards seen on the page (linked headings, repeated <article> elements). */
  teasers: number;
  /** Words of teaser excerpts (text that sits inside teaser cards). */
  teaserWords: number;
}

const cache = new WeakMap<Document, MainText>();

function teaserCards(doc: Document): { count: number; cards: Set<Element> } {
  const cards = new Set<Element>();
  // Headings that link to another page (not "#anchor" permalinks of a document's own sections).
  const links = doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4');
  const heads = new Set<Element>();
  for (let i = 0; i < links.length && i < 500; i++) {
    const a = links[i].closest('a[href]');
    const href = a?.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const h = links[i].closest('h2,h3,h4') ?? links[i];
    let bp = false;
    for (let p: Element | null = h, k = 0; p && k < 8 && !bp; p = p.parentElement, k++) bp = isBoilerplate(p, null);
    if (!bp && collapse((h.textContent ?? '').slice(0, 300)).length >= 12) heads.add(h);
  }
  let count = heads.size;
  if (count >= 3) {
    // A card is the largest ancestor (up to 4 levels) holding exactly one teaser heading and at
    // most a short excerpt.
    const per = new Map<Element, number>();
    for (const h of heads) for (let p = h.parentElement, k = 0; p && k < 4; p = p.parentElement, k++) per.set(p, (per.get(p) ?? 0) + 1);
    for (const h of heads) {
      let card: Element | null = null;
      for (let p = h.parentElement, k = 0; p && k < 4 && per.get(p) === 1 && p.getElementsByTagName('p').length <= 3; p = p.parentElement, k++) card = p;
      if (card) cards.add(card);
    }
  } else count = 0;
  const articles = doc.getElementsByTagName('article');
  if (articles.length >= 3) {
    let n = 0;
    for (let i = 0; i < articles.length && i < 500; i++) {
      const a = articles[i];
      // A teaser <article> is short.
      if ((a.textContent ?? '').length < 1500) {
        cards.add(a);
        n++;
      }
    }
    if (n >= 3) count = Math.max(count, n);
  }
  return { count, cards };
}

/** The page's main text: the container with the most non-link paragraph text. Cached per task. */
export function mainText(doc: Document): MainText {
  const hit = cache.get(doc);
  if (hit) return hit;
  const body = doc.body;
  const mainish = doc.querySelector('main, [role=main], [itemprop=articleBody]');
  const { count: teasers, cards } = teaserCards(doc);
  const candidates = body ? body.querySelectorAll('p,pre,blockquote,li,div,td,dd,section,article') : [];
  const blocks: Block[] = [];
  const score = new Map<Element, number>();
  let teaserWords = 0;
  for (let i = 0, taken = 0; i < candidates.length && i < 6000 && taken < 2500; i++) {
    const el = candidates[i];
    const tag = el.tagName;
    // Paragraph-like elements count whole; other containers count their own text only (text
    // nodes and inline children: div soup, <br>-separated text), never scripts or blocks.
    let raw = '';
    if (tag === 'P' || tag === 'PRE' || tag === 'BLOCKQUOTE') raw = el.textContent ?? '';
    else {
      const kids = el.childNodes;
      for (let k = 0; k < kids.length && k < 300 && raw.length < MAX_CHARS; k++) {
        const c = kids[k];
        if (c.nodeType === 3) raw += c.nodeValue ?? '';
        else if (c.nodeType === 1 && !BLOCK_SET.has((c as Element).tagName)) raw += (c.textContent ?? '').slice(0, MAX_CHARS);
      }
    }
    if (raw.length < 25 || raw.trim().length < 25) continue;
    const anc: Element[] = [];
    let skip = false;
    let inCard = false;
    for (let p: Element | null = el, k = 0; p && k < 12; p = p.parentElement, k++) {
      if (p !== el) anc.push(p);
      if (isBoilerplate(p, mainish)) {
        skip = true;
        break;
      }
      if (k < 5 && cards.has(p)) inCard = true;
      if (p === mainish) break;
    }
    if (skip) continue;
    taken++;
    const words = countWords(raw);
    if (inCard) {
      teaserWords += words;
      continue;
    }
    if (tag === 'LI' && words < 12) continue;
    let linkChars = 0;
    const links = el.getElementsByTagName('a');
    for (let k = 0; k < links.length && k < 50; k++) linkChars += (links[k].textContent ?? '').length;
    const chars = Math.min(raw.length, MAX_CHARS);
    const b: Block = { el, words, linkChars: Math.min(linkChars, chars), chars, anc };
    blocks.push(b);
    const value = words * (1 - b.linkChars / chars) * (tag === 'LI' ? 0.5 : 1);
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
    if (b.words >= 15) paragraphs++;
  }
  const result: MainText = {
    container, blocks: main, words, paragraphs, linkDensity: chars ? linkChars / chars : 0, teasers, teaserWords,
  };
  cache.set(doc, result);
  // analyzePage is synchronous: reuse within one task, recompute when the page runs again later.
  queueMicrotask(() => cache.delete(doc));
  return result;
}
