/**
 * What Lede's content scripts cost a reader, measured in real headless Chromium, beside
 * `Readability.parse()` on the same page in the same run:
 *
 * - the always-on script's work (lib/extract/probe.ts `probePage`), on every page;
 * - /analyze.js (lib/extract `analyzePage`), which the background injects only into the pages the
 *   probe passes on (may be an article, may carry a ticker).
 *
 * Each is bundled on its own, as the built scripts are, and evaluated into a fresh page, so the
 * first run pays what a reader's browser pays: compiling the code and its regular expressions.
 * A probe call is one main-thread task; /analyze.js runs its steps (metadata, detection, TL;DR,
 * takeaways, sources, ticker) as separate tasks, so its longest task is its slowest step. Also the
 * gzipped size of the built scripts.
 *
 *   tsx scripts/bench/content-cost.ts [extra page dirs...]
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
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

export interface Runs {
  /** First run on a freshly loaded page: code not compiled yet. */
  cold: number;
  /** Median of the runs after the first. */
  warm: number;
  max: number;
}

export interface PageCost {
  page: string;
  probe: Runs;
  /** Whether the probe passes the page on to /analyze.js. */
  analyzed: boolean;
  /** /analyze.js on the page (measured on every page; counted only where `analyzed`); `max` is its longest task. */
  analyze: Runs;
  /** The step of /analyze.js that took longest. */
  slowestStep: string;
  readability: Runs;
  /** Saving or summarizing: the page's own share, its HTML written out (lib/page-html.ts, one task). */
  html: Runs;
  /**
   * A page with a task over 50 ms is measured twice more, each time on a fresh page: its longest
   * task each time (one long task in a run of hundreds of pages can be the machine, not the code).
   */
  rechecks?: number[];
}

export interface ContentCost {
  environment: string;
  pages: PageCost[];
  contentGzipBytes: number | null;
  analyzeGzipBytes: number | null;
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

async function bundle(entry: string, globalName: string): Promise<string> {
  const result = await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, minify: true, format: 'iife', globalName, write: false, target: 'chrome120' });
  return `${result.outputFiles[0].text};\nwindow.${globalName} = ${globalName};`;
}

/** `RUNS` timed calls of `call` (an expression run in the page), each its own task. */
async function time(page: Page, setup: string, call: string): Promise<{ runs: Runs; result: unknown }> {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const r = (await page.evaluate(`(() => { ${setup}; const t0 = performance.now(); const r = ${call}; return { ms: performance.now() - t0, r }; })()`)) as { ms: number; r: unknown };
    times.push(r.ms);
    result ??= r.r;
  }
  return { runs: { cold: times[0], warm: median(times.slice(1)), max: Math.max(...times) }, result };
}

/**
 * /analyze.js's runs: analyzePageInTasks with each step in its own task. A run's time is the sum of
 * its steps (main-thread time); its longest task is its slowest step.
 */
async function timeSteps(page: Page): Promise<{ runs: Runs; longestTask: number; slowestStep: string }> {
  const totals: number[] = [];
  let longestTask = 0;
  let slowestStep = '';
  for (let i = 0; i < RUNS; i++) {
    const steps = (await page.evaluate(`(async () => {
      const steps = [];
      await window.__ledeExtract.analyzePageInTasks(document, location.href, { onStep: (name, ms) => steps.push([name, ms]) });
      return steps;
    })()`)) as [string, number][];
    totals.push(steps.reduce((t, [, ms]) => t + ms, 0));
    for (const [name, ms] of steps) if (ms > longestTask) (longestTask = ms), (slowestStep = name);
  }
  return { runs: { cold: totals[0], warm: median(totals.slice(1)), max: longestTask }, longestTask, slowestStep };
}

/**
 * lib/page-html.ts on the page, as saving and summarizing run it: pieces in separate tasks. A run's
 * time is the sum of its pieces' tasks; `max` is the longest one.
 */
async function timeHtml(page: Page): Promise<{ runs: Runs }> {
  const totals: number[] = [];
  let longest = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = (await page.evaluate(`(async () => {
      let start = performance.now(), sum = 0, max = 0;
      const next = () => new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = res; c.port2.postMessage(0); });
      await window.__ledeHtml.pageHtml(document, { yieldTask: async () => { const d = performance.now() - start; sum += d; max = Math.max(max, d); await next(); start = performance.now(); } });
      const d = performance.now() - start; sum += d; max = Math.max(max, d);
      return { sum, max };
    })()`)) as { sum: number; max: number };
    totals.push(r.sum);
    longest = Math.max(longest, r.max);
  }
  return { runs: { cold: totals[0], warm: median(totals.slice(1)), max: longest } };
}

