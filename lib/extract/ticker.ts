/**
 * Ticker: a strip of short headlines ("This Week in AI", "Trending", "Top stories", a marquee),
 * on any page. Not a nav menu, a stock-quote bar, a table of contents, a sidebar list or a forum
 * topic list. A hidden duplicate copy (for the scrolling effect) is counted once.
 */
import type { TickerItem } from '../brief';
import { cleanUrl } from '../url';
import { INLINE, TICKER_CLASS, TICKER_LABEL } from './labels';
import { attrs, cleanLabel, HEADING, squash, textOf, walk } from './dom';

const MAX_ITEMS = 40;
const SIDE = /(^|[\s_-])(menu|nav|navbar|tabs|pills|toc|rail|sidebar|side-?bar|col-right|right-col|mod-right|widget-area|related|partner|sponsor|promo|recommend|popular|most-(?:read|popular|viewed))([\s_-]|$)|sidebar|rightrail|leftrail/;
/** SIDE without the menu words: the modules a named strip inside a navigation bar is still not in. */
const SIDE_ONLY = /(^|[\s_-])(toc|rail|sidebar|side-?bar|col-right|right-col|mod-right|widget-area|related|partner|sponsor|promo|recommend|popular|most-(?:read|popular|viewed))([\s_-]|$)|sidebar|rightrail|leftrail/;
/** Containers a theme names for a strip of headlines (looked for inside menus and header bars). */
const NAMED_STRIP = ['breaking', 'ticker', 'marquee', 'newsflash', 'news-flash', 'trending', 'headlines', 'ultima-hora', 'ultimo-momento', 'derniere-minute', 'eilmeldung', 'son-dakika']
  .map((w) => `[class*="${w}" i]`)
  .concat('marquee')
  .join(',');
const NAVROLE = /^(contentinfo|navigation|menu|menubar|tablist)$/;
const NAVCLS = /(^|[\s_-])(menu|nav|navbar|tabs|pills|toc|(?:bread)?crumbs?|pagination)([\s_-]|$)/;
const STRONG_CLASS = /ticker|marquee|news-?flash|crawl(?!er)|scroller|news-?strip|newsbar/;
const QUOTE = /(?:^|\s)[+\-−▲▼]?\d[\d,.]*\s?%|[▲▼]|(?:^|\s)[+\-−]\d+[.,]\d+(?:\s|$)/;
/** A quote's signed change ("+2.91%", "▼ 0.4"): headlines write percentages unsigned. */
const SIGNED = /(?:^|\s)[+\-−]\d[\d,.]*\s?%|[▲▼]/;
const MORE = /^(?:see|view|show|read) (?:all|more)|^(?:more|all|next|prev(?:ious)?|pause|play|close)$/i;

function isLabelText(t: string): boolean {
  // (Turkish "SON DAKİKA": the dotted capital İ does not fold to i in a case-insensitive regex)
  if (t.includes('\u0130')) t = t.replace(/\u0130/g, 'I');
  const m = t.length <= 30 && TICKER_LABEL.exec(t);
  // unspaced scripts: the label opens or closes the text ("ニュース速報"; "トレンド" is not a label of
  // "トレンドマイクロ…", nor "主要ニュース" of "主要ニュースサイト100社のうち…": a word goes on after it)
  return !!m && ((m.index < 3 && !/^[\p{L}\p{N}]/u.test(t.slice(m.index + m[0].length))) || t.includes(' ') || m.index + m[0].length >= t.replace(/[\s:：]+$/, '').length);
}


/** The ticker label of a container: aria-label/title, a leading label child, or a heading before it. */
function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('aria-roledescription') ?? el.getAttribute('data-label') ?? el.getAttribute('title');
  if (aria && isLabelText(aria)) return aria;
  const f = el.firstElementChild;
  if (f && el.childElementCount > 1) {
    const t = textOf(f, 60, 20);
    if (isLabelText(t)) return t;
  }
  const p = el.previousElementSibling;
  if (p && (HEADING.test(p.tagName) || p.childElementCount <= 2)) {
    const t = textOf(p, 60, 20);
    if (isLabelText(t)) return t;
  }
  return '';
}

