/**
 * The offline copy of a page: its main content found by Readability, sanitized by DOMPurify, with
 * its plain text (what the reading list's search reads). Pure DOM code, no extension APIs: the
 * snapshot script runs it in the tab, tests and benchmarks run it in jsdom.
 *
 * Imported only by the snapshot script (injected when the reader saves), never by the always-on
 * content script: Readability and DOMPurify are ~100 kB.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify, { type DOMPurify } from 'dompurify';

export interface OfflineCopy {
  html: string;
  text: string;
}

/** Stored copies are capped (the background rejects bigger ones, see lib/background/save.ts). */
export const OFFLINE_MAX_CHARS = 5 * 1024 * 1024;

/** What a stored copy may contain. Media is kept (with http(s) sources only) but never displayed as such. */
export const STORE_PURIFY_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'noscript', 'template'],
  FORBID_ATTR: ['style', 'srcset', 'class', 'id'],
  ALLOW_DATA_ATTR: false,
};

const purifiers = new WeakMap<object, DOMPurify>();
function purifierFor(win: Window & typeof globalThis): DOMPurify {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win);
    purifiers.set(win, p);
  }
  return p;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Past these, Readability would hold the page's main thread for seconds (measured: 2–4 s on a
 * 10 MB page and on one with 50,000 links); such pages get the <article>/<main> fallback.
 */
const READABILITY_MAX_ELEMENTS = 30_000;
const READABILITY_MAX_CHARS = 2_000_000;

/** Readability's answer, or the page's <article>/<main> when Readability finds no article. */
export function findMainContent(doc: Document): { html: string; text: string } | null {
  const huge =
    doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS || (doc.body?.textContent?.length ?? 0) > READABILITY_MAX_CHARS;
  if (!huge) {
    try {
      const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
      if (article?.content && collapse(article.textContent ?? '').length > 0) {
        return { html: article.content, text: article.textContent ?? '' };
      }
    } catch {
      // A page Readability cannot parse: fall through.
    }
  }
  try {
    const candidates = [...doc.querySelectorAll('article, main, [role="main"]')];
    const best = candidates.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
    return best && collapse(best.textContent ?? '') ? { html: best.innerHTML, text: best.textContent ?? '' } : null;
  } catch {
    return null; // e.g. a DOM too deep to serialize
  }
}

/**
 * Raw text past this cannot collapse to a storable copy in practice (it would have to be one third
 * whitespace); such copies are dropped before sanitizing, which is the costly part on huge pages.
 */
const RAW_TEXT_MAX_CHARS = 1.5 * OFFLINE_MAX_CHARS;

/** The stored form of the main content: sanitized HTML and collapsed text, or null when too big. */
export function sanitizeCopy(win: Window & typeof globalThis, found: { html: string; text: string }): OfflineCopy | null {
  if (found.text.length > RAW_TEXT_MAX_CHARS) return null;
  const text = collapse(found.text);
  if (!text || text.length > OFFLINE_MAX_CHARS) return null;
  const html = purifierFor(win).sanitize(found.html, STORE_PURIFY_CONFIG) as string;
  if (html.length > OFFLINE_MAX_CHARS) return null;
  return { html, text };
}

/** The page's offline copy, or null when it has no readable body or the copy would be too big. */
export function makeOfflineCopy(doc: Document): OfflineCopy | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return null;
  const found = findMainContent(doc);
  return found ? sanitizeCopy(win, found) : null;
}
