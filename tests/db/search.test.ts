// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { matchRanges, normalizeText, openSearchIndex, parseQuery, SearchIndex, snippet } from '@/lib/db/search';
import { openDb } from '@/lib/db/schema';
import { deleteArticle, saveArticle, setTags } from '@/lib/db/articles';
import type { Brief } from '@/lib/brief';

const hl = (text: string, q: string) => matchRanges(text, parseQuery(q)).map(([s, e]) => text.slice(s, e));

describe('search text', () => {
  it('normalizes case, width and diacritics', () => {
    expect(normalizeText('Résumé ＡＩ Ångström')).toBe('resume ai angstrom');
  });

  it('splits queries into words and CJK runs', () => {
    expect(parseQuery('Claude 代码助手 agents')).toEqual([
      { text: 'claude', cjk: false },
      { text: '代码助手', cjk: true },
      { text: 'agents', cjk: false },
    ]);
    expect(parseQuery('AI模型')).toEqual([{ text: 'ai', cjk: false }, { text: '模型', cjk: true }]);
    expect(parseQuery('  ,.; ')).toEqual([]);
  });

  it('highlights word prefixes and CJK substrings in the original text', () => {
    expect(hl('Agents and reagents: an Agentic AI', 'agent')).toEqual(['Agent', 'Agent']);
    expect(hl('Le résumé du modèle', 'resume modele')).toEqual(['résumé', 'modèle']);
    expect(hl('阿里巴巴禁止使用Claude Code代码助手', '代码 claude')).toEqual(['Claude', '代码']);
    expect(hl('nothing here', 'zzz')).toEqual([]);
  });

  it('makes a snippet around the first match', () => {
    const text = `${'lorem ipsum '.repeat(40)}the quantization trick ${'dolor sit '.repeat(40)}`;
    const s = snippet(text, parseQuery('quantization'))!;
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['quantization']);
    expect(snippet(text, parseQuery('absent'))).toBeNull();
  });
});

describe('SearchIndex', () => {
  function build() {
    const idx = new SearchIndex();
    idx.add({ id: 1, title: 'OpenAI ships new agents', tldr: 'Agents everywhere.', tags: ['agents'], text: 'The body mentions quantization.' });
    idx.add({ id: 2, title: '阿里巴巴禁止员工使用 Claude Code', takeaways: ['担心后门风险'], text: '据报道，阿里巴巴内部通知要求停止使用。' });
    idx.add({ id: 3, title: 'Résumé of the week', siteName: 'Weekly', text: 'Nothing about models.' });
    return idx;
  }

  it('finds words by prefix, in any field, case- and accent-insensitively', () => {
    const idx = build();
    expect(idx.search('agent')).toEqual(new Set([1]));
    expect(idx.search('QUANTIZ')).toEqual(new Set([1]));
    expect(idx.search('resume')).toEqual(new Set([3]));
    expect(idx.search('weekly')).toEqual(new Set([3]));
    expect(idx.search('claude')).toEqual(new Set([2]));
    expect(idx.search('')).toBeNull();
    expect(idx.search('zebra')).toEqual(new Set());
  });

  it('finds CJK by substring (bigrams), single characters too, and ANDs terms', () => {
    const idx = build();
    expect(idx.search('阿里巴巴')).toEqual(new Set([2]));
    expect(idx.search('后门')).toEqual(new Set([2]));
    expect(idx.search('内部通知')).toEqual(new Set([2]));
    expect(idx.search('门')).toEqual(new Set([2]));
    expect(idx.search('门后')).toEqual(new Set());
    expect(idx.search('claude 后门')).toEqual(new Set([2]));
    expect(idx.search('claude agents')).toEqual(new Set());
  });

  it('replaces and removes documents', () => {
    const idx = build();
    idx.add({ id: 1, title: 'Renamed', text: 'different body' });
    expect(idx.search('agent')).toEqual(new Set());
    expect(idx.search('renamed')).toEqual(new Set([1]));
    idx.remove(1);
    expect(idx.search('renamed')).toEqual(new Set());
    idx.retain([2]);
    expect(idx.size).toBe(1);
    expect(idx.search('resume')).toEqual(new Set());
  });

  it('keeps prefix search right after many new words (sorted + fresh vocabulary)', () => {
    const idx = new SearchIndex();
    for (let i = 0; i < 5000; i++) idx.add({ id: i, title: `word${i} common` });
    idx.add({ id: 9999, title: 'zzzlast' });
    expect(idx.search('word4999')).toEqual(new Set([4999]));
    expect(idx.search('zzz')).toEqual(new Set([9999]));
    expect(idx.search('common')!.size).toBe(5000);
    for (let i = 0; i < 3000; i++) idx.remove(i);
    expect(idx.search('common')!.size).toBe(2000);
    expect(idx.search('word3000')).toEqual(new Set([3000]));
  });
});

