import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIELDS = ['isArticle', 'reasons', 'url', 'lang', 'title', 'siteName', 'byline', 'publishedAt', 'tldr', 'tldrOrigin', 'takeaways', 'takeawaysOrigin', 'sources', 'ticker', 'wordCount'];

let dir = '';
const paras = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} about a new open-weight model that tops coding benchmarks while costing less to run than last year's frontier systems.</p>`).join('');
const ARTICLE = `<!doctype html><html lang="en"><head><title>New model tops benchmarks | Wire</title>
<meta property="og:site_name" content="Wire"><link rel="canonical" href="https://wire.example.com/2026/07/03/new-model">
<meta property="article:published_time" content="2026-07-03T14:20:00Z"><meta name="author" content="Jane Doe"></head>
<body><article><h1>New model tops benchmarks</h1>${paras}</article></body></html>`;
const HOME = '<!doctype html><html><head><title>Wire</title></head><body><p>Hello</p></body></html>';

function run(args: string[]) {
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts/extract.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lede-cli-'));
  writeFileSync(path.join(dir, 'a.html'), ARTICLE);
  writeFileSync(path.join(dir, 'home.html'), HOME);
  writeFileSync(path.join(dir, 'list.jsonl'), `${JSON.stringify({ file: 'a.html', url: 'https://wire.example.com/2026/07/03/new-model?utm_source=x' })}\n\n${JSON.stringify({ file: 'home.html' })}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI', () => {
  it('one file: one JSON object with the contract fields in order', () => {
    const r = run(['a.html']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(Object.keys(o)).toEqual(FIELDS);
    expect(o.isArticle).toBe(true);
    expect(o.title).toBe('New model tops benchmarks');
    expect(o.siteName).toBe('Wire');
    expect(o.byline).toBe('Jane Doe');
    expect(o.publishedAt).toBe('2026-07-03T14:20:00.000Z');
    expect(o.url).toBe('https://wire.example.com/2026/07/03/new-model');
    expect(o.wordCount).toBeGreaterThan(100);
  });

  it('--url sets the page URL; without a canonical the default is example.invalid', () => {
    const a = JSON.parse(run(['--url', 'https://other.example.org/x', 'home.html']).out);
    expect(a.url).toBe('https://other.example.org/x');
    const b = JSON.parse(run(['home.html']).out);
    expect(b.url).toBe('https://example.invalid/home.html');
    expect(b.isArticle).toBe(false);
  });

  it('several files: one JSON per line with "file" first; a missing file → stderr, exit 1, others still printed', () => {
    const r = run(['a.html', 'missing.html', 'home.html']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.html/);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['a.html', 'home.html']);
    expect(Object.keys(lines[0])).toEqual(['file', ...FIELDS]);
  });

  it('--list reads {"file","url"} lines', () => {
    const r = run(['--list', 'list.jsonl']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe('a.html');
    expect(lines[0].isArticle).toBe(true);
  });

  it('--help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--list LIST\.jsonl/);
  });
});
