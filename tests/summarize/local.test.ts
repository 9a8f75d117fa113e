import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/summarize/sentences';
import { summarizeParagraphs, summarizeSentences, summarizeText, trimSentence } from '../../lib/summarize/local';

// A made-up news story, written for these tests, with boilerplate mixed in.
const ARTICLE = [
  'By Nora Vance',
  'Published: 4 March 2026',
  'Harbor Labs released Tern, an open-weight language model that runs on a laptop, on Tuesday.',
  'The model has 8 billion parameters and matches much larger systems on coding and reasoning benchmarks, the company said.',
  'Share this article',
  'Harbor Labs, a startup founded in Lisbon two years ago, trained Tern on a cluster of 2,000 chips rented from a cloud provider.',
  'Its chief executive, Ines Duarte, said the lab wanted researchers and small companies to run strong models without sending data to anyone.',
  'Photo: Harbor Labs',
  'The weights are published under a permissive license that allows commercial use.',
  'Independent evaluators found that Tern makes fewer factual errors than the previous open model of its size.',
  'But they warned that the benchmarks used by the company do not measure safety.',
  'Sign up for our newsletter to get the week in AI in your inbox.',
  'Regulators in the European Union are drafting rules for open-weight models, and the release is likely to feature in those talks.',
  'Harbor Labs plans a larger version of the model later this year.',
  'Advertisement',
  'Analysts expect the release to put pressure on the prices of commercial model APIs.',
].join('\n');
const TITLE = 'Harbor Labs releases Tern, an open-weight model that runs on a laptop';

const sentencesOf = (s: string) => splitSentences(s, { lang: 'en' });

describe('summarizeText', () => {
  it('gives a TL;DR of one or two sentences and three distinct takeaways in document order', () => {
    const r = summarizeText(ARTICLE, { lang: 'en', title: TITLE });
    expect(r.takeaways).toHaveLength(3);
    expect(new Set(r.takeaways).size).toBe(3);
    const n = sentencesOf(r.tldr).length;
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
    const lines = ARTICLE.split('\n');
    const idx = r.takeaways.map((t) => lines.findIndex((l) => l.includes(t.slice(5, 40))));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    expect(r.takeaways[0]).toContain('Harbor Labs released Tern');
  });

  it('never picks boilerplate', () => {
    const r = summarizeText(ARTICLE, { lang: 'en', count: 5 });
    const all = [r.tldr, ...r.takeaways].join(' ');
    for (const junk of ['Nora Vance', 'Published', 'Share this', 'Photo:', 'newsletter', 'Advertisement']) expect(all).not.toContain(junk);
  });

  it('gives 3–5 takeaways as asked, fewer for short texts, none for empty ones', () => {
    expect(summarizeText(ARTICLE, { count: 5 }).takeaways).toHaveLength(5);
    expect(summarizeText(ARTICLE, { count: 9 }).takeaways).toHaveLength(5);
    expect(summarizeText(ARTICLE, { count: 1 }).takeaways).toHaveLength(3);
    const short = summarizeText('The lab released a new model on Tuesday. It runs on a laptop and costs nothing.');
    expect(short.takeaways).toHaveLength(2);
    expect(short.tldr).toBe('The lab released a new model on Tuesday. It runs on a laptop and costs nothing.');
    expect(summarizeText('')).toEqual({ tldr: '', takeaways: [] });
    expect(summarizeText('Advertisement\nShare this')).toEqual({ tldr: '', takeaways: [] });
  });

  it('never repeats a sentence that occurs twice in the page', () => {
    const doubled = ARTICLE + '\n' + ARTICLE;
    const r = summarizeText(doubled, { count: 5 });
    expect(new Set(r.takeaways).size).toBe(r.takeaways.length);
  });

  it('is deterministic: the same input gives the same output, also across runs', () => {
    const a = summarizeText(ARTICLE, { lang: 'en', title: TITLE });
    const b = summarizeText(ARTICLE, { lang: 'en', title: TITLE });
    expect(b).toEqual(a);
    // Pinned output: a change here is a change in behaviour, not noise.
    expect(a).toEqual({
      tldr: 'Harbor Labs released Tern, an open-weight language model that runs on a laptop, on Tuesday.',
      takeaways: [
        'Harbor Labs released Tern, an open-weight language model that runs on a laptop, on Tuesday.',
        'The model has 8 billion parameters and matches much larger systems on coding and reasoning benchmarks, the company said.',
        'Harbor Labs, a startup founded in Lisbon two years ago, trained Tern on a cluster of 2,000 chips rented from a cloud provider.',
      ],
    });
  });

  it('summarizes paragraphs and sentence lists the same way as text', () => {
    const lines = ARTICLE.split('\n');
    expect(summarizeParagraphs(lines, { lang: 'en' })).toEqual(summarizeText(ARTICLE, { lang: 'en' }));
    const r = summarizeSentences(['One two three four five six.', 'Seven eight nine ten eleven twelve.', 'Thirteen fourteen fifteen sixteen seventeen.']);
    expect(r.takeaways).toHaveLength(3);
  });

  it('works for Chinese and Japanese text', () => {
    const zh = '新创公司今天发布了一个可以在笔记本电脑上运行的开源语言模型。该模型有八十亿个参数，在编程测试中表现接近更大的系统。公司表示，模型权重允许商业使用。独立评估人员发现，该模型的事实错误比同类模型更少。但他们也警告说，这些测试并不衡量安全性。';
    const r = summarizeText(zh, { lang: 'zh' });
    expect(r.takeaways.length).toBe(3);
    expect(r.takeaways.every((t) => zh.includes(t))).toBe(true);
    const ja = '新興企業が、ノートパソコンで動く言語モデルを公開した。モデルは八十億のパラメータを持ち、プログラミングの試験で大きなモデルに近い成績を出した。重みは商用利用も認めるライセンスで公開された。独立した評価者は、事実の誤りが少ないと評価した。';
    expect(summarizeText(ja, { lang: 'ja' }).takeaways.length).toBe(3);
  });

  it('drops a leading connective from English takeaways', () => {
    expect(trimSentence('But the benchmarks do not measure safety.')).toBe('The benchmarks do not measure safety.');
    expect(trimSentence('However, the model is slow on phones.')).toBe('The model is slow on phones.');
    expect(trimSentence('Butter prices rose sharply this year.')).toBe('Butter prices rose sharply this year.');
  });

  it('is fast on a long article', () => {
    const long = Array.from({ length: 12 }, () => ARTICLE).join('\n') + '\n' + ARTICLE.replace(/Tern/g, 'Skua');
    summarizeText(long);
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) summarizeText(long);
    // The budget is 20 ms (scripts/bench/summarize.ts measures it); this only catches a blow-up.
    expect((performance.now() - t0) / 5).toBeLessThan(200);
  });
});