describe('live index over the database', () => {
  const brief = (url: string, title: string): Brief => ({
    isArticle: true, reasons: [], url, lang: 'en', title, siteName: null, byline: null, publishedAt: null, tldr: null,
    tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], ticker: [], wordCount: 1,
  });

  it('builds from rows and offline text, then follows saves, edits and deletes', async () => {
    const db = openDb(`lede-search-${Date.now()}`);
    const a = await saveArticle(db, brief('https://e.example/a', 'First story'), { offline: { html: '<p>x</p>', text: 'only in the body: pelican' } });
    const live = openSearchIndex(db);
    await live.ready;
    expect(live.index.search('pelican')).toEqual(new Set([a]));

    const wait = (pred: () => boolean) => expect.poll(pred, { timeout: 3000 }).toBe(true);
    const b = await saveArticle(db, brief('https://e.example/b', '第二篇 新闻'), { offline: { html: '', text: '大语言模型' } });
    await wait(() => live.index.search('语言')?.has(b) ?? false);
    await setTags(db, a, ['birds']);
    await wait(() => live.index.search('birds')?.has(a) ?? false);
    await deleteArticle(db, a);
    await wait(() => live.index.search('pelican')?.size === 0);
    live.close();
  });
});

describe('two-pass build (titles etc. first, offline texts after)', () => {
  it('addText adds an article’s body to what its title etc. indexed, CJK counted once per doc', () => {
    const idx = new SearchIndex();
    idx.add({ id: 1, title: '后门 in the title', tldr: 'pelican' });
    idx.add({ id: 2, title: 'Other' });
    expect(idx.search('walrus')).toEqual(new Set());
    idx.addText(1, 'A walrus, a pelican and a 后门风险 in the body');
    idx.addText(2, '后 and 门 apart, not the pair');
    idx.addText(99, 'no such article: ignored');
    expect(idx.search('walrus')).toEqual(new Set([1]));
    expect(idx.search('pelican')).toEqual(new Set([1]));
    expect(idx.search('后门')).toEqual(new Set([1]));
    expect(idx.search('后门风险')).toEqual(new Set([1]));
    expect(idx.search('门')).toEqual(new Set([1, 2]));
    expect(idx.search('ignored')).toEqual(new Set());
  });

  it('has every title before any body text, and everything once ready', async () => {
    const db = openDb(`lede-search-phases-${Date.now()}`);
    const brief = (url: string, title: string): Brief => ({
      isArticle: true, reasons: [], url, lang: 'en', title, siteName: null, byline: null, publishedAt: null, tldr: null,
      tldrOrigin: null, takeaways: [], takeawaysOrigin: null, sources: [], ticker: [], wordCount: 1,
    });
    for (let i = 0; i < 260; i++) {
      await saveArticle(db, brief(`https://e.example/${i}`, `Story ${i} about chips`), { now: 1000 + i, offline: { html: '', text: `body word pelican${i}` } });
    }
    const live = openSearchIndex(db);
    expect(live.phase()).toBe('meta');
    const seen: { phase: string; titles: number; bodies: number }[] = [];
    live.subscribe(() =>
      seen.push({ phase: live.phase(), titles: live.index.search('chips')?.size ?? 0, bodies: live.index.search('pelican')?.size ?? 0 }),
    );
    await live.ready;
    expect(live.isReady()).toBe(true);
    // When the body texts start, every title is searchable and no body yet.
    expect(seen.find((s) => s.phase === 'text')).toEqual({ phase: 'text', titles: 260, bodies: 0 });
    expect(live.index.search('pelican')!.size).toBe(260);
    expect(live.index.search('pelican259')!.size).toBe(1);
    live.close();
    db.close();
  });
});