/**
 * Is the label a link's text that names another page, a breadcrumb's or a menu's entry ("首页 > 快讯 >
 * 正文")? A strip's own label may link to its page ("En continu" → /actualite-en-continu/): then the
 * strip's list, not another link, follows it.
 */
function linkedLabel(el: Element): boolean {
  const as = el.tagName === 'A' ? [el] : [...el.getElementsByTagName('a')].slice(0, 6);
  if (!as.some((a) => isLabelText(textOf(a, 60, 20)))) return false;
  if (as.length > 1) return true;
  const next = el.nextElementSibling;
  return !next || next.tagName === 'A' || next.getElementsByTagName('a').length < 2;
}

interface Raw {
  title: string;
  /** A link's href (resolved only for the strip that is kept), else null. */
  url: string | null;
  href: string;
}

/** Category tags, kickers, dates and counts beside a headline (by class). */
// ("views" only as a whole class, a view count: Drupal's "views-field" wraps the headline itself)
const BESIDE = /(^|[\s_-])(date|time|timestamp|meta|ago|count|category|kicker|tag|badge|label|eyebrow|topic|section-name|flag|pill|live)([\s_-]|$)|(^|\s)views(\s|$)/;

/** A link's headline: its text without a category tag, kicker or time inside it. */
function linkTitle(a: Element): string {
  let tagged = false;
  for (let c = a.firstElementChild, i = 0; c && i < 8; c = c.nextElementSibling, i++)
    if (c.tagName === 'TIME' || ((c.hasAttribute('class') || c.hasAttribute('id')) && BESIDE.test(attrs(c)))) tagged = true;
  if (!tagged) return textOf(a, 300, 40);
  let t = '';
  for (let n = a.firstChild, i = 0; n && i < 20; n = n.nextSibling, i++) {
    if (n.nodeType === 3) t += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const c = n as Element;
      if (c.tagName === 'TIME' || ((c.hasAttribute('class') || c.hasAttribute('id')) && BESIDE.test(attrs(c)))) continue;
      t += ' ' + textOf(c, 300, 40) + ' ';
    }
  }
  return squash(t);
}

const NOT_HEADLINE = /(^|[\s_-])(date|time|timestamp|meta|ago|count|category|kicker)([\s_-]|$)|(^|\s)views(\s|$)/;

function itemsOf(el: Element): Raw[] | null {
  const links: Raw[] = [];
  const leaves: Raw[] = [];
  // links and the plain-text items of a list of links (<li><span>Headline</span></li>), in page order
  const mixed: Raw[] = [];
  // unlinked items written like the linked ones (<a class="ticker__item">, <span class="ticker__item">)
  const alike: [Raw, string, boolean][] = [];
  const n = walk(
    el,
    (e) => {
      const tag = e.tagName;
      if (tag === 'A') {
        const t = linkTitle(e);
        if (t) {
          const r = { title: t, url: e.getAttribute('href') ?? '', href: e.getAttribute('href') ?? '' };
          links.push(r);
          mixed.push(r);
          // (a link with no class of its own in an item wrapper: <span class="ticker__item"><a>…</a></span>)
          const p = e.parentElement;
          alike.push([r, e.getAttribute('class') || (p && p !== el && p.childElementCount === 1 ? p.getAttribute('class') : '') || '', true]);
        }
      }
      // dates, counts and category tags beside a headline are not headlines
      if (tag === 'BR' || tag === 'IMG' || tag === 'TIME' || NOT_HEADLINE.test(attrs(e))) return false;
      // a leaf-ish element: no block children
      let leaf = true;
      for (let c = e.firstElementChild, i = 0; c && i < 20; c = c.nextElementSibling, i++)
        if (!/^(B|I|EM|STRONG|SMALL|MARK|U|S|SUP|SUB|ABBR|CODE|FONT|TIME|IMG|BR|SVG|svg|path)$/.test(c.tagName)) leaf = false;
      if (leaf && tag !== 'A') {
        const t = textOf(e, 300, 40);
        // a badge before the headline ("<span class=c-live-tag>LIVE</span> <span>Headline</span>")
        if (t.length <= 15 && e.nextElementSibling && BESIDE.test(attrs(e))) return false;
        if (t) {
          const r = { title: t, url: null, href: '' };
          leaves.push(r);
          // an item of the strip's list without a link is an item too (url null)
          const li = tag === 'LI' ? e : e.closest('li');
          if (li && el.contains(li) && li !== el && !e.closest('a') && !li.querySelector('a')) mixed.push(r);
          else if (!li && !e.closest('a') && e.hasAttribute('class')) alike.push([r, e.getAttribute('class') ?? '', false]);
        }
        return false;
      }
    },
    800,
  );
  // a strip is small: a container of hundreds of elements is a page section, not a ticker
  if (n >= 800) return null;
  // (compared by their first class: "views-row" and "views-row top-stories-strip__notice" are alike)
  const first = (c: string) => c.trim().split(/\s+/)[0];
  const linkCls = new Set(alike.filter(([, c, l]) => l && c).map(([, c]) => first(c)));
  const same = linkCls.size ? alike.filter(([, c, l]) => l || linkCls.has(first(c))).map(([r]) => r) : [];
  const use =
    same.length > links.length && same.length >= 2 ? same
    : links.length >= 2 || (links.length === 1 && mixed.length >= 2) ? mixed
    : leaves.length ? leaves : [{ title: textOf(el, 3000, 400), url: null, href: '' }];
  if (use.length === 1) {
    // one flat strip of text separated by bullets or pipes
    const parts = use[0].title.split(/\s+[•·|◆■▪]\s+|\s{3,}/);
    if (parts.length >= 3) return parts.map((title) => ({ title, url: null, href: '' }));
  }
  return use;
}

