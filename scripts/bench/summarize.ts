/**
 * Summary quality and speed.
 *   tsx scripts/bench/summarize.ts [corpus.jsonl]   (default ../shared/corpus/summ-dev.jsonl)
 *
 * Quality: for every article of the corpus (lines {"id", "article_sentences": [...], "reference":
 * [...]}), the local summarizer's takeaways (summarizeParagraphs with the corpus's sentences as
 * the paragraphs, so our sentence splitting and boilerplate filter still run on each) and LEAD-3
 * (the corpus's first three sentences) are scored against the human highlights with ROUGE-1/2/L
 * F1 (lib/summarize/rouge.ts: lower-case, alphanumeric tokens, no stemming; ROUGE-L = LCS over the
 * concatenated texts), mean over articles, in the same run. Figures per split: the tuning split
 * (the first TUNE_N articles, which the constants were chosen on), the held-out rest (never
 * tuned on: the figures that count) and all. A second "run-on" line feeds each article as one
 * paragraph (sentences joined by spaces): a stress test of our sentence splitting, where the
 * corpus's unpunctuated caption and headline fragments run into the next sentence.
 *
 * Speed: median and p95 milliseconds of summarizeText on a ≥ 2,000-word article built by
 * concatenating corpus articles (or a synthetic one when there is no corpus), measured in Node.
 *
 * Nothing from the corpus is copied: it is read at run time. A missing corpus is reported and skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarizeParagraphs, summarizeText } from '../../lib/summarize/local';
import { rouge, type RougeResult } from '../../lib/summarize/rouge';

/** The first TUNE_N articles are the tuning split; the rest is held out. */
export const TUNE_N = 40;

export interface CorpusArticle {
  id: string;
  article_sentences: string[];
  reference: string[];
}

export function readCorpus(file: string): CorpusArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusArticle)
    .filter((a) => Array.isArray(a.article_sentences) && Array.isArray(a.reference));
}

type Means = { r1: number; r2: number; rl: number; words: number; n: number; per: RougeResult[] };

function mean(rs: RougeResult[], words: number[]): Means {
  const n = rs.length || 1;
  const sum = (f: (r: RougeResult) => number) => rs.reduce((s, r) => s + f(r), 0) / n;
  return {
    r1: sum((r) => r.rouge1.f1),
    r2: sum((r) => r.rouge2.f1),
    rl: sum((r) => r.rougeL.f1),
    words: words.reduce((a, b) => a + b, 0) / n,
    n: rs.length,
    per: rs,
  };
}

/**
 * Paired bootstrap (2,000 resamples of the articles, fixed seed) of the mean F1 difference
 * ours − LEAD-3: a 95% interval, and how many articles each side wins.
 */
export function pairedBootstrap(ours: RougeResult[], lead: RougeResult[], pick: (r: RougeResult) => number): { lo: number; hi: number; wins: number; losses: number } {
  const d = ours.map((o, i) => pick(o) - pick(lead[i]));
  let seed = 12345;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const means: number[] = [];
  for (let b = 0; b < 2000; b++) {
    let sum = 0;
    for (let i = 0; i < d.length; i++) sum += d[Math.floor(rnd() * d.length)];
    means.push(sum / (d.length || 1));
  }
  means.sort((a, b) => a - b);
  return { lo: means[50], hi: means[1949], wins: d.filter((x) => x > 1e-9).length, losses: d.filter((x) => x < -1e-9).length };
}

const f = (x: number): string => (100 * x).toFixed(2).padStart(6);

/** Scores of the local summarizer and LEAD-3 on a list of articles. */
export const fromSentences = (a: CorpusArticle): string[] => summarizeParagraphs(a.article_sentences).takeaways;
export const fromRunOn = (a: CorpusArticle): string[] => summarizeText(a.article_sentences.join(' ')).takeaways;

export function scoreArticles(arts: CorpusArticle[], summarize: (a: CorpusArticle) => string[] = fromSentences): { ours: Means; lead: Means } {
  const ours: RougeResult[] = [];
  const lead: RougeResult[] = [];
  const ow: number[] = [];
  const lw: number[] = [];
  for (const a of arts) {
    const t = summarize(a);
    const l3 = a.article_sentences.slice(0, 3);
    ours.push(rouge(t, a.reference));
    lead.push(rouge(l3, a.reference));
    ow.push(t.join(' ').split(/\s+/).filter(Boolean).length);
    lw.push(l3.join(' ').split(/\s+/).filter(Boolean).length);
  }
  return { ours: mean(ours, ow), lead: mean(lead, lw) };
}

function syntheticArticle(words: number): string {
  // Deterministic pseudo-text with a small vocabulary (a fallback when there is no corpus).
  const vocab = 'model company researchers data training release chips open weights safety benchmark users policy government lab startup funding compute inference agents evaluation results paper law court market'.split(' ');
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const len = 8 + Math.floor(rnd() * 20);
    const s = Array.from({ length: len }, () => vocab[Math.floor(rnd() * vocab.length)]);
    s[0] = s[0][0].toUpperCase() + s[0].slice(1);
    out.push(s.join(' ') + '.');
    n += len;
  }
  return out.join(' ');
}

