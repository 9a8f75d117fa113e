/**
 * Reading a page's HTML outside the page: the offline copy (Readability + DOMPurify) and the main
 * text to summarize. The page only writes its HTML out (lib/page-html.ts, in short tasks); this
 * runs where a DOM parser is but the page is not — Chrome's offscreen document, Firefox's
 * background page — so Readability's long task never holds the page the reader is on.
 */
import { findMainContent, sanitizeCopy, type OfflineCopy } from './offline-copy';
import { mainText } from './summarize/article-text';
import { LIMITS, type ArticleText } from './messaging';

export interface ReadHtmlJob {
  kind: 'offline-copy' | 'article-text';
  html: string;
  url: string;
}

/**
 * The HTML as an inert document (no scripts run, nothing loads) whose relative links resolve
 * against the page's URL.
 */
export function parsePageHtml(html: string, url: string, win: Window & typeof globalThis = window): Document {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  // The page's own <base> (resolved against its URL) is what its links were written against.
  let href = url;
  try {
    const own = doc.querySelector('base[href]')?.getAttribute('href');
    if (own) href = new URL(own, url).href;
  } catch {
    // an unparsable <base>: the page's URL
  }
  const base = doc.createElement('base');
  base.setAttribute('href', href);
  doc.head.prepend(base);
  return doc;
}

export function offlineCopyFromHtml(html: string, url: string, win: Window & typeof globalThis = window): OfflineCopy | null {
  const found = findMainContent(parsePageHtml(html, url, win));
  return found ? sanitizeCopy(win, found) : null;
}

export function articleTextFromHtml(html: string, url: string, win: Window & typeof globalThis = window): ArticleText {
  const { text, paragraphs, title, lang } = mainText(parsePageHtml(html, url, win));
  return { text: text.slice(0, LIMITS.articleText), paragraphs: paragraphs.slice(0, LIMITS.paragraphs), title: title.slice(0, LIMITS.shortText), lang: lang ? lang.slice(0, 35) : null };
}

export function readHtml(job: ReadHtmlJob, win: Window & typeof globalThis = window): OfflineCopy | ArticleText | null {
  return job.kind === 'offline-copy' ? offlineCopyFromHtml(job.html, job.url, win) : articleTextFromHtml(job.html, job.url, win);
}
