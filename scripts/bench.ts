/**
 * `npm run bench`: every figure the issues ask for, each beside its target, and beside
 * @mozilla/readability where it is the yardstick (measured in the same run).
 *
 *   npm run bench [-- --corpus ../shared/corpus] [-- --only extract,content,summarize,...]
 *
 * The development corpora (real pages, real summaries) live outside the repository; without them
 * the benchmarks that need them say so and the rest still run.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = path.resolve(opt('corpus') ?? path.join(ROOT, '../shared/corpus'));
const only = opt('only')?.split(',');

type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [
  {
    name: 'extract',
    run: async () => {
      const { benchExtractAccuracy } = await import('./bench/extract-accuracy');
      return benchExtractAccuracy({
        holdoutDir: path.join(ROOT, 'tests/fixtures/holdout'),
        corpusDir: existsSync(path.join(corpus, 'readability')) ? path.join(corpus, 'readability') : undefined,
      });
    },
  },
  {
    name: 'content',
    run: async () => {
      const { benchContentCost } = await import('./bench/content-cost');
      const real = path.join(corpus, 'readability');
      return benchContentCost(existsSync(real) ? [real] : []);
    },
  },
  {
    name: 'summarize',
    run: async () => {
      const { benchSummarize } = await import('./bench/summarize');
      return benchSummarize(path.join(corpus, 'summ-dev.jsonl'));
    },
  },
  { name: 'reading-list', run: async () => (await import('./bench/reading-list')).benchReadingList() },
  { name: 'popup', run: async () => (await import('./bench/popup')).benchPopup() },
  { name: 'io', run: async () => (await import('./bench/io')).benchIo() },
];

console.log(`Lede benchmarks — ${new Date().toISOString()}`);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${os.platform()}`);
console.log(`Corpus: ${existsSync(corpus) ? corpus : `${corpus} (not found: corpus figures skipped)`}\n`);
let failed = 0;
for (const b of benches) {
  if (only && !only.includes(b.name)) continue;
  const t0 = performance.now();
  try {
    console.log(await b.run());
  } catch (err) {
    failed++;
    console.log(`${b.name}: failed — ${(err as Error).stack ?? err}`);
  }
  console.log(`(${b.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
process.exit(failed ? 1 : 0);
