import { describe, expect, it } from 'vitest';
import { bylineNames, failures, listF1, sameDate, sameLang, scoreBrief, tokenF1, tokenize } from './score';

describe('tokenize', () => {
  it('lower-cases and drops punctuation', () => {
    expect(tokenize('TL;DR: Hello, World!')).toEqual(['tl', 'dr', 'hello', 'world']);
  });
  it('keeps apostrophes inside words and normalises curly ones', () => {
    expect(tokenize('Anthropic’s model isn\'t here')).toEqual(["anthropic's", 'model', "isn't", 'here']);
  });
  it('splits Chinese and Japanese into characters', () => {
    expect(tokenize('阿里巴巴禁止')).toEqual(['阿', '里', '巴', '巴', '禁', '止']);
    expect(tokenize('モデルを公開')).toEqual(['モ', 'デ', 'ル', 'を', '公', '開']);
  });
  it('keeps Latin words whole next to CJK characters', () => {
    expect(tokenize('Claude Code被禁')).toEqual(['claude', 'code', '被', '禁']);
  });
  it('keeps Korean, Cyrillic and Arabic words whole', () => {
    expect(tokenize('새 모델 공개')).toEqual(['새', '모델', '공개']);
    expect(tokenize('Новая модель')).toEqual(['новая', 'модель']);
    expect(tokenize('نموذج جديد')).toEqual(['نموذج', 'جديد']);
  });
  it('handles empty input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
  });
});

describe('tokenF1', () => {
  it('is 1 for identical text regardless of case and punctuation', () => {
    expect(tokenF1('The model ships today.', 'the model ships today')).toBe(1);
  });
  it('is 1 for two empty texts and 0 when one is empty', () => {
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('a', '')).toBe(0);
    expect(tokenF1(null, 'a')).toBe(0);
  });
  it('counts repeated tokens as a bag', () => {
    // expected: a a b (3), actual: a b (2): common 2 → P=1, R=2/3 → F1=0.8
    expect(tokenF1('a a b', 'a b')).toBeCloseTo(0.8);
  });
  it('penalises a leaked label a little, not a lot', () => {
    const f = tokenF1('Reuters reported that Alibaba told employees not to use Claude Code', 'TL;DR: Reuters reported that Alibaba told employees not to use Claude Code');
    expect(f).toBeGreaterThan(0.9);
    expect(f).toBeLessThan(1);
  });
  it('compares CJK by characters', () => {
    expect(tokenF1('阿里巴巴禁止员工使用', '阿里巴巴禁止员工使用')).toBe(1);
    expect(tokenF1('阿里巴巴禁止员工使用', '阿里巴巴')).toBeCloseTo((2 * 1 * 0.4) / 1.4);
  });
  it('is 0 for disjoint texts', () => {
    expect(tokenF1('alpha beta', 'gamma delta')).toBe(0);
  });
});

describe('listF1', () => {
  it('is 1 for two empty lists and 0 when one side is empty', () => {
    expect(listF1([], [])).toBe(1);
    expect(listF1(['a'], [])).toBe(0);
    expect(listF1([], ['a'])).toBe(0);
  });
  it('matches items one to one by token F1 >= 0.8 by default', () => {
    expect(listF1(['Open weights ship today', 'Prices fall'], ['open weights ship today.', 'prices fall'])).toBe(1);
  });
  it('does not let one actual item match two expected items', () => {
    // Both expected items match the single actual item: one match, P=1, R=0.5.
    expect(listF1(['same text here', 'same text here'], ['same text here'])).toBeCloseTo(2 / 3);
  });
  it('finds the maximum matching even when greedy order would miss one', () => {
    const match = (e: string, a: string): boolean => (e === 'x' ? a === '1' || a === '2' : a === '1');
    // Greedy would give x→1 and leave y unmatched; the maximum matching is x→2, y→1.
    expect(listF1(['x', 'y'], ['1', '2'], match)).toBe(1);
  });
  it('scores extra and missing items', () => {
    // 2 of 3 expected found, 1 extra: P=2/3, R=2/3
    expect(listF1(['a b c', 'd e f', 'g h i'], ['a b c', 'd e f', 'zz'])).toBeCloseTo(2 / 3);
  });
  it('accepts a custom matcher', () => {
    expect(listF1([1, 2, 3], [3, 2, 1], (a, b) => a === b)).toBe(1);
  });
});

describe('bylineNames', () => {
  it('drops a leading By and compares names as a set', () => {
    expect(bylineNames('By Jane Doe and John Roe')).toEqual(bylineNames('John Roe, Jane Doe'));
    expect(bylineNames('by jane doe & john roe')).toEqual(['jane doe', 'john roe']);
  });
  it('handles a single name and empty values', () => {
    expect(bylineNames('Mara Okafor')).toEqual(['mara okafor']);
    expect(bylineNames(null)).toEqual([]);
  });
  it('handles other languages\' separators', () => {
    expect(bylineNames('Von Lena Vogt und Jonas Beck')).toEqual(['jonas beck', 'lena vogt']);
    expect(bylineNames('山田太郎、佐藤花子')).toEqual(['佐藤花子', '山田太郎'].sort());
  });
});

