/**
 * Extraction accuracy.
 *   tsx scripts/bench/extract-accuracy.ts [corpusDir] [--holdout DIR] [--no-corpus] [--verbose]
 *
 * 1. Labelled fixtures (tests/fixtures/holdout/<slug>/{page.html,expected.json}, the unseen set;
 *    tests/fixtures/holdout-2 to -5, unseen sets by other authors, when present, and all of
 *    them pooled; then tests/fixtures/pages, the training set): per-field accuracy of our extractor
 *    (tests/support/score.ts `scoreBrief` when it exists), and the section figures of issue #3:
 *    the page's own TL;DR (share of pages right), takeaways / sources / ticker (mean item F1).
 *    Scored on analyzePage's own output (no generated summaries: those are not the page's).
 * 2. The Readability corpus (<corpusDir>/<name>/{source.html,expected-metadata.json}): detection
 *    agreement with `readerable` (ours vs isProbablyReaderable) and title / byline / siteName /
 *    date accuracy, ours vs Readability.parse(), with one normalization for both. Note: those
 *    labels are Readability's own regression outputs, so Readability scores near 100% there by
 *    construction; the numbers show how far ours is from Readability, not from human truth.
 * Nothing from the corpora is copied: pages are read at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { defaultUrl, ordered, parseHtml } from '../lib/analyze';
import { analyzePage } from '../../lib/extract/index';
import { normDate } from '../../lib/extract/metadata';
import type { Brief } from '../../lib/brief';

type Field = 'isArticle' | 'title' | 'siteName' | 'byline' | 'publishedAt' | 'lang';
const FIELDS: Field[] = ['isArticle', 'title', 'siteName', 'byline', 'publishedAt', 'lang'];

const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(1)}%` : '—').padStart(7);

/** One normalization for every extractor: whitespace, case, quotes, a leading "By". */
export function normText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/[\s.,;:|]+$/, '')
    .toLowerCase();
}

export function sameDate(a: unknown, b: unknown): boolean {
  const x = typeof a === 'string' ? normDate(a) : null;
  const y = typeof b === 'string' ? normDate(b) : null;
  if (!x || !y) return !x && !y;
  return x === y;
}

function same(field: Field, got: unknown, want: unknown): boolean {
  if (field === 'isArticle') return Boolean(got) === Boolean(want);
  if (field === 'publishedAt') return sameDate(got, want);
  if (field === 'lang') return normText(got).split(/[-_]/)[0] === normText(want).split(/[-_]/)[0];
  return normText(got) === normText(want);
}

type Scorer = (expected: Record<string, unknown>, actual: Record<string, unknown>) => Record<string, unknown>;

async function loadScorer(): Promise<Scorer | null> {
  const p = path.resolve('tests/support/score.ts');
  if (!existsSync(p)) return null;
  try {
    const mod = (await import(pathToFileURL(p).href)) as { scoreBrief?: unknown };
    return typeof mod.scoreBrief === 'function' ? (mod.scoreBrief as Scorer) : null;
  } catch {
    return null;
  }
}

function toBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v >= 0.999;
  if (v && typeof v === 'object' && 'ok' in v) return Boolean((v as { ok: unknown }).ok);
  if (v && typeof v === 'object' && 'pass' in v) return Boolean((v as { pass: unknown }).pass);
  return undefined;
}

/** The section fields of a brief, scored against the issue #3 targets. */
type Section = 'tldr' | 'takeaways' | 'sources' | 'ticker';
const SECTIONS: Section[] = ['tldr', 'takeaways', 'sources', 'ticker'];
const TARGET: Record<Section, string> = {
  tldr: '≥ 95% of pages',
  takeaways: 'mean F1 ≥ 0.95',
  sources: 'mean F1 ≥ 0.95',
  ticker: 'mean F1 ≥ 0.95',
};
const TARGET_VALUE: Record<Section, number> = { tldr: 0.95, takeaways: 0.95, sources: 0.95, ticker: 0.95 };

interface SectionTally {
  /** Pages whose expected.json labels the field. */
  n: number;
  /** Of those, pages whose label is non-empty (a TL;DR, or at least one item). */
  nonEmpty: number;
  /** TL;DR: pages passing (token F1 ≥ 0.9, or both empty). Lists: sum of item F1. */
  sum: number;
  /** The same over the non-empty labels only. */
  sumNonEmpty: number;
  /** Pages with an empty label where the extractor reported something (false positives). */
  spurious: number;
}

