/**
 * Shared DOM helpers for extraction. Everything here is bounded: walks iterate (never recurse on
 * depth), stop after a node cap, and read text through textContent with a length cap, so hostile
 * pages (deep DOMs, huge link farms, megabytes of text) cost a bounded amount of work.
 */

/** Collapses whitespace (incl. NBSP, zero-width) and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, ' ').trim();
}

// tag sets: a Set lookup per element is far cheaper than a regex test
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON', 'TEXTAREA', 'INPUT']);
/** Tag-name test with the interface of RegExp.test, backed by a Set. */
export function tagSet(tags: string[]): { test(t: string): boolean } {
  const s = new Set(tags);
  return { test: (t: string) => s.has(t) };
}
const SKIP = { test: (t: string) => SKIP_TAGS.has(t) };

/**
 * Iterative pre-order walk over elements below `root`, at most `cap` elements; `visit` returns
 * false to skip a subtree, null to stop. Returns the number of elements visited.
 */
export function walk(
  root: Element,
  visit: (el: Element, depth: number) => boolean | void | null,
  cap = 20000,
): number {
  let n = 0;
  let depth = 0;
  let el: Element | null = root.firstElementChild;
  if (!el) return 0;
  depth = 1;
  while (el && n < cap) {
    n++;
    const r: boolean | void | null = SKIP_TAGS.has(el.tagName) ? false : visit(el, depth);
    if (r === null) break;
    const go: boolean = r !== false;
    let next: Element | null = go ? el.firstElementChild : null;
    if (next) {
      depth++;
    } else {
      let cur: Element | null = el;
      while (cur && cur !== root && !cur.nextElementSibling) {
        cur = cur.parentElement;
        depth--;
      }
      next = cur && cur !== root ? cur.nextElementSibling : null;
    }
    el = next;
  }
  return n;
}

/**
 * Text of an element, whitespace-collapsed, script/style skipped, at most `max` characters of
 * input read and at most `cap` nodes visited. Block boundaries become spaces.
 */
const NONSPACE = /\S/;

export function textOf(el: Element | null, max = 4000, cap = 3000): string {
  if (!el) return '';
  const out: string[] = [];
  let len = 0;
  let n = 0;
  // explicit stack of ancestors keeps this iterative on deep trees
  const stack: Node[] = [];
  let node: Node | null = el.firstChild;
  while (node && len < max && n++ < cap) {
    let down = false;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      // (indentation between tags is not text: it must not use up a small `max`)
      if (!NONSPACE.test(v)) out.push(' ');
      else {
        out.push(v.length > max ? v.slice(0, max) : v);
        len += v.length;
      }
    } else if (node.nodeType === 1) {
      const t = (node as Element).tagName;
      if (!SKIP.test(t)) {
        if (BLOCK.test(t) && out[out.length - 1] !== ' ') out.push(' ');
        if (node.firstChild) down = true;
      }
    }
    if (down) {
      stack.push(node);
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = stack.pop() ?? null;
      if (node && out[out.length - 1] !== ' ' && BLOCK.test((node as Element).tagName ?? '')) out.push(' ');
    }
    node = node ? node.nextSibling : null;
  }
  return squash(out.join('').slice(0, max));
}

const BLOCK = tagSet(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'ASIDE', 'TD', 'TH', 'TR', 'DT', 'DD', 'HEADER', 'FOOTER', 'FIGCAPTION', 'PRE', 'HR']);

/** Hidden without layout: hidden attribute, aria-hidden, inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const st = el.getAttribute('style');
  return !!st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st.slice(0, 500));
}

/** class + id, lower-cased and capped. */
export function attrs(el: Element): string {
  const c = el.getAttribute('class') ?? '';
  return (c + ' ' + (el.getAttribute('id') ?? '')).slice(0, 300).toLowerCase();
}

