/**
 * analyzePage: a Document and its URL in, the page's brief out. Pure: no extension APIs, so the
 * same code runs in the content script and in Node (the `extract` command, tests, benchmarks).
 *
 * Each part lives in its own module:
 *   detect.ts    isArticle + reasons
 *   metadata.ts  url, lang, title, siteName, byline, publishedAt, wordCount
 *   tldr.ts      the page's own TL;DR
 *   takeaways.ts the page's own key takeaways
 *   sources.ts   sources section, else external links cited in the body
 *   ticker.ts    "This Week in AI"-style headline strips
 */
import type { Brief } from '../brief';
import { detectArticle } from './detect';
import { extractMetadata } from './metadata';
import { extractTldr } from './tldr';
import { extractTakeaways } from './takeaways';
import { extractSources } from './sources';
import { extractTicker } from './ticker';

export function analyzePage(doc: Document, url: string): Brief {
  const meta = extractMetadata(doc, url);
  const detection = detectArticle(doc, url);
  const tldr = detection.isArticle ? extractTldr(doc) : null;
  const takeaways = detection.isArticle ? extractTakeaways(doc) : [];
  return {
    isArticle: detection.isArticle,
    reasons: detection.reasons,
    url: meta.url,
    lang: meta.lang,
    title: meta.title,
    siteName: meta.siteName,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    tldr,
    tldrOrigin: tldr ? 'page' : null,
    takeaways,
    takeawaysOrigin: takeaways.length ? 'page' : null,
    sources: detection.isArticle ? extractSources(doc, meta.url) : [],
    ticker: extractTicker(doc, meta.url),
    wordCount: meta.wordCount,
  };
}
