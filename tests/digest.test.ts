import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { recordHeadlines } from '@/lib/db/headlines';
import { articleFromBrief } from '@/lib/db/articles';
import { emptyBrief } from '@/lib/brief';
import { escapeMarkdown, markdownUrl, weekDigestMarkdown } from '@/lib/digest';

let db: LedeDB;
let n = 0;
beforeEach(() => {
  db = openDb(`lede-digest-${Date.now()}-${n++}`);
});

const T0 = Date.parse('2026-11-24T10:00:00Z'); // 2026-W48

async function save(url: string, title: string, savedAt: number, tldr: string | null, takeaways: string[] = []) {
  const row = articleFromBrief({ ...emptyBrief(url), title, tldr, tldrOrigin: tldr ? 'page' : null, takeaways, siteName: 'Example News' }, savedAt);
  await db.articles.add(row);
}

describe('weekDigestMarkdown', () => {
  it('lists the week’s headlines with links and sites, and the articles saved that week with their TL;DRs', async () => {
    await recordHeadlines(db, { url: 'https://a.example/1', ticker: [{ title: 'Model X tops benchmark', url: 'https://a.example/x' }, { title: 'API prices cut', url: null }] }, 'a.example', T0, 'UTC');
    await recordHeadlines(db, { url: 'https://b.example/1', ticker: [{ title: 'API prices cut', url: null }] }, 'b.example', T0 + 1000, 'UTC');
    await save('https://a.example/story', 'The story', T0 + 5000, 'It happened.', ['First point', 'Second point']);
    await save('https://a.example/old', 'Last week’s story', T0 - 7 * 86_400_000, 'Old.');
    await save('https://a.example/next', 'Next week’s story', T0 + 7 * 86_400_000, 'Later.');
    const md = await weekDigestMarkdown(db, '2026-W48', { timeZone: 'UTC' });
    expect(md).toContain('# This week in AI: 2026-W48');
    expect(md).toContain('## Headlines (2)');
    expect(md).toContain('- [Model X tops benchmark](https://a.example/x) — a.example');
    expect(md).toContain('- API prices cut — a.example, b.example, seen 2 times');
    expect(md).toContain('## Saved this week (1)');
    expect(md).toContain('### [The story](https://a.example/story)');
    expect(md).toContain('> **TL;DR:** It happened.');
    expect(md).toContain('- First point');
    expect(md).not.toContain('Last week');
    expect(md).not.toContain('Next week');
  });

  it('uses the reader’s zone for “saved that week”', async () => {
    // Monday 00:30 in Berlin is still Sunday (previous week) in UTC
    const t = Date.parse('2026-11-22T23:30:00Z');
    await save('https://a.example/s', 'Early Monday', t, null);
    expect(await weekDigestMarkdown(db, '2026-W48', { timeZone: 'Europe/Berlin' })).toContain('Early Monday');
    expect(await weekDigestMarkdown(db, '2026-W48', { timeZone: 'UTC' })).not.toContain('Early Monday');
  });

  it('says so when the week is empty', async () => {
    const md = await weekDigestMarkdown(db, '2026-W10', { timeZone: 'UTC' });
    expect(md).toContain('_No ticker headlines collected this week._');
    expect(md).toContain('_Nothing saved this week._');
  });

  it('escapes Markdown in page text and keeps only http(s) links', async () => {
    await recordHeadlines(db, {
      url: 'https://a.example/1',
      ticker: [
        { title: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> *bold* _it_', url: 'https://a.example/a b)(' },
        { title: '# Not a heading', url: 'javascript:alert(1)' },
        { title: '1. not a list', url: 'data:text/html,hi' },
      ],
    }, 'a.example', T0, 'UTC');
    await save('https://a.example/s', '![img](https://evil.example/p.png)', T0, 'TL;DR with `code` and | pipes');
    const md = await weekDigestMarkdown(db, '2026-W48', { timeZone: 'UTC' });
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\> \\*bold\\* \\_it\\_](https://a.example/a%20b%29%28)');
    expect(md).toContain('- \\# Not a heading — a.example');
    expect(md).toContain('- 1\\. not a list — a.example');
    expect(md).toContain('\\!\\[img\\]\\(https://evil.example/p.png\\)');
    expect(md).toContain('TL;DR with \\`code\\` and \\| pipes');
    expect(md).not.toMatch(/\]\((?!https?:)/);
  });

  it('helpers', () => {
    expect(escapeMarkdown('a\n  b')).toBe('a b');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('https://x.example/(a)')).toBe('https://x.example/%28a%29');
  });
});