/**
 * Median and p95 ms of summarizeText on one text: wall-clock time, and the process's CPU time
 * (less disturbed when the machine is busy with other work).
 */
export function timeSummarize(text: string, runs = 200): { median: number; p95: number; cpuMedian: number; cpuP95: number; words: number } {
  for (let i = 0; i < 20; i++) summarizeText(text); // warm-up (JIT)
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    summarizeText(text);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const q = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  return {
    median: q(ms, 0.5),
    p95: q(ms, 0.95),
    cpuMedian: q(cpu, 0.5),
    cpuP95: q(cpu, 0.95),
    words: text.split(/\s+/).filter(Boolean).length,
  };
}

export async function benchSummarize(corpusPath: string): Promise<string> {
  const lines: string[] = ['Summaries (local extractive summarizer)'];
  let timingText: string;
  if (!corpusPath || !existsSync(corpusPath)) {
    lines.push(`  corpus not found: ${corpusPath || '(none)'} — quality skipped (it lives in ../shared, beside the project)`);
    timingText = syntheticArticle(2000);
  } else {
    const arts = readCorpus(corpusPath);
    const splits: [string, CorpusArticle[]][] = [
      [`tune (1-${Math.min(TUNE_N, arts.length)})`, arts.slice(0, TUNE_N)],
      [`held-out (${TUNE_N + 1}-${arts.length})`, arts.slice(TUNE_N)],
      ['all', arts],
    ];
    lines.push(`  ${path.basename(corpusPath)}: ${arts.length} articles; ROUGE F1 ×100 vs the reference highlights, mean over articles`);
    lines.push('  ours: takeaways of summarizeParagraphs(article_sentences) (3 sentences); LEAD-3: the first 3 corpus sentences');
    lines.push('  tokens: lower-case a-z0-9 runs, no stemming (same for both); ROUGE-L: LCS over the concatenated summary');
    lines.push('  split                 system     n  ROUGE-1 ROUGE-2 ROUGE-L  words');
    for (const [name, set] of splits) {
      if (!set.length) continue;
      const { ours, lead } = scoreArticles(set);
      const row = (sys: string, m: Means) =>
        `  ${name.padEnd(21)} ${sys.padEnd(8)} ${String(m.n).padStart(3)}  ${f(m.r1)}  ${f(m.r2)}  ${f(m.rl)}  ${m.words.toFixed(0).padStart(5)}`;
      lines.push(row('ours', ours), row('LEAD-3', lead));
      lines.push(`  ${''.padEnd(21)} Δ ours−LEAD-3:   ${f(ours.r1 - lead.r1)}  ${f(ours.r2 - lead.r2)}  ${f(ours.rl - lead.rl)}`);
      const ci = (pick: (r: RougeResult) => number) => {
        const b = pairedBootstrap(ours.per, lead.per, pick);
        return `[${(100 * b.lo).toFixed(2)}, ${(100 * b.hi).toFixed(2)}] ${b.wins}/${b.losses}`;
      };
      lines.push(`  ${''.padEnd(21)} 95% CI of Δ, articles won/lost: R1 ${ci((r) => r.rouge1.f1)}; R2 ${ci((r) => r.rouge2.f1)}; RL ${ci((r) => r.rougeL.f1)}`);
    }
    const runOn = scoreArticles(arts.slice(TUNE_N), fromRunOn).ours;
    lines.push(
      `  ${'held-out, run-on'.padEnd(21)} ${'ours'.padEnd(8)} ${String(runOn.n).padStart(3)}  ${f(runOn.r1)}  ${f(runOn.r2)}  ${f(runOn.rl)}  ${runOn.words.toFixed(0).padStart(5)}   (each article as one paragraph: our splitter alone)`,
    );
    // A ≥ 2,000-word article: corpus articles concatenated in order.
    const parts: string[] = [];
    let n = 0;
    for (const a of arts) {
      if (n >= 2000) break;
      const t = a.article_sentences.join(' ');
      parts.push(t);
      n += t.split(/\s+/).length;
    }
    timingText = n >= 2000 ? parts.join('\n') : syntheticArticle(2000);
  }
  const t = timeSummarize(timingText);
  const load = (await import('node:os')).loadavg()[0];
  lines.push(
    `  speed: summarizeText on a ${t.words}-word article (Node ${process.version}, budget 20 ms): wall median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms; CPU median ${t.cpuMedian.toFixed(2)} ms, p95 ${t.cpuP95.toFixed(2)} ms (load average ${load.toFixed(1)})`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = process.argv[2] ?? path.resolve(process.cwd(), '../shared/corpus/summ-dev.jsonl');
  benchSummarize(arg).then(
    (s) => console.log(s),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