const emptyLabel = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);

/** Counts over a set of labelled pages (one directory, or several pooled). */
interface Tally {
  pages: number;
  ok: Record<string, number>;
  okR: Record<string, number>;
  n: Record<string, number>;
  sec: Record<Section, SectionTally>;
}
function newTally(): Tally {
  return { pages: 0, ok: {}, okR: {}, n: {}, sec: Object.fromEntries(SECTIONS.map((f) => [f, { n: 0, nonEmpty: 0, sum: 0, sumNonEmpty: 0, spurious: 0 }])) as Record<Section, SectionTally> };
}
const add = (r: Record<string, number>, k: string) => (r[k] = (r[k] ?? 0) + 1);

/**
 * Per-field accuracy on a labelled fixture directory (<dir>/<slug>/{page.html,expected.json}); each
 * page is also counted into `pool` when given.
 */
export async function benchFixtures(dir: string, verbose = false, label = 'Labelled pages', readability = true, pool?: Tally): Promise<string> {
  if (!existsSync(dir)) return `${dir}: not found\n`;
  const scorer = await loadScorer();
  const t0 = newTally();
  const tallies = pool ? [t0, pool] : [t0];
  const misses: string[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const html = path.join(dir, slug, 'page.html');
    const exp = path.join(dir, slug, 'expected.json');
    if (!existsSync(html) || !existsSync(exp)) continue;
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(readFileSync(exp, 'utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const t of tallies) t.pages++;
    const source = readFileSync(html, 'utf8');
    const url = typeof expected.url === 'string' && expected.url ? expected.url : defaultUrl(source, html);
    // the extractor alone, as the content script runs it (tldr/takeaways are the page's own)
    const mine = parseHtml(source, url);
    const brief = ordered(analyzePage(mine.window.document, url));
    mine.window.close();
    // Readability on the same page, mapped onto the same fields and scored the same way.
    let theirs: Record<string, unknown> = {};
    if (readability) {
      const dom = parseHtml(source, url);
      const reader = isProbablyReaderable(dom.window.document);
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = new Readability(dom.window.document).parse() as Record<string, unknown> | null;
      } catch { /* no result */ }
      dom.window.close();
      theirs = {
        isArticle: reader, title: parsed?.title ?? '', siteName: parsed?.siteName ?? null, byline: parsed?.byline ?? null,
        publishedAt: typeof parsed?.publishedTime === 'string' ? normDate(parsed.publishedTime) ?? parsed.publishedTime : null,
        lang: parsed?.lang ?? null,
      } as Record<string, unknown>;
    }
    const scored = scorer ? scorer(expected, brief as unknown as Record<string, unknown>) : null;
    const scoredR = scorer && readability ? scorer(expected, theirs) : null;
    for (const f of FIELDS) {
      if (!(f in expected)) continue;
      const s = scored && f in scored ? toBool(scored[f]) : undefined;
      const good = s ?? same(f, brief[f], expected[f]);
      const sr = scoredR && f in scoredR ? toBool(scoredR[f]) : undefined;
      const goodR = readability && (sr ?? same(f, theirs[f], expected[f]));
      for (const t of tallies) {
        if (goodR) add(t.okR, f);
        add(t.n, f);
        if (good) add(t.ok, f);
      }
      if (!good && verbose) misses.push(`  ${slug} ${f}: got ${JSON.stringify(brief[f])} want ${JSON.stringify(expected[f])}`);
    }
    // sections: only with the shared scorer (token F1 / list F1 live there)
    const r = scored as Record<string, { score?: number; pass?: boolean }> | null;
    for (const f of SECTIONS) {
      if (!(f in expected) || !r?.[f] || typeof r[f].score !== 'number') continue;
      const v = f === 'tldr' ? (r[f].pass ? 1 : 0) : (r[f].score as number);
      const empty = emptyLabel(expected[f]);
      for (const { sec } of tallies) {
        const t = sec[f];
        t.n++;
        t.sum += v;
        if (!empty) {
          t.nonEmpty++;
          t.sumNonEmpty += v;
        } else if (!emptyLabel(brief[f])) t.spurious++;
      }
      if (verbose && !r[f].pass) misses.push(`  ${slug} ${f} (${(r[f].score as number).toFixed(2)}): got ${JSON.stringify(brief[f])} want ${JSON.stringify(expected[f])}`);
    }
  }
  let out = formatTally(`${label} ${dir}`, t0, Boolean(scorer), readability);
  if (verbose && misses.length) out += misses.join('\n') + '\n';
  return out;
}

/** The table of one tally: metadata fields ours vs Readability, then the sections against their targets. */
export function formatTally(title: string, { pages, ok, okR, n, sec }: Tally, scorer: boolean, readability: boolean): string {
  let out = `${title} (${pages} pages${scorer ? ', scored by tests/support/score.ts' : ''})\n`;
  out += `  field          ours   Readability (isProbablyReaderable / parse())\n`;
  const pr = (a: number, m: number) => (readability ? pct(a, m) : '—'.padStart(7));
  for (const f of FIELDS) if (n[f]) out += `  ${f.padEnd(12)}${pct(ok[f] ?? 0, n[f])}  ${pr(okR[f] ?? 0, n[f])}   (${ok[f] ?? 0}${readability ? ` vs ${okR[f] ?? 0}` : ''} of ${n[f]})\n`;
  if (scorer) {
    out += `  sections (the page's own; Readability has no equivalent)\n`;
    out += `  field        measure                 all pages      label non-empty  label empty: spurious   target            met\n`;
    for (const f of SECTIONS) {
      const t = sec[f];
      if (!t.n) continue;
      const fmt = (v: number, m: number) => (m ? (f === 'tldr' ? `${((100 * v) / m).toFixed(1)}%` : (v / m).toFixed(3)) : '—');
      const measure = f === 'tldr' ? 'pages right (F1≥0.9)' : 'mean item F1';
      const all = `${fmt(t.sum, t.n)} (n=${t.n})`;
      const ne = `${fmt(t.sumNonEmpty, t.nonEmpty)} (n=${t.nonEmpty})`;
      const sp = `${t.spurious} of ${t.n - t.nonEmpty}`;
      const met = t.sum / t.n >= TARGET_VALUE[f] - 1e-9 ? 'yes' : 'NO';
      out += `  ${f.padEnd(12)} ${measure.padEnd(22)}  ${all.padEnd(14)} ${ne.padEnd(16)} ${sp.padEnd(22)} ${TARGET[f].padEnd(17)} ${met}   Readability —\n`;
    }
    out += `  (TL;DR: a page counts as right when token F1 ≥ 0.9, or when both label and output are empty. Lists: item F1 per page\n`;
    out += `   from listF1 — items matched one-to-one (takeaways: token F1 ≥ 0.8; sources: same URL; ticker: title F1 ≥ 0.8 and same URL);\n`;
    out += `   an empty label scores 1 when the output is empty too and 0 otherwise; "all pages" averages over every page labelling the field.)\n`;
  }
  return out;
}

interface Row { name: string; want: Record<string, unknown>; ours: Brief; reader: boolean; parsed: Record<string, unknown> | null; ms: [number, number] }

/** Ours vs Readability on the Readability test corpus. */
export function benchReadabilityCorpus(dir: string, verbose = false): string {
  if (!existsSync(dir)) return `${dir}: not found\n`;
  const rows: Row[] = [];
  for (const name of readdirSync(dir).sort()) {
    const src = path.join(dir, name, 'source.html');
    const meta = path.join(dir, name, 'expected-metadata.json');
    if (!existsSync(src) || !existsSync(meta)) continue;
    const html = readFileSync(src, 'utf8');
    const want = JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>;
    const url = defaultUrl(html, `${name}.html`);
    const mine = parseHtml(html, url);
    let t = performance.now();
    const ours = ordered(analyzePage(mine.window.document, url));
    const tOurs = performance.now() - t;
    mine.window.close();
    const dom = parseHtml(html, url);
    const doc = dom.window.document;
    const reader = isProbablyReaderable(doc);
    t = performance.now();
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = new Readability(doc).parse() as Record<string, unknown> | null;
    } catch { /* counts as no result */ }
    const tReader = performance.now() - t;
    dom.window.close();
    rows.push({ name, want, ours, reader, parsed, ms: [tOurs, tReader] });
  }
  const n = rows.length;
  const det = [rows.filter((r) => r.ours.isArticle === r.want.readerable).length, rows.filter((r) => r.reader === r.want.readerable).length];
  const pairs: [string, Field, string][] = [['title', 'title', 'title'], ['byline', 'byline', 'byline'], ['siteName', 'siteName', 'siteName'], ['date', 'publishedAt', 'publishedTime']];
  let out = `Readability corpus ${dir} (${n} pages; labels are Readability's own outputs)\n`;
  out += `  measure                         ours   Readability\n`;
  out += `  detection agrees w/ readerable ${pct(det[0], n)}  ${pct(det[1], n)}  (isProbablyReaderable)\n`;
  const misses: string[] = [];
  for (const [label, f, key] of pairs) {
    const cmp = (got: unknown): boolean => (f === 'publishedAt' ? sameDate(got, r0(key)) : normText(got) === normText(r0(key)));
    let r0: (k: string) => unknown = () => null;
    let a = 0;
    let b = 0;
    for (const r of rows) {
      r0 = (k) => r.want[k];
      if (cmp(r.ours[f])) a++;
      else if (verbose) misses.push(`  ${r.name} ${label}: ours ${JSON.stringify(r.ours[f])} want ${JSON.stringify(r.want[key])}`);
      if (cmp(r.parsed?.[key] ?? null)) b++;
    }
    out += `  ${label.padEnd(31)}${pct(a, n)}  ${pct(b, n)}\n`;
  }
  const withValue = (k: string): Row[] => rows.filter((r) => normText(r.want[k]) !== '');
  out += `  (on pages whose label is non-empty)\n`;
  for (const [label, f, key] of pairs) {
    const rs = withValue(key);
    const a = rs.filter((r) => (f === 'publishedAt' ? sameDate(r.ours[f], r.want[key]) : normText(r.ours[f]) === normText(r.want[key]))).length;
    const b = rs.filter((r) => (f === 'publishedAt' ? sameDate(r.parsed?.[key], r.want[key]) : normText(r.parsed?.[key]) === normText(r.want[key]))).length;
    out += `  ${(label + ` (n=${rs.length})`).padEnd(31)}${pct(a, rs.length)}  ${pct(b, rs.length)}\n`;
  }
  const ms = rows.reduce((s, r) => [s[0] + r.ms[0], s[1] + r.ms[1]], [0, 0]);
  out += `  main-thread time, all pages (jsdom): analyzePage ${ms[0].toFixed(0)} ms vs Readability.parse() ${ms[1].toFixed(0)} ms (${((100 * ms[0]) / ms[1]).toFixed(0)}%)\n`;
  if (verbose) {
    for (const r of rows) if (r.ours.isArticle !== r.want.readerable) misses.push(`  ${r.name} detect: ours ${r.ours.isArticle} want ${r.want.readerable} (${r.ours.reasons.join('; ')})`);
    out += misses.join('\n') + '\n';
  }
  return out;
}

