/**
 * What the always-on content script costs a reader, measured in real headless Chromium: the
 * main-thread time of `analyzePage` on each page beside `Readability.parse()` on the same page in
 * the same run, the longest single run (one call is one task), and the gzipped size of the built
 * content script.
 *
 *   tsx scripts/bench/content-cost.ts [extra page dirs...]
 */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFixtureServer } from '../../tests/e2e/harness/server';
import { hostilePages } from '../../tests/support/hostile-pages';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 5;

export interface PageCost {
  page: string;
  /** First run on a freshly loaded page: what a reader's browser pays (code not yet optimized). */
  oursColdMs: number;
  readabilityColdMs: number;
  /** Median of the runs after the first. */
  oursMs: number;
  readabilityMs: number;
  oursMaxMs: number;
}

export interface ContentCost {
  environment: string;
  pages: PageCost[];
  contentGzipBytes: number | null;
  extractGzipBytes: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Every `page.html` (or `source.html`) below the given directories. */
export function findPages(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      for (const file of ['page.html', 'source.html']) {
        const p = path.join(dir, name, file);
        if (existsSync(p) && statSync(p).isFile()) out.push(p);
      }
    }
  }
  return out;
}

async function extractorBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'lib/extract/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__ledeExtract',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

export async function measureContentCost(pageFiles: string[], executablePath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium'): Promise<ContentCost> {
  const ours = await extractorBundle();
  const readability = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  // One server per page folder's parent, so each page is served from its own site root.
  const roots = [...new Set(pageFiles.map((f) => path.dirname(path.dirname(f))))];
  const servers = new Map(await Promise.all(roots.map(async (r) => [r, await startFixtureServer(r)] as const)));
  const urlOf = (file: string) => {
    const root = path.dirname(path.dirname(file));
    return `${servers.get(root)!.url}/${path.relative(root, file)}`;
  };
  const local = [...servers.values()].map((s) => s.url);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const version = browser.version();
    const context = await browser.newContext();
    // Pages only reach the local server: remote images, fonts and scripts are cut off.
    await context.route('**/*', (route) => (local.some((u) => route.request().url().startsWith(u)) ? route.continue() : route.abort()));
    const pages: PageCost[] = [];
    for (const file of pageFiles) {
      const page = await context.newPage();
      try {
        const res = await page.goto(urlOf(file), { waitUntil: 'load', timeout: 30_000 });
        if (!res?.ok()) throw new Error(`HTTP ${res?.status()}`);
        await page.evaluate(`${ours};\nwindow.__ledeExtract = __ledeExtract;\n${readability};\nwindow.__Readability = Readability;`);
        // Each run is its own task (its own evaluate), as each content-script pass is: nothing
        // memoized within a task carries over to the next run.
        const r = { oursTimes: [] as number[], readTimes: [] as number[], err: undefined as string | undefined };
        for (let i = 0; i < RUNS; i++) {
          r.oursTimes.push(
            await page.evaluate(() => {
              const w = window as unknown as { __ledeExtract: { analyzePage(d: Document, u: string): unknown } };
              const t0 = performance.now();
              w.__ledeExtract.analyzePage(document, location.href);
              return performance.now() - t0;
            }),
          );
          const read = await page.evaluate(() => {
            const w = window as unknown as { __Readability: new (d: Document) => { parse(): unknown } };
            // Readability mutates the document it reads: give it a clone, and don't time the clone.
            const clone = document.cloneNode(true) as Document;
            const t1 = performance.now();
            let err: string | undefined;
            try {
              new w.__Readability(clone).parse();
            } catch (e) {
              err = String(e);
            }
            return { ms: performance.now() - t1, err };
          });
          r.readTimes.push(read.ms);
          r.err ??= read.err;
        }
        if (r.err) console.error(file, r.err);
        pages.push({
          page: path.basename(path.dirname(file)),
          oursColdMs: r.oursTimes[0],
          readabilityColdMs: r.readTimes[0],
          oursMs: median(r.oursTimes.slice(1)),
          readabilityMs: median(r.readTimes.slice(1)),
          oursMaxMs: Math.max(...r.oursTimes),
        });
      } catch (err) {
        console.error(`  skipped ${file}: ${(err as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
    const built = path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
    return {
      environment: `Chromium ${version}, headless, ${RUNS} runs per page`,
      pages,
      contentGzipBytes: existsSync(built) ? gzipSync(readFileSync(built)).length : null,
      extractGzipBytes: gzipSync(ours).length,
    };
  } finally {
    await browser?.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  }
}

const f = (n: number, d = 2) => n.toFixed(d);

export function formatContentCost(c: ContentCost): string {
  const ratio = (a: (p: PageCost) => number, b: (p: PageCost) => number) => median(c.pages.filter((p) => b(p) > 0).map((p) => a(p) / b(p)));
  const med = (a: (p: PageCost) => number) => median(c.pages.map(a));
  const worst = [...c.pages].sort((a, b) => b.oursMaxMs - a.oursMaxMs)[0];
  const lines = [
    `Content script cost — ${c.environment}, ${c.pages.length} pages`,
    `  size: content.js ${c.contentGzipBytes === null ? 'not built (run npm run build)' : `${f(c.contentGzipBytes / 1024)} KB gzipped`} (target ≤ 10 KB); lib/extract alone ${f(c.extractGzipBytes / 1024)} KB`,
    `  median main-thread time per page, first run on a fresh page: Lede ${f(med((p) => p.oursColdMs))} ms, Readability.parse() ${f(med((p) => p.readabilityColdMs))} ms; median per-page ratio ${f(ratio((p) => p.oursColdMs, (p) => p.readabilityColdMs), 3)} (target ≤ 0.25)`,
    `  the same, warm (median of runs 2–${RUNS}): Lede ${f(med((p) => p.oursMs))} ms, Readability.parse() ${f(med((p) => p.readabilityMs))} ms; ratio ${f(ratio((p) => p.oursMs, (p) => p.readabilityMs), 3)}`,
    `  longest single run: ${worst ? `${f(worst.oursMaxMs)} ms on ${worst.page}` : 'n/a'} (target ≤ 50 ms)`,
  ];
  const slow = c.pages.filter((p) => p.oursMaxMs > 50);
  if (slow.length) lines.push(`  over 50 ms: ${slow.map((p) => `${p.page} ${f(p.oursMaxMs)} ms`).join(', ')}`);
  return lines.join('\n');
}

/** The generated hostile pages (tests/support/hostile-pages.ts), written to a temp folder. */
function writeHostilePages(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lede-hostile-'));
  for (const page of hostilePages('http://127.0.0.1:9/beacon')) {
    mkdirSync(path.join(dir, page.name));
    writeFileSync(path.join(dir, page.name, 'page.html'), page.html);
  }
  return dir;
}

export async function benchContentCost(extraDirs: string[] = []): Promise<string> {
  const hostile = writeHostilePages();
  const dirs = [path.join(ROOT, 'tests/fixtures/pages'), path.join(ROOT, 'tests/fixtures/holdout'), hostile, ...extraDirs];
  const files = findPages(dirs);
  if (!files.length) return 'Content script cost: no pages found';
  return formatContentCost(await measureContentCost(files));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchContentCost(process.argv.slice(2)).then(console.log, (e) => {
    console.error(e);
    process.exit(1);
  });
}