describe('sameDate', () => {
  it('compares a date-only label with the written or UTC date', () => {
    expect(sameDate('2026-07-03', '2026-07-03T09:00:00Z')).toBe(true);
    expect(sameDate('2026-07-03', '2026-07-03T23:30:00-05:00')).toBe(true);
    expect(sameDate('2026-07-03', '2026-07-04T01:00:00Z')).toBe(false);
  });
  it('compares full timestamps as instants', () => {
    expect(sameDate('2026-07-03T09:15:00Z', '2026-07-03T11:15:00+02:00')).toBe(true);
    expect(sameDate('2026-07-03T09:15:00Z', '2026-07-03T09:15:00.000Z')).toBe(true);
    expect(sameDate('2026-07-03T09:15:00Z', '2026-07-03T10:15:00Z')).toBe(false);
  });
  it('expects null when the label is null', () => {
    expect(sameDate(null, null)).toBe(true);
    expect(sameDate(null, '2026-07-03')).toBe(false);
    expect(sameDate('2026-07-03', null)).toBe(false);
    expect(sameDate('2026-07-03', 'not a date')).toBe(false);
  });
});

describe('sameLang', () => {
  it('compares primary subtags unless the label has a region', () => {
    expect(sameLang('en', 'en-US')).toBe(true);
    expect(sameLang('zh', 'zh-Hans-CN')).toBe(true);
    expect(sameLang('pt-BR', 'pt-br')).toBe(true);
    expect(sameLang('pt-BR', 'pt-PT')).toBe(false);
    expect(sameLang('de', 'en')).toBe(false);
    expect(sameLang('de', null)).toBe(false);
  });
});

describe('scoreBrief', () => {
  const actual = {
    isArticle: true,
    reasons: ['JSON-LD NewsArticle'],
    url: 'https://example.com/a',
    lang: 'en-GB',
    title: 'Alibaba Reportedly Bans Claude Code Over Backdoor Fears',
    siteName: 'Speka',
    byline: 'By Jane Doe',
    publishedAt: '2026-07-03T10:00:00+02:00',
    tldr: 'Reuters reported that Alibaba told employees not to use Claude Code.',
    tldrOrigin: 'page',
    takeaways: ['First point here', 'Second point here'],
    takeawaysOrigin: 'page',
    sources: [{ url: 'https://www.reuters.com/x', title: 'Reuters' }, { url: 'https://news.ycombinator.com/item?id=1', title: '' }],
    ticker: [{ title: 'Claude Skills hit general availability', url: null }],
    wordCount: 800,
  };

  it('scores only the fields present in expected', () => {
    const s = scoreBrief({ url: 'https://example.com/a', isArticle: true }, actual);
    expect(Object.keys(s)).toEqual(['isArticle']);
    expect(s.isArticle?.pass).toBe(true);
  });

  it('passes a matching brief field by field', () => {
    const s = scoreBrief(
      {
        url: 'https://example.com/a',
        isArticle: true,
        title: 'Alibaba reportedly bans Claude Code over backdoor fears',
        siteName: 'speka',
        byline: 'Jane Doe',
        publishedAt: '2026-07-03T08:00:00Z',
        lang: 'en',
        tldr: 'Reuters reported that Alibaba told employees not to use Claude Code.',
        takeaways: ['First point here.', 'Second point here'],
        sources: [{ url: 'https://www.reuters.com/x' }, { url: 'https://news.ycombinator.com/item?id=1', title: 'HN' }],
        ticker: [{ title: 'Claude Skills hit general availability', url: null }],
      },
      actual,
    );
    expect(failures(s)).toEqual([]);
    for (const r of Object.values(s)) expect(r.pass).toBe(true);
  });

  it('fails wrong fields and reports expected vs actual', () => {
    const s = scoreBrief(
      {
        url: 'https://example.com/a',
        isArticle: false,
        title: 'Something else',
        tldr: null,
        takeaways: [],
        sources: [{ url: 'https://www.reuters.com/x?utm_source=x' }],
        ticker: [{ title: 'Claude Skills hit general availability', url: 'https://example.com/skills' }],
      },
      actual,
    );
    const failed = failures(s).map(([f]) => f);
    expect(failed).toEqual(['isArticle', 'title', 'tldr', 'takeaways', 'sources', 'ticker']);
    expect(s.title?.expected).toBe('Something else');
    expect(s.title?.actual).toBe(actual.title);
  });

  it('treats tldr null as "the page has none"', () => {
    expect(scoreBrief({ url: 'u', tldr: null }, { ...actual, tldr: null }).tldr?.pass).toBe(true);
    expect(scoreBrief({ url: 'u', tldr: null }, { ...actual, tldr: '' }).tldr?.pass).toBe(true);
    expect(scoreBrief({ url: 'u', tldr: 'Something' }, { ...actual, tldr: null }).tldr?.pass).toBe(false);
  });

  it('accepts the arguments in either order', () => {
    const expected = { url: 'https://example.com/a', isArticle: true, byline: 'Jane Doe' };
    expect(scoreBrief(actual, expected)).toEqual(scoreBrief(expected, actual));
  });

  it('gives a partial takeaways score when one item is missing', () => {
    const s = scoreBrief({ url: 'u', takeaways: ['First point here', 'Second point here', 'Third point'] }, actual);
    expect(s.takeaways?.score).toBeCloseTo(0.8);
    expect(s.takeaways?.pass).toBe(false);
  });
});
