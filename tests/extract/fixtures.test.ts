/**
 * Table-driven extraction test: every tests/fixtures/pages/<slug>/{page.html,expected.json} is
 * parsed with jsdom at its URL, run through analyzePage, and each labelled field must reach its
 * threshold (tests/support/score.ts). tests/fixtures/holdout/ is NOT run here: it is the
 * benchmark's unseen set (scripts/bench/extract-accuracy.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/extract/index';
import { failures, scoreBrief } from '../support/score';

const ROOT = path.resolve(__dirname, '../fixtures');
const PAGES = path.join(ROOT, 'pages');

const KNOWN_KEYS = new Set([
  'url', 'isArticle', 'title', 'siteName', 'byline', 'publishedAt', 'lang', 'tldr', 'takeaways', 'sources', 'ticker', 'notes',
]);

function fixtureDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(path.join(dir, slug, 'page.html')) && existsSync(path.join(dir, slug, 'expected.json')))
    .sort();
}

function loadExpected(dir: string, slug: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, slug, 'expected.json'), 'utf8')) as Record<string, unknown>;
}

const isHttpUrl = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href === v;
  } catch {
    return false;
  }
};

/** Problems with one expected.json (empty = valid). */
function validate(e: Record<string, unknown>): string[] {
  const bad: string[] = [];
  for (const k of Object.keys(e)) if (!KNOWN_KEYS.has(k)) bad.push(`unknown key "${k}"`);
  if (!isHttpUrl(e.url)) bad.push(`url must be an absolute http(s) URL in URL.href form: ${JSON.stringify(e.url)}`);
  if (typeof e.isArticle !== 'boolean') bad.push('isArticle is required and must be a boolean');
  for (const k of ['title', 'siteName', 'byline', 'lang', 'tldr', 'notes'] as const) {
    if (k in e && e[k] !== null && typeof e[k] !== 'string') bad.push(`${k} must be a string or null`);
  }
  if ('publishedAt' in e && e.publishedAt !== null) {
    const d = e.publishedAt;
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(d) || Number.isNaN(Date.parse(d))) {
      bad.push(`publishedAt must be ISO 8601 (date, or date-time with zone): ${JSON.stringify(d)}`);
    }
  }
  if ('takeaways' in e && (!Array.isArray(e.takeaways) || e.takeaways.some((t) => typeof t !== 'string' || !t.trim()))) {
    bad.push('takeaways must be an array of non-empty strings');
  }
  if ('sources' in e) {
    if (!Array.isArray(e.sources)) bad.push('sources must be an array');
    else {
      const seen = new Set<string>();
      for (const s of e.sources as { url?: unknown; title?: unknown }[]) {
        if (!s || typeof s !== 'object') bad.push('a source must be an object');
        else if (!isHttpUrl(s.url)) bad.push(`source url must be absolute http(s) in URL.href form: ${JSON.stringify(s.url)}`);
        else if (seen.has(s.url as string)) bad.push(`duplicate source ${String(s.url)}`);
        else if (/[?&](utm_[a-z]+|fbclid|gclid)=/i.test(s.url as string)) bad.push(`source keeps a tracking parameter: ${String(s.url)}`);
        else seen.add(s.url as string);
        if (s && typeof s === 'object' && 'title' in s && typeof s.title !== 'string') bad.push('source title must be a string');
      }
    }
  }
  if ('ticker' in e) {
    if (!Array.isArray(e.ticker)) bad.push('ticker must be an array');
    else {
      for (const t of e.ticker as { url?: unknown; title?: unknown }[]) {
        if (!t || typeof t !== 'object' || typeof t.title !== 'string' || !t.title.trim()) bad.push('a ticker item needs a title');
        else if (t.url !== null && !isHttpUrl(t.url)) bad.push(`ticker url must be null or absolute http(s): ${JSON.stringify(t.url)}`);
      }
    }
  }
  if (e.isArticle === true) {
    for (const k of ['title', 'siteName', 'byline', 'publishedAt', 'lang', 'tldr', 'takeaways', 'sources', 'ticker']) {
      if (!(k in e)) bad.push(`an article labels every field; "${k}" is missing`);
    }
  } else if (e.isArticle === false) {
    for (const k of ['title', 'siteName', 'ticker']) if (!(k in e)) bad.push(`a non-article labels at least title, siteName, ticker; "${k}" is missing`);
  }
  return bad;
}

const slugs = fixtureDirs(PAGES);

describe('fixture labels', () => {
  it('has fixtures', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('every expected.json (pages, dev and the unseen sets) is valid', () => {
    const problems: string[] = [];
    const sets = ['pages', 'dev', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5'].map((d) => path.join(ROOT, d)).filter((d) => existsSync(d));
    for (const dir of sets) {
      for (const slug of fixtureDirs(dir)) {
        let e: Record<string, unknown>;
        try {
          e = loadExpected(dir, slug);
        } catch (err) {
          problems.push(`${path.basename(dir)}/${slug}: invalid JSON (${(err as Error).message})`);
          continue;
        }
        for (const p of validate(e)) problems.push(`${path.basename(dir)}/${slug}: ${p}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('analyzePage on fixture pages', () => {
  for (const slug of slugs) {
    it(slug, () => {
      const expected = loadExpected(PAGES, slug);
      const html = readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8');
      const url = expected.url as string;
      const dom = new JSDOM(html, { url });
      try {
        const brief = analyzePage(dom.window.document, url);
        const failed = failures(scoreBrief(expected, brief as unknown as Record<string, unknown>));
        const message = failed
          .map(([field, r]) =>
            `${field} (score ${r.score.toFixed(2)} < ${r.threshold})\n  expected: ${JSON.stringify(r.expected)}\n  actual:   ${JSON.stringify(r.actual)}`,
          )
          .join('\n');
        expect(failed.map(([f]) => f), `${slug}${expected.notes ? ` (${String(expected.notes)})` : ''}\n${message}`).toEqual([]);
      } finally {
        dom.window.close();
      }
    });
  }
});