const BP_TAG = tagSet(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);
const BP_ROLE = /^(navigation|contentinfo|complementary|banner|search|menu|menubar|dialog)$/;
// (a state class, "has-footer", "no-sidebar", "with-comments", describes the block's layout, it names no module)
const BP_WORD =
  /(^|[\s_-])(?<!(?:has|no|with|without|is|show|hide)[-_])(related|share|sharing|social|comments?|replies|disqus|newsletter|subscri|sponsor|promo|advert|ads?|cookie|consent|breadcrumbs?|menu|nav|navbar|toc|table-of-contents|sidebar|recommend|popular|most-read|more-stories|read-next|signup|paywall|modal|popup|site-(header|footer)|global-(header|footer|nav)|footer|masthead|byline|author|tags?)(?=$|[\s_-]|[A-Z]|s\b)/;

/** True if the element itself is a boilerplate container (not looking at ancestors). */
export function isBoilerplate(el: Element, inArticle = false): boolean {
  const t = el.tagName;
  if (BP_TAG.test(t) && !(inArticle && (t === 'HEADER' || t === 'FOOTER' || t === 'ASIDE'))) return true;
  const r = el.getAttribute('role');
  if (r && BP_ROLE.test(r)) return true;
  // no class and no id: nothing for the word test to find; an article's or main's class names its
  // kind ("newsletter-post" on Substack), not a module
  if ((!el.hasAttribute('class') && !el.hasAttribute('id')) || t === 'ARTICLE' || t === 'MAIN') return false;
  const m = BP_WORD.exec(attrs(el));
  // a metered site's paywall wrapper holds the rest of the story (hidden by a script for
  // non-subscribers); the prompt to subscribe is a small box
  // a table cell or definition named "comments" is a field of a record (a paper's "Comments:" row), not a thread
  if (m && (t === 'TD' || t === 'DD') && m[2].startsWith('comment')) return false;
  if (m && m[2] === 'paywall') return el.getElementsByTagName('p').length < 2 || textOf(el, 500, 200).length < 300;
  return !!m;
}

/** Is `el` inside a boilerplate container (bounded ancestor walk, up to `stop`)? */
export function inBoilerplate(el: Element, stop?: Element | null, maxUp = 60): boolean {
  let inArticle = !!el.closest?.('article,main,[itemprop=articleBody],[role=main]');
  for (let cur: Element | null = el, i = 0; cur && cur !== stop && i < maxUp; cur = cur.parentElement, i++) {
    if (cur.tagName === 'BODY') break;
    if (isBoilerplate(cur, inArticle)) return true;
    if (inArticle && (cur.tagName === 'ARTICLE' || cur.tagName === 'MAIN')) inArticle = false;
  }
  return false;
}

let memo: { doc: Document; vals: Map<string, unknown> } | null = null;
let held: Document | null = null;

/** Caches a per-document value for the current task only (the DOM may change afterwards). */
export function perTask<T>(doc: Document, key: string, f: () => T): T {
  if (!memo || memo.doc !== doc) {
    memo = { doc, vals: new Map() };
    queueMicrotask(() => {
      if (held !== doc) memo = null;
    });
  }
  if (!memo.vals.has(key)) memo.vals.set(key, f());
  return memo.vals.get(key) as T;
}

/**
 * Keeps perTask's values for `doc` across the tasks of one analysis split into several
 * (index.ts analyzePageInTasks), so its parts share one page scan; dropped when `run` settles.
 */
export async function holdPerTask<T>(doc: Document, run: () => Promise<T>): Promise<T> {
  held = doc;
  try {
    return await run();
  } finally {
    held = null;
    memo = null;
  }
}

/** Class names CMSs give an article's body ("entry-content" in WordPress, "post-body" in Blogger). */
export const BODY_CLASSES = ['post-content', 'entry-content', 'article-body', 'article-content', 'article__body', 'post-body', 'story-body', 'articlebody'];
/** A class attribute naming an article's body. */
export const MARKED = new RegExp(`(^|\\s)(${BODY_CLASSES.join('|')})(\\s|$)`);

/**
 * The main content root: the article body when marked up (article, main, itemprop=articleBody…)
 * holding most of the text, else the densest parent of paragraphs. One bounded pass over <p>s.
 */
