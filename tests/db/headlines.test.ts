import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type LedeDB } from '@/lib/db/schema';
import {
  earlierWeekWithHeadlines, headlineKey, headlinesForWeek, laterWeekWithHeadlines, recordHeadlines, REVISIT_MS, siteOf, weeksWithHeadlines,
} from '@/lib/db/headlines';
import { weekKey } from '@/lib/weeks';
import type { TickerItem } from '@/lib/brief';

let db: LedeDB;
let n = 0;
beforeEach(() => {
  db = openDb(`lede-headlines-${Date.now()}-${n++}`);
});

const T0 = Date.parse('2026-11-24T10:00:00Z'); // Tuesday, 2026-W48
const MIN = 60_000;
const tick = (...titles: (string | [string, string | null])[]): TickerItem[] =>
  titles.map((t) => (Array.isArray(t) ? { title: t[0], url: t[1] } : { title: t, url: null }));
const rec = (url: string, ticker: TickerItem[], now: number, site?: string) => recordHeadlines(db, { url, ticker }, site ?? siteOf(url), now, 'UTC');

describe('headlineKey', () => {
  it('folds case, whitespace, punctuation, quotes, dashes, ellipsis and Unicode forms', () => {
    const k = headlineKey('OpenAI’s “o5” model — ships today');
    expect(headlineKey('openai\'s "o5" model - ships today')).toBe(k);
    expect(headlineKey('  OPENAI’S  O5 MODEL: SHIPS TODAY!  ')).toBe(k);
    expect(headlineKey('OpenAI’s «o5» model – ships today…')).toBe(k);
    expect(headlineKey('OpenAI’s o5 model — ships today...')).toBe(k);
    expect(headlineKey('ＯｐｅｎＡＩ’s ｏ５ model—ships today')).toBe(k); // full-width forms (NFKC)
    expect(headlineKey('GPT-5.5 is out')).toBe(headlineKey('GPT 5 5 is out'));
    expect(headlineKey('Claude Skills hit GA')).not.toBe(headlineKey('Claude Skills hit GA again'));
    expect(headlineKey('$14k MRR')).toContain('$');
    expect(headlineKey('…')).toBe('...'); // nothing but punctuation: kept as is (NFKC)
  });
  it('siteOf: host name without www', () => {
    expect(siteOf('https://www.Example.com/a?b')).toBe('example.com');
    expect(siteOf('http://news.example.org:8080/')).toBe('news.example.org');
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('recordHeadlines', () => {
  it('stores a strip under the week of the report, with site, link and first seen', async () => {
    await rec('https://www.a.example/story-1', tick(['Model X tops coding benchmark', 'https://a.example/x'], 'API prices cut again', ['Agents everywhere now', 'javascript:alert(1)']), T0);
    const rows = await headlinesForWeek(db, '2026-W48');
    expect(rows.map((r) => [r.title, r.url, r.sites, r.count, r.firstSeenAt])).toEqual([
      ['Model X tops coding benchmark', 'https://a.example/x', ['a.example'], 1, T0],
      ['API prices cut again', null, ['a.example'], 1, T0],
      ['Agents everywhere now', null, ['a.example'], 1, T0],
    ]);
    expect(rows[0].id).toBe(`2026-W48|${headlineKey('Model X tops coding benchmark')}`);
  });

  it('deduplicates across pages, visits and sites; counts page visits; merges sites; keeps the first link', async () => {
    await rec('https://a.example/1', tick('Model X tops coding benchmark', 'API prices cut again'), T0);
    await rec('https://a.example/2', tick(['model x tops coding benchmark!', 'https://a.example/x'], 'API prices cut again'), T0 + MIN);
    await rec('https://www.b.example/p', tick(['Model X — tops coding benchmark', 'https://b.example/x'], 'New: robots'), T0 + 2 * MIN);
    const rows = await headlinesForWeek(db, '2026-W48');
    const x = rows.find((r) => r.title === 'Model X tops coding benchmark')!;
    expect(x.count).toBe(3);
    expect(x.sites).toEqual(['a.example', 'b.example']);
    expect(x.url).toBe('https://a.example/x'); // first http(s) link wins over the earlier null and the later one
    expect(x.firstSeenAt).toBe(T0);
    expect(x.lastSeenAt).toBe(T0 + 2 * MIN);
    expect(rows).toHaveLength(3);
    expect(await db.headlines.count()).toBe(3);
  });

  it('the same page reporting again soon (second pass, reload) is one visit; later, another', async () => {
    const url = 'https://a.example/story?utm_source=x#top';
    await rec(url, tick('One', 'Two headline here', 'Three headline here'), T0);
    await rec('https://a.example/story', tick('One', 'Two headline here', 'Three headline here'), T0 + 2000);
    await rec(url, tick('One', 'Two headline here'), T0 + 20 * MIN);
    let rows = await headlinesForWeek(db, '2026-W48');
    expect(rows.map((r) => r.count)).toEqual([1, 1, 1]);
    await rec(url, tick('One'), T0 + 20 * MIN + REVISIT_MS + 1);
    rows = await headlinesForWeek(db, '2026-W48');
    expect(rows.find((r) => r.title === 'One')!.count).toBe(2);
  });

  it('a duplicate inside one strip (the scrolling copy) counts once', async () => {
    await rec('https://a.example/', tick('Alpha beta gamma', 'Alpha  Beta Gamma', 'Delta'), T0);
    const rows = await headlinesForWeek(db, '2026-W48');
    expect(rows.map((r) => [r.title, r.count])).toEqual([['Alpha beta gamma', 1], ['Delta', 1]]);
  });

  it('a headline cut short with an ellipsis joins the full one, either way round', async () => {
    await rec('https://a.example/1', tick('Perplexity ships new answer engine…'), T0);
    await rec('https://b.example/1', tick(['Perplexity ships new answer engine features', 'https://b.example/p']), T0 + MIN);
    await rec('https://c.example/1', tick('Perplexity ships new answer…'), T0 + 2 * MIN);
    const rows = await headlinesForWeek(db, '2026-W48');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: 'Perplexity ships new answer engine features', url: 'https://b.example/p', count: 3,
      sites: ['a.example', 'b.example', 'c.example'], firstSeenAt: T0,
    });
    expect(rows[0].id).toBe(`2026-W48|${headlineKey('Perplexity ships new answer engine features')}`);
  });

  it('weeks are separate; newest first; weeks listed newest first', async () => {
    const lastWeek = T0 - 7 * 86_400_000;
    await rec('https://a.example/1', tick('Old one', 'Shared headline here'), lastWeek);
    await rec('https://a.example/1', tick('Shared headline here', 'New one'), T0);
    await rec('https://a.example/2', tick('Newest one'), T0 + MIN);
    expect((await headlinesForWeek(db, '2026-W47')).map((r) => r.title)).toEqual(['Old one', 'Shared headline here']);
    expect((await headlinesForWeek(db, '2026-W48')).map((r) => r.title)).toEqual(['Newest one', 'Shared headline here', 'New one']);
    expect((await headlinesForWeek(db, '2026-W48')).find((r) => r.title === 'Shared headline here')!.count).toBe(1);
    expect(await weeksWithHeadlines(db)).toEqual(['2026-W48', '2026-W47']);
    expect(await earlierWeekWithHeadlines(db, '2026-W48')).toBe('2026-W47');
    expect(await earlierWeekWithHeadlines(db, '2026-W47')).toBeNull();
    expect(await laterWeekWithHeadlines(db, '2026-W40')).toBe('2026-W47');
  });

  it('uses the reader’s zone for the week: Sunday night at home is still that week', async () => {
    const sundayNightLA = Date.parse('2026-11-30T06:00:00Z'); // Sun 29 Nov 22:00 in Los Angeles, Monday in UTC
    await recordHeadlines(db, { url: 'https://a.example/', ticker: tick('Late news') }, 'a.example', sundayNightLA, 'America/Los_Angeles');
    expect(await weeksWithHeadlines(db)).toEqual(['2026-W48']);
    expect(weekKey(sundayNightLA, 'UTC')).toBe('2026-W49');
  });

  it('ignores empty strips and empty titles; caps long titles', async () => {
    expect(await rec('https://a.example/', [], T0)).toBe(0);
    expect(await rec('https://a.example/', tick('', '   '), T0)).toBe(0);
    await rec('https://a.example/', tick('x'.repeat(1000)), T0);
    expect((await headlinesForWeek(db, '2026-W48'))[0].title.length).toBe(300);
  });

  it('concurrent reports of the same headline from two tabs leave one row', async () => {
    await Promise.all([rec('https://a.example/1', tick('Same story here'), T0), rec('https://b.example/1', tick('Same story here'), T0)]);
    const rows = await headlinesForWeek(db, '2026-W48');
    expect(rows).toHaveLength(1);
    expect(rows[0].count).toBe(2);
    expect(rows[0].sites.sort()).toEqual(['a.example', 'b.example']);
  });
});

describe('the background records the ticker of every page report', () => {
  it('page-brief from two pages with overlapping strips: the union, once each', async () => {
    const { handleMessage } = await import('@/lib/background/handle-message');
    const { emptyBrief } = await import('@/lib/brief');
    const deps = {
      db, extensionId: 'lede', extensionOrigin: 'chrome-extension://lede',
      saveTab: async () => ({ ok: false as const, error: 'n/a' }), saveUrl: async () => ({ ok: false as const, error: 'n/a' }),
      tabText: async () => ({ ok: false as const, error: 'n/a' }),
    };
    const report = (url: string, tabId: number, ticker: TickerItem[]) =>
      handleMessage({ type: 'page-brief', brief: { ...emptyBrief(url), ticker } }, { id: 'lede', url, tab: { id: tabId, url }, frameId: 0 }, deps);
    await expect(report('https://www.a.example/1', 1, tick('Alpha story here', 'Beta story here'))).resolves.toEqual({ ok: true });
    await report('https://b.example/2', 2, tick('Beta story here', 'Gamma story here'));
    const rows = await headlinesForWeek(db, weekKey(Date.now()));
    expect(rows.map((r) => r.title).sort()).toEqual(['Alpha story here', 'Beta story here', 'Gamma story here']);
    expect(rows.find((r) => r.title === 'Beta story here')).toMatchObject({ count: 2, sites: ['a.example', 'b.example'] });
  });
});

describe('rows restored from a backup with missing or wrong fields', () => {
  it('are read and merged safely', async () => {
    await db.headlines.put({ id: '2026-W48|restored headline here', week: '2026-W48', title: 'Restored headline here', url: 'javascript:alert(1)' } as never);
    let rows = await headlinesForWeek(db, '2026-W48');
    expect(rows[0]).toMatchObject({ title: 'Restored headline here', url: null, sites: [], count: 1, titleKey: 'restored headline here' });
    await rec('https://a.example/1', tick(['Restored headline here', 'https://a.example/r']), T0);
    rows = await headlinesForWeek(db, '2026-W48');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: 'https://a.example/r', sites: ['a.example'], count: 2 });
  });
});
