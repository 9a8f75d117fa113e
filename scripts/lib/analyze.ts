/**
 * Node side of the extractor: HTML text in, the contract's Brief out, through jsdom and the very
 * same `analyzePage` the content script runs.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import path from 'node:path';
import type { Brief } from '../../lib/brief';
import { analyzePage } from '../../lib/extract/index';
// Summaries written on the device when the page has none (tldrOrigin/takeawaysOrigin "generated").
import { fillGenerated } from '../../lib/summarize/fill';

/** Contract field order (docs/design.md, "The extract command"). */
export const FIELDS: (keyof Brief)[] = [
  'isArticle', 'reasons', 'url', 'lang', 'title', 'siteName', 'byline', 'publishedAt', 'tldr', 'tldrOrigin',
  'takeaways', 'takeawaysOrigin', 'sources', 'ticker', 'wordCount',
];

/**
 * The URL to analyze a file under when none is given: the page's own canonical (or og:url) if it
 * declares an absolute http(s) one, else `https://example.invalid/<file name>`.
 */
export function defaultUrl(html: string, file: string): string {
  const head = html.slice(0, 300_000);
  const m =
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(head)?.[0] ??
    /<meta\b[^>]*\bproperty=["']?og:url["']?[^>]*>/i.exec(head)?.[0];
  const href = m ? /\b(?:href|content)=["']([^"']+)["']/i.exec(m)?.[1] : undefined;
  if (href && /^https?:\/\//i.test(href)) {
    try {
      return new URL(href.replace(/&amp;/g, '&')).href;
    } catch { /* fall through */ }
  }
  return `https://example.invalid/${encodeURIComponent(path.basename(file))}`;
}

/** Parses HTML with jsdom (no scripts, no network, no console noise). */
export function parseHtml(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** Orders the brief's keys as the contract lists them. */
export function ordered(brief: Brief): Brief {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) out[k] = brief[k];
  return out as unknown as Brief;
}

export function analyzeHtml(html: string, url: string): Brief {
  const dom = parseHtml(html, url);
  try {
    const doc = dom.window.document;
    return ordered(fillGenerated(analyzePage(doc, url), doc));
  } finally {
    dom.window.close();
  }
}
