/**
 * Import / export speed, in Node with fake-indexeddb (an in-memory IndexedDB; browsers are faster
 * at writing, so these are upper bounds).
 *   tsx scripts/bench/io.ts [runs]
 *
 * - import: a generated 10,000-row Pocket CSV through importFile (detect + parse + merge + one
 *   transaction), into an empty database each run. Target ≤ 3 s.
 * - export: 10,000 saved articles (with briefs' fields, tags, some offline copies) as the JSON
 *   backup and as the Pocket CSV. Target ≤ 3 s each.
 * Median of `runs` runs (default 5).
 */
import 'fake-indexeddb/auto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emptyBrief } from '../../lib/brief';
import { articleFromBrief } from '../../lib/db/articles';
import { openDb, type ArticleRow, type LedeDB } from '../../lib/db/schema';
import { exportBackupJson } from '../../lib/io/backup';
import { exportCsv } from '../../lib/io/csv-export';
import { importFile } from '../../lib/io/import';

const ROWS = 10_000;
const TARGET_MS = 3000;

export function pocketCsvText(rows: number): string {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++) {
    lines.push(`"Article ${i}, about AI ""models""",https://news.example.com/2025/${i}/story?utm_source=rss,${1600000000 + i * 60},ai|tag${i % 13},${i % 3 ? 'unread' : 'archive'}`);
  }
  return lines.join('\n');
}

function savedArticles(n: number, now: number): ArticleRow[] {
  const rows: ArticleRow[] = [];
  for (let i = 0; i < n; i++) {
    const url = `https://news.example.com/2025/${i}/story`;
    const row = articleFromBrief(
      {
        ...emptyBrief(url),
        title: `Article ${i} about AI`,
        siteName: 'Example News',
        tldr: `A two-sentence summary of article ${i}. It says what happened and why it matters.`,
        tldrOrigin: 'page',
        takeaways: ['First point of the article.', 'Second point.', 'Third point.'],
        takeawaysOrigin: 'generated',
        sources: [{ url: `https://arxiv.example.org/abs/${i}`, title: 'The paper' }],
        wordCount: 900,
      },
      now - i * 60_000,
      ['ai', `tag${i % 13}`],
    );
    rows.push({ ...row, status: i % 4 ? 'unread' : 'read', archived: i % 5 ? 0 : 1, progress: (i % 10) / 10 });
  }
  return rows;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let dbN = 0;
async function fresh(): Promise<LedeDB> {
  const db = openDb(`lede-bench-io-${dbN++}`);
  await db.open();
  return db;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchIo(runs = 5): Promise<string> {
  const csv = new TextEncoder().encode(pocketCsvText(ROWS));
  const importMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const db = await fresh();
    importMs.push(
      await time(async () => {
        const report = await importFile(db, { name: 'pocket-10k.csv', bytes: csv });
        if (report.imported !== ROWS) throw new Error(`imported ${report.imported}, expected ${ROWS}`);
      }),
    );
    await db.delete();
  }

  const db = await fresh();
  const now = Date.now();
  const rows = savedArticles(ROWS, now);
  await db.articles.bulkAdd(rows);
  const ids = (await db.articles.toCollection().primaryKeys()) as number[];
  await db.offline.bulkAdd(
    ids.filter((_, i) => i % 10 === 0).map((id) => ({ articleId: id, html: `<p>${'Offline text. '.repeat(200)}</p>`, text: 'Offline text. '.repeat(200), capturedAt: now })),
  );
  const backupMs: number[] = [];
  const csvMs: number[] = [];
  let backupBytes = 0;
  let csvBytes = 0;
  for (let r = 0; r < runs; r++) {
    backupMs.push(await time(async () => void (backupBytes = (await exportBackupJson(db)).length)));
    csvMs.push(await time(async () => void (csvBytes = (await exportCsv(db)).length)));
  }
  await db.delete();

  const line = (what: string, ms: number[], extra = '') =>
    `| ${what.padEnd(44)} | ${String(Math.round(median(ms))).padStart(7)} ms | ≤ ${TARGET_MS} ms | ${median(ms) <= TARGET_MS ? 'ok  ' : 'SLOW'} | ${extra}`;
  return [
    `I/O bench (Node + fake-indexeddb, median of ${runs} runs)`,
    `| ${'measure'.padEnd(44)} | ${'median'.padStart(10)} | target    | ok?  | size`,
    `| ${'-'.repeat(44)} | ${'-'.repeat(10)} | --------- | ---- | ----`,
    line(`import ${ROWS.toLocaleString('en')}-row Pocket CSV (parse + write)`, importMs, `${(csv.length / 1e6).toFixed(1)} MB`),
    line(`export ${ROWS.toLocaleString('en')} articles as JSON backup`, backupMs, `${(backupBytes / 1e6).toFixed(1)} MB`),
    line(`export ${ROWS.toLocaleString('en')} articles as Pocket CSV`, csvMs, `${(csvBytes / 1e6).toFixed(1)} MB`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const runs = Number(process.argv[2]) || 5;
  benchIo(runs).then(console.log, (e) => {
    console.error(e);
    process.exit(1);
  });
}
