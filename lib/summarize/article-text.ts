/**
 * The article's main text, for summarizing: `mainText(document)`.
 *
 * Uses @mozilla/readability on a CLONE of the document (Readability mutates what it reads, and
 * the page must stay untouched). This module imports Readability statically, so load it only
 * where it is needed — on save, or when a page has no TL;DR of its own (dynamic `import()`),
 * never from the always-on content script's top level.
 *
 * Falls back to the body's paragraphs when Readability finds nothing (or throws). Captions
 * (<figcaption>), headings, asides, navigation, forms and scripts are not part of the text;
 * boilerplate lines inside it (share prompts, bylines, …) are dropped by the summarizer itself.
 */
import { Readability } from '@mozilla/readability';

export interface ArticleText {
  /** Paragraphs joined by "\n" (the input `summarizeText` expects). */
  text: string;
  /** The main text's paragraphs, whitespace-collapsed, in order. */
  paragraphs: string[];
  /** Readability's title, else document.title. */
  title: string;
  /** Language of the article (<html lang> or Readability's), or null. */
  lang: string | null;
  /** Which extractor produced the text. */
  via: 'readability' | 'paragraphs' | 'none';
}

/** Elements whose text is not the story. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'svg', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'MENU', 'DIALOG']);
/** Elements that end a paragraph. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'BR', 'HR']);

const MAX_NODES = 20_000;
const MAX_CHARS = 100_000;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of `root` split into paragraphs at block boundaries, without captions and other non-story elements. */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let cur = '';
  let nodes = 0;
  let chars = 0;
  const flush = () => {
    const t = collapse(cur);
    if (t) {
      out.push(t);
      chars += t.length;
    }
    cur = '';
  };
  const walk = (node: Node): void => {
    if (++nodes > MAX_NODES || chars > MAX_CHARS) return;
    if (node.nodeType === 3) {
      cur += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = el.tagName ? el.tagName.toUpperCase() : '';
    if (tag && (SKIP.has(tag) || el.hasAttribute?.('hidden') || el.getAttribute?.('aria-hidden') === 'true')) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function fallbackParagraphs(doc: Document): string[] {
  const out: string[] = [];
  const ps = doc.body ? Array.from(doc.body.querySelectorAll('p')).slice(0, 2000) : [];
  for (const p of ps) {
    if (p.closest('nav,aside,footer,header,form,figcaption,[hidden],[aria-hidden="true"]')) continue;
    const t = collapse(p.textContent ?? '');
    if (t) out.push(t);
  }
  return out;
}

/**
 * The main text of an article page. Never throws; never modifies `doc`.
 *
 * @example
 *   const { mainText } = await import('./article-text');
 *   const a = mainText(document);
 *   const s = summarizeText(a.text, { lang: a.lang ?? undefined, title: a.title });
 */
export function mainText(doc: Document): ArticleText {
  const lang = collapse(doc.documentElement?.getAttribute('lang') ?? '') || null;
  let title = collapse(doc.title ?? '');
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, { serializer: (n) => n }).parse();
    if (article) {
      if (article.title) title = collapse(article.title);
      const paragraphs = article.content ? paragraphsOf(article.content) : [];
      const words = paragraphs.join(' ').split(' ').length;
      if (paragraphs.length && words >= 30) {
        return { text: paragraphs.join('\n'), paragraphs, title, lang: lang ?? (collapse(article.lang ?? '') || null), via: 'readability' };
      }
    }
  } catch {
    // fall through to the body's paragraphs
  }
  const paragraphs = fallbackParagraphs(doc);
  return { text: paragraphs.join('\n'), paragraphs, title, lang, via: paragraphs.length ? 'paragraphs' : 'none' };
}