export function mainRoot(doc: Document): Element {
  return perTask(doc, 'main', () => {
    const body = doc.body ?? doc.documentElement;
    const ps = body.getElementsByTagName('p');
    const marked = new Map<Element, number>();
    const dense = new Map<Element, number>();
    const isMarked = new Map<Element, boolean>();
    for (let i = 0; i < ps.length && i < 400; i++) {
      const p = ps[i];
      const l = textOf(p, 600, 30).length;
      if (l < 40) continue;
      const par = p.parentElement;
      if (par) dense.set(par, (dense.get(par) ?? 0) + l);
      for (let a = par, k = 0; a && a !== body && k < 25; a = a.parentElement, k++) {
        let m = isMarked.get(a);
        if (m === undefined) {
          const t = a.tagName;
          m = t === 'ARTICLE' || t === 'MAIN' || a.getAttribute('role') === 'main' || a.getAttribute('itemprop') === 'articleBody' || MARKED.test(a.getAttribute('class') ?? '');
          isMarked.set(a, m);
        }
        if (m) marked.set(a, (marked.get(a) ?? 0) + l);
      }
    }
    let max = 0;
    for (const v of marked.values()) max = Math.max(max, v);
    let best: Element | null = null;
    for (const [el, v] of marked) if (v >= max * 0.7 && (!best || best.contains(el))) best = el;
    if (best && max > 200) return best;
    let top: Element = body;
    let topScore = 0;
    for (const [el, v] of dense) if (v > topScore) [top, topScore] = [el, v];
    return topScore > 200 ? top : body;
  });
}

/** A label as written, for matching: lower-cased, without edge punctuation, emoji or numbering. */
export function cleanLabel(s: string): string {
  const q = squash(s);
  // common case: ASCII punctuation (and leading digits) around a text that starts with a letter and
  // ends with a letter or digit; stripped here without the Unicode-class regex, costly to compile
  // and to run
  let a = 0;
  let b = q.length;
  while (a < b && (isAsciiPunct(q.charCodeAt(a)) || isDigit(q.charCodeAt(a)))) a++;
  while (b > a && isAsciiPunct(q.charCodeAt(b - 1))) b--;
  if (a === b) return '';
  if (isLetter(q.charCodeAt(a)) && (isLetter(q.charCodeAt(b - 1)) || isDigit(q.charCodeAt(b - 1)))) return lower(q.slice(a, b));
  // (a trailing mark is part of its letter, as in Hindi "बातें"; emoji selectors are not)
  return lower(q.replace(/^[\s\p{S}\p{P}\p{M}\d]+|[\s\p{S}\p{P}\uFE0E\uFE0F\u20E3]+$/gu, ''));
}

/** Lower case for matching: Turkish dotted capital İ becomes i (toLowerCase adds a combining dot). */
export function lower(s: string): string {
  const l = s.toLowerCase();
  return l.includes('\u0307') ? l.replace(/\u0307/g, '') : l;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII space, punctuation and symbols (all \s, \p{P} or \p{S}). */
const isAsciiPunct = (c: number) => c === 32 || (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
/** Letters of common scripts (none of them \p{S}, \p{P}, \p{M} or a digit). */
function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x410 && c <= 0x44f) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x621 && c <= 0x64a)
  );
}

export const HEADING = tagSet(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The host of a URL, without www. */
export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

/** Removes enclosing quotes and a trailing "Read more"-style leftover. */
export function unquote(s: string): string {
  const m = /^["“”„«»'‘’「『]+([\s\S]*?)["“”„«»'‘’」』]+$/.exec(s);
  return m ? m[1].trim() : s;
}

// A comments heading: "Comments", "48 Comments", "Kommentare (48)", "Leave a reply", "댓글 3"
const COMMENTS_HEAD = /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|leave a (?:comment|reply)|join the (?:discussion|conversation)|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|comentários|reacties|komentarze|комментарии|yorumlar|コメント|评论|評論|留言|댓글|التعليقات)\s*(?:\(?\d+\)?)?$/i;

/** A block that opens with a comments heading is the comment thread, whatever its class ("np-forum"). */
export function commentsBlock(el: Element): boolean {
  const f = el.firstElementChild;
  return !!f && HEADING.test(f.tagName) && COMMENTS_HEAD.test(squash(f.textContent ?? '').slice(0, 40).trim());
}