export async function measureContentCost(pageFiles: string[], executablePath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium'): Promise<ContentCost> {
  const probe = await bundle('lib/extract/probe.ts', '__ledeProbe');
  const analyze = await bundle('lib/extract/index.ts', '__ledeExtract');
  const html = await bundle('lib/page-html.ts', '__ledeHtml');
  const readability = `${readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8')};\nwindow.__Readability = Readability;`;
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
        // Scripts are evaluated one at a time, each before its own first run, as the browser does.
        await page.evaluate(probe);
        const p = await time(page, '', '!window.__ledeProbe.probePage(document, location.href).complete');
        await page.evaluate(analyze);
        const a = await timeSteps(page);
        await page.evaluate(html);
        const h = await timeHtml(page);
        await page.evaluate(readability);
        // Readability mutates the document it reads: it gets a clone, and the clone is not timed.
        const r = await time(page, 'const clone = document.cloneNode(true)', '(() => { try { new window.__Readability(clone).parse(); } catch {} })()');
        pages.push({ page: path.basename(path.dirname(file)), probe: p.runs, analyzed: p.result === true, analyze: a.runs, slowestStep: a.slowestStep, readability: r.runs, html: h.runs });
      } catch (err) {
        console.error(`  skipped ${file}: ${(err as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
    for (const p of pages) {
      if (Math.max(p.probe.max, p.analyzed ? p.analyze.max : 0) <= 50) continue;
      const file = pageFiles.find((f) => path.basename(path.dirname(f)) === p.page);
      if (!file) continue;
      p.rechecks = [];
      for (let k = 0; k < 2; k++) {
        const page = await context.newPage();
        try {
          await page.goto(urlOf(file), { waitUntil: 'load', timeout: 30_000 });
          await page.evaluate(probe);
          const q = await time(page, '', '!window.__ledeProbe.probePage(document, location.href).complete');
          await page.evaluate(analyze);
          const a = await timeSteps(page);
          p.rechecks.push(Math.max(q.runs.max, p.analyzed ? a.runs.max : 0));
        } finally {
          await page.close();
        }
      }
    }
    const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length : null);
    return {
      environment: `Chromium ${version}, headless, ${RUNS} runs per page`,
      pages,
      contentGzipBytes: gz(path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js')),
      analyzeGzipBytes: gz(path.join(ROOT, '.output/chrome-mv3/analyze.js')),
    };
  } finally {
    await browser?.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  }
}

const f = (n: number, d = 2) => n.toFixed(d);

export function formatContentCost(c: ContentCost): string {
  const kb = (b: number | null, name: string) => (b === null ? `${name} not built (run npm run build)` : `${name} ${f(b / 1024)} KB gzipped`);
  const line = (label: string, pages: PageCost[], ours: (p: PageCost) => Runs) => {
    const ratio = (k: keyof Runs) => median(pages.filter((p) => p.readability[k] > 0).map((p) => ours(p)[k] / p.readability[k]));
    const med = (fn: (p: PageCost) => number) => median(pages.map(fn));
    return [
      `  ${label} (${pages.length} pages)`,
      `    first run on a fresh page: median ${f(med((p) => ours(p).cold))} ms vs Readability.parse() ${f(med((p) => p.readability.cold))} ms; median per-page ratio ${f(ratio('cold'), 3)}`,
      `    warm (median of runs 2–${RUNS}): ${f(med((p) => ours(p).warm))} ms vs ${f(med((p) => p.readability.warm))} ms; ratio ${f(ratio('warm'), 3)}`,
    ];
  };
  const analyzed = c.pages.filter((p) => p.analyzed);
  const tasks = c.pages.flatMap((p) => [{ page: p.page, what: 'content.js', ms: p.probe.max }, ...(p.analyzed ? [{ page: p.page, what: `analyze.js ${p.slowestStep}`, ms: p.analyze.max }] : [])]);
  const worst = [...tasks].sort((a, b) => b.ms - a.ms)[0];
  const slow = tasks.filter((t) => t.ms > 50);
  const lines = [
    `Content script cost — ${c.environment}, ${c.pages.length} pages`,
    `  size: ${kb(c.contentGzipBytes, 'always-on content.js')} (target ≤ 10 KB); ${kb(c.analyzeGzipBytes, 'analyze.js')} (injected only where needed)`,
    ...line('always-on content script (probe), every page — target ratio ≤ 0.25', c.pages, (p) => p.probe),
    ...line(`analyze.js, on the pages the probe passes on: ${analyzed.length} of ${c.pages.length}`, analyzed, (p) => p.analyze),
    ...line('both together, on those pages', analyzed, (p) => ({ cold: p.probe.cold + p.analyze.cold, warm: p.probe.warm + p.analyze.warm, max: 0 })),
    `  longest single task: ${worst ? `${f(worst.ms)} ms (${worst.what} on ${worst.page})` : 'n/a'} (target ≤ 50 ms)`,
  ];
  const saves = c.pages.filter((p) => p.html);
  const longestSave = [...saves].sort((a, b) => b.html.max - a.html.max)[0];
  if (longestSave) {
    lines.push(
      `  saving / summarizing, the page's share (its HTML written in pieces for Readability to read outside the page): median ${f(median(saves.map((p) => p.html.cold)))} ms first run; longest task ${f(longestSave.html.max)} ms (${longestSave.page})`,
    );
  }
  if (slow.length) {
    const again = (page: string) => c.pages.find((p) => p.page === page)?.rechecks ?? [];
    lines.push(`  tasks over 50 ms: ${slow.map((t) => `${t.what} on ${t.page} ${f(t.ms)} ms${again(t.page).length ? ` (again on fresh pages: ${again(t.page).map((x) => f(x, 1)).join(', ')} ms)` : ''}`).join(', ')}`);
    // each page's longest task, taken as the middle of its three measurements
    const settled = c.pages.map((p) => {
      const first = Math.max(p.probe.max, p.analyzed ? p.analyze.max : 0);
      const all = [first, ...(p.rechecks ?? [])].sort((a, b) => a - b);
      return { page: p.page, ms: p.rechecks?.length ? all[1] : first };
    });
    const top = settled.sort((a, b) => b.ms - a.ms)[0];
    if (top) lines.push(`  longest task once the pages over 50 ms are measured three times (middle value): ${f(top.ms)} ms (${top.page}); pages still over 50 ms: ${settled.filter((x) => x.ms > 50).length}`);
  }
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