export async function benchExtractAccuracy(opts: { holdoutDir: string; trainingDir?: string; corpusDir?: string; verbose?: boolean }): Promise<string> {
  const pool = newTally();
  let out = await benchFixtures(opts.holdoutDir, opts.verbose, 'HOLDOUT (unseen) labelled pages', true, pool);
  // more unseen sets, each written by another author after the previous had been measured
  let sets = 1;
  for (const [n, what] of [[2, 'a second'], [3, 'a third'], [4, 'a fourth'], [5, 'a fifth']] as const) {
    const dir = opts.holdoutDir.replace(/\/?$/, `-${n}`);
    if (!existsSync(dir)) continue;
    out += '\n' + (await benchFixtures(dir, opts.verbose, `HOLDOUT-${n} (${what} unseen set) labelled pages`, true, pool));
    sets++;
  }
  // every unseen page together: a larger sample than any one set, so a tighter figure
  if (sets > 1) out += '\n' + formatTally(`ALL UNSEEN SETS POOLED (${sets} sets)`, pool, Boolean(await loadScorer()), true);
  const training = opts.trainingDir ?? path.join(path.dirname(opts.holdoutDir), 'pages');
  if (existsSync(training)) out += '\n' + (await benchFixtures(training, opts.verbose, 'TRAINING (tuning set, seen by the code) labelled pages'));
  if (opts.corpusDir) out += '\n' + benchReadabilityCorpus(opts.corpusDir, opts.verbose);
  return out;
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const hi = args.indexOf('--holdout');
  const holdoutDir = hi >= 0 ? args[hi + 1] : 'tests/fixtures/holdout';
  // --no-corpus: the labelled fixtures only (fast)
  const corpusDir = args.includes('--no-corpus') ? undefined : args.find((a, i) => !a.startsWith('-') && i !== hi + 1) ?? '../shared/corpus/readability';
  benchExtractAccuracy({ holdoutDir, corpusDir, verbose }).then((s) => process.stdout.write(s));
}
