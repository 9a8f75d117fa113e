/**
 * Ticker: a strip of short headlines ("This Week in AI", "Trending", "Top stories", a marquee),
 * on any page. Not a nav menu, a stock-quote bar, a table of contents, a sidebar list or a forum
 * topic list. A hidden duplicate copy (for the scrolling effect) is counted once.
 */
import type { TickerItem } from '../brief';
import { cleanUrl } from '../url';
import { TICKER_CLASS, TICKER_LABEL } from './labels';
import { attrs, cleanLabel, HEADING, squash, textOf, walk } from './dom';

const MAX_ITEMS = 40;
const STRONG_CLASS = /ticker|marquee|news-?flash|crawl|scroller|news-?strip|newsbar/;
const QUOTE = /(?:^|\s)[+\-−▲▼]?\d[\d,.]*\s?%|[▲▼]|(?:^|\s)[+\-−]\d+[.,]\d+(?:\s|$)/;
const MORE = /^(?:see|view|show|read) (?:all|more)|^(?:more|all|next|prev(?:ious)?|pause|play|close)$/i;

function isLabelText(t: string): boolean {
  return t.length <= 40 && TICKER_LABEL.test(t);
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

interface Raw {
  title: string;
  url: string | null;
  href: string;
}

function itemsOf(el: Element, base: string): Raw[] {
  const links: Raw[] = [];
  const leaves: Raw[] = [];
  walk(
    el,
    (e) => {
      const tag = e.tagName;
      if (tag === 'A') {
        const t = textOf(e, 300, 40);
        if (t) links.push({ title: t, url: cleanUrl(e.getAttribute('href'), base), href: e.getAttribute('href') ?? '' });
      }
      if (tag === 'BR' || tag === 'IMG') return false;
      // a leaf-ish element: no block children
      let leaf = true;
      for (let c = e.firstElementChild, i = 0; c && i < 20; c = c.nextElementSibling, i++)
        if (!/^(B|I|EM|STRONG|SMALL|MARK|U|S|SUP|SUB|ABBR|CODE|FONT|TIME|IMG|BR|SVG|svg|path)$/.test(c.tagName)) leaf = false;
      if (leaf && tag !== 'A') {
        const t = textOf(e, 300, 40);
        if (t) leaves.push({ title: t, url: null, href: '' });
        return false;
      }
    },
    4000,
  );
  const use = links.length >= 3 ? links : leaves;
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
    if (!key || key === lab || isLabelText(title) && out.length === 0 && title.length <= 25 || MORE.test(key)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ title, url: r.url });
  }
  return out;
}

function valid(items: TickerItem[], raw: Raw[], el: Element, strong: boolean): boolean {
  const n = items.length;
  if (n < 3 || n > MAX_ITEMS) return false;
  if (items.some((i) => i.title.length > 160)) return false;
  // stock-quote bar
  if (items.filter((i) => QUOTE.test(i.title)).length * 2 >= n) return false;
  // table of contents: in-page anchors
  if (raw.filter((r) => r.href.startsWith('#')).length * 2 >= raw.length) return false;
  // headlines have words: average ≥ 3 words (or ≥ 8 characters for CJK)
  const words = items.reduce((s, i) => s + Math.max(i.title.split(' ').length, /[\u3040-\u9fff\uac00-\ud7af]/.test(i.title) ? i.title.length / 3 : 0), 0);
  if (words / n < 3) return false;
  // forum topic lists, sidebars of teasers: lots of text besides the headlines
  if (el.closest('table')) return false;
  const total = textOf(el, 20000, 6000).length;
  const own = items.reduce((s, i) => s + i.title.length + 1, 0);
  const copies = Math.max(1, raw.length / n);
  if (!strong && total > own * copies * 1.8 + 80) return false;
  return true;
}

export function extractTicker(doc: Document, url: string): TickerItem[] {
  const body = doc.body;
  if (!body) return [];
  let best: TickerItem[] = [];
  let paras = 0;
  walk(
    body,
    (el) => {
      if (best.length) return false;
      const tag = el.tagName;
      if (tag === 'P' && textOf(el, 200, 30).length > 150) paras++;
      const a = attrs(el);
      const role = el.getAttribute('role') ?? '';
      const strong = tag === 'MARQUEE' || role === 'marquee' || STRONG_CLASS.test(a) || /ticker/i.test(el.getAttribute('aria-roledescription') ?? '');
      if (/quote|stock|market|price|crypto/.test(a) && !/headline/.test(a)) return false;
      const label = strong ? '' : TICKER_CLASS.test(a) ? ' ' : labelOf(el);
      if (!strong && !label) return;
      if (tag === 'NAV' || role === 'navigation' || /(^|[\s_-])(menu|nav|navbar|toc)([\s_-]|$)/.test(a) || el.closest('nav,[role=navigation],aside,[role=complementary]')) {
        if (!strong) return;
      }
      // a labelled list deep in the article or after it is a sidebar/teaser list, not a strip
      if (!strong && paras > 2) return;
      const raw = itemsOf(el, url);
      const items = clean(raw, labelOf(el) || label);
      if (valid(items, raw, el, strong)) {
        best = items;
        return false;
      }
    },
    15000,
  );
  return best;
}