function clean(raw: Raw[], label: string): TickerItem[] {
  const seen = new Set<string>();
  const out: TickerItem[] = [];
  const lab = cleanLabel(label);
  for (const r of raw) {
    const title = squash(r.title.replace(/^[\s•·|◆■▪►▸—–\-:]+|[\s•·|◆■▪—–\-]+$/g, ''));
    const key = cleanLabel(title);
    // (a first item that is the strip's label; not a headline tagged "[속보] …" / "【速報】…")
    if (!key || key === lab || (isLabelText(title) && out.length === 0 && title.length <= 25 && !/^[[【(（]/.test(title)) || MORE.test(key)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ title, url: r.url });
  }
  return out;
}

function valid(items: TickerItem[], raw: Raw[], el: Element, strong: boolean, labelled = false): boolean {
  const n = items.length;
  // two headlines, one of them linked, make a strip when a ticker label or class names it; three otherwise
  if (n < 2 || (n === 2 && !((strong || labelled) && items.some((i) => i.url))) || n > MAX_ITEMS) return false;
  if (items.some((i) => i.title.length > 160)) return false;
  // stock-quote bar
  // (a quote is a symbol and its numbers, "NVDA 142.50 +2.3%"; a headline with a percentage in it,
  // "[속보] 코스피 2% 넘게 올라 3,100선 회복", has more words)
  const q = items.filter((i) => SIGNED.test(i.title) || (QUOTE.test(i.title) && i.title.split(' ').length <= 4)).length;
  if (q >= 2 && q * 2 >= n) return false;
  // table of contents: in-page anchors
  if (raw.filter((r) => r.href.startsWith('#')).length * 2 >= raw.length) return false;
  // headlines have words: average ≥ 3 words (or ≥ 8 characters for CJK)
  const words = items.reduce((s, i) => s + Math.max(i.title.split(' ').length, /[\u3040-\u9fff\uac00-\ud7af]/.test(i.title) ? i.title.length / 3 : 0), 0);
  if (words / n < (strong ? 2 : 2.5)) return false;
  // forum topic lists, sidebars of teasers: lots of text besides the headlines
  if (el.closest('table')) return false;
  const total = textOf(el, 20000, 6000).length;
  const own = items.reduce((s, i) => s + i.title.length + 1, 0);
  const copies = Math.max(1, raw.length / n);
  if (!strong && total > own * copies * 1.8 + 80) return false;
  // even a container named like a strip ("notion-scroller": a page's scrolling body) is none when most
  // of its text is not its headlines
  if (total > own * copies * 4 + 500) return false;
  // a section of teaser cards (<article> each) is a listing
  if (!strong && el.getElementsByTagName('article').length >= 2) return false;
  return true;
}

/** Text of a small element (a label): only its own text nodes and inline children, ≤ 60 chars. */
function shortText(el: Element): string {
  // no text at all below a childless element: nothing to read
  if (!el.firstChild) return '';
  for (let c = el.firstElementChild, i = 0; c; c = c.nextElementSibling)
    if (++i > 3 || !INLINE.test(c.tagName)) return '';
  const t = textOf(el, 81, 12);
  return t.length <= 80 ? t : '';
}

const BREAKING = /breaking|just in|eilmeldung|速報|속보|عاجل|срочно|son dakika|última hora|[uú]ltimo momento|dernière minute|ultim[’']ora|突发|快讯/i;
const CJK = /[\u3040-\u9fff\uac00-\ud7af]/;

/**
 * A breaking-news banner: a "Breaking" label and one headline link, nothing else (a one-item
 * strip). Not inside the article, a list or a sidebar.
 */
function breakingOne(el: Element): Raw | null {
  if (el.closest('article,main,aside,li,nav,footer,table')) return null;
  const label = labelOf(el);
  if (!label || !BREAKING.test(label)) return null;
  const as = el.getElementsByTagName('a');
  // (or its one headline unlinked: "<strong>Eilmeldung</strong> <span>Sturmtief …</span>")
  const head = as.length === 1 ? as[0] : !as.length && el.childElementCount === 2 ? el.lastElementChild : null;
  if (!head) return null;
  const t = textOf(head, 300, 40);
  if (!t || t.length > 160 || (t.split(' ').length < 4 && !(CJK.test(t) && t.length >= 8))) return null;
  if (textOf(el, 600, 80).length > t.length + label.length + 40) return null;
  if (head.tagName !== 'A') return { title: t, url: null, href: '' };
  const href = head.getAttribute('href') ?? '';
  return href ? { title: t, url: href, href } : null;
}

export function extractTicker(doc: Document, url: string): TickerItem[] {
  const body = doc.body;
  if (!body) return [];
  // the third long paragraph: a labelled list after it is a sidebar/teaser list, not a strip
  // (found only when a candidate needs it: most pages have none)
  let deep: Element | null | undefined;
  const deepP = (): Element | null => {
    if (deep !== undefined) return deep;
    deep = null;
    const ps = body.getElementsByTagName('p');
    for (let i = 0, n = 0; i < ps.length && i < 300; i++)
      if (textOf(ps[i], 200, 30).length > 100 && ++n === 3) {
        deep = ps[i];
        break;
      }
    return deep;
  };
  const cands: Element[] = [];
  const seen = new Set<Element>();
  const add = (e: Element | null) => {
    if (e && !seen.has(e) && e !== body && e.tagName !== 'HTML') seen.add(e), cands.push(e);
  };
  const perList = new Map<Element, number>();
  walk(
    body,
    (el) => {
      if (cands.length > 60) return null;
      // past the 40th item of a long list (a strip holds at most MAX_ITEMS) there is no label to find
      if (el.tagName === 'LI' && el.parentElement) {
        const k = (perList.get(el.parentElement) ?? 0) + 1;
        perList.set(el.parentElement, k);
        if (k > MAX_ITEMS) return false;
      }
      // no class and no id: no class hint to test (attrs() would be ' ')
      const named = el.hasAttribute('class') || el.hasAttribute('id');
      const a = named ? attrs(el) : '';
      if (named && /quote|stock|market|price|crypto|ticker-?symbol/.test(a) && !/headline|news/.test(a)) return false;
      const aria = el.getAttribute('aria-label') ?? el.getAttribute('aria-roledescription') ?? '';
      const role = el.getAttribute('role');
      // component names in data attributes (data-component="ticker", data-module="breaking-news")
      const comp = el.getAttribute('data-component') ?? el.getAttribute('data-module') ?? el.getAttribute('data-testid');
      if (el.tagName === 'MARQUEE' || role === 'marquee' || (named && TICKER_CLASS.test(a)) || (aria && isLabelText(aria)) || (comp && TICKER_CLASS.test(comp.slice(0, 60).toLowerCase()))) {
        add(el);
        return;
      }
      // menus and tab bars ("Latest | Top | Categories") are not labels of a strip; nor the site footer
      if (el.tagName === 'NAV' || el.tagName === 'FOOTER' || (role && NAVROLE.test(role)) || (named && NAVCLS.test(a))) {
        // (a header bar named for its menu may hold a strip named for itself: kept when it is also
        // labelled, see below)
        if (el.tagName !== 'FOOTER') {
          const inner = el.querySelectorAll(NAMED_STRIP);
          for (let i = 0; i < inner.length && i < 6; i++) add(inner[i]);
        }
        return false;
      }
      const t = shortText(el);
      // a linked list item ("速報" in a menu) is a menu entry, not the label of a strip; so is a
      // link of its own ("首页 > 快讯 > 正文", a breadcrumb)
      if (t && isLabelText(t) && !(el.tagName === 'LI' && el.querySelector('a')) && !linkedLabel(el)) {
        // a label: the container is its parent (or grandparent), or the list right after it
        let x: Element | null = el;
        for (let i = 0; i < 3 && x; i++) {
          add(x.nextElementSibling);
          const p: Element | null = x.parentElement;
          if (p && p.firstElementChild !== x && p.firstElementChild?.nextElementSibling !== x) break;
          add(p);
          x = p;
        }
        return false;
      }
      // below a link (its text was just read) there is no label to find
      if (el.tagName === 'A') return false;
    },
    8000,
  );
  let budget = 4000;
  for (const el of cands) {
    if (budget <= 0) break;
    if (/^(ARTICLE|MAIN|BODY)$/.test(el.tagName)) continue;
    const a = attrs(el);
    const comp = (el.getAttribute('data-component') ?? el.getAttribute('data-module') ?? el.getAttribute('data-testid') ?? '').slice(0, 60).toLowerCase();
    const strong = el.tagName === 'MARQUEE' || el.getAttribute('role') === 'marquee' || STRONG_CLASS.test(a) || STRONG_CLASS.test(comp) || /ticker/i.test(el.getAttribute('aria-roledescription') ?? '');
    if (!strong) {
      const d = deepP();
      if (d && d.compareDocumentPosition(el) & 4 /* FOLLOWING */) continue;
      // a strip named twice, by its class and by its label ("Breaking News"), may sit in the header's
      // navigation bar (WordPress news themes put it there); a menu is named neither way
      const named = el.tagName !== 'NAV' && TICKER_CLASS.test(a) && !!labelOf(el);
      // (a theme's top bar holds its widgets in <aside>s: a strip named so there is a strip)
      const box = el.closest(named ? 'aside,[role=complementary],table' : 'nav,[role=navigation],aside,[role=complementary],table');
      if (el.tagName === 'NAV' || (box && !(named && box.tagName === 'ASIDE' && box.parentElement?.closest('header,[class*="top-bar"],[class*="topbar"]')))) continue;
      // sidebars, rails, related/partner/popular modules are lists, not strips
      let side = false;
      // (the body's classes describe the page's layout, "has-sidebar", not a module)
      // (nor does a layout wrapper named for its rail, "b-right-rail-advanced", that holds the headline too)
      for (let x: Element | null = el, i = 0; x && x !== body && i < 12 && !side; x = x.parentElement, i++) side = (named ? SIDE_ONLY : SIDE).test(attrs(x)) && !x.getElementsByTagName('h1').length;
      if (side) continue;
    }
    const raw = itemsOf(el);
    budget -= raw ? raw.length * 3 + 50 : 800;
    if (!raw) continue;
    const label = labelOf(el);
    const items = clean(raw, label);
    // URLs parsed only for the strip kept
    if (valid(items, raw, el, strong, !!label)) return items.map((i) => ({ ...i, url: i.url === null ? null : cleanUrl(i.url, url) }));
  }
  // no strip: a one-headline breaking-news banner
  for (let i = 0; i < cands.length && i < 20; i++) {
    // (a candidate that is only the banner's label, "<span class=breaking-label>Breaking</span>": its banner)
    const c = cands[i];
    const one = breakingOne(c) ?? (c.parentElement && !c.childElementCount && isLabelText(textOf(c, 60, 10)) ? breakingOne(c.parentElement) : null);
    if (one && one.url === null) return [{ title: squash(one.title), url: null }];
    const u = one && cleanUrl(one.href, url);
    if (one && u) return [{ title: squash(one.title), url: u }];
  }
  return [];
}
