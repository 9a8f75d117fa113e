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
import { holdPerTask } from './dom';
import { scan } from './text';
import { scanLabels } from './labels';
import { nextTask } from '../next-task';

export { nextTask };

type Step = [name: string, run: () => void];

/** The analysis as named steps that fill one brief; each step is a bounded piece of work. */
function plan(doc: Document, url: string): { steps: Step[]; brief: () => Brief } {
  let meta!: ReturnType<typeof extractMetadata>;
  let detection!: ReturnType<typeof detectArticle>;
  let tldr: string | null = null;
  let takeaways: string[] = [];
  let sources: Brief['sources'] = [];
  let ticker: Brief['ticker'] = [];
  const steps: Step[] = [
    // The page scan (text.ts) that metadata and detection share, on its own: the biggest piece.
    ['scan', () => void scan(doc)],
    ['metadata', () => void (meta = extractMetadata(doc, url))],
    ['detection', () => void (detection = detectArticle(doc, url, meta))],
    // The labelled sections (TL;DR, takeaways, sources) found in one walk, shared by the three steps
    // after it: its vocabularies are the costliest regexes to compile.
    ['labels', () => void (detection.isArticle && scanLabels(doc))],
    ['tldr', () => void (tldr = detection.isArticle ? extractTldr(doc) : null)],
    ['takeaways', () => void (takeaways = detection.isArticle ? extractTakeaways(doc) : [])],
    ['sources', () => void (sources = detection.isArticle ? extractSources(doc, meta.url) : [])],
    ['ticker', () => void (ticker = extractTicker(doc, meta.url))],
  ];
  const brief = (): Brief => ({
    isArticle: detection.isArticle,
    reasons: detection.reasons,
    url: meta.url,
    lang: meta.lang,
    title: !detection.isArticle && meta.declaredTitle ? meta.declaredTitle : meta.title,
    siteName: meta.siteName,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    tldr,
    tldrOrigin: tldr ? 'page' : null,
    takeaways,
    takeawaysOrigin: takeaways.length ? 'page' : null,
    sources,
    ticker,
    wordCount: meta.wordCount,
  });
  return { steps, brief };
}

export function analyzePage(doc: Document, url: string): Brief {
  const { steps, brief } = plan(doc, url);
  for (const [, run] of steps) run();
  return brief();
}

/**
 * analyzePage's result, with each step (page scan, metadata, detection, TL;DR, takeaways, sources, ticker)
 * in its own main-thread task, so no single task of /analyze.js holds the page for long. The
 * steps share one page scan (dom.ts holdPerTask). `onStep` reports each step's time (benchmarks).
 */
export function analyzePageInTasks(
  doc: Document,
  url: string,
  { yieldTask = nextTask, onStep }: { yieldTask?: () => Promise<void>; onStep?: (name: string, ms: number) => void } = {},
): Promise<Brief> {
  const { steps, brief } = plan(doc, url);
  return holdPerTask(doc, async () => {
    for (const [name, run] of steps) {
      // Yield first, too: the task that evaluates /analyze.js (compiling it) is long enough alone.
      await yieldTask();
      const t0 = performance.now();
      run();
      onStep?.(name, performance.now() - t0);
    }
    return brief();
  });
}
