import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chromeAvailability,
  chromeSummarize,
  chunkToQuota,
  cleanModelText,
  downloadModel,
  estimateTokens,
  languageOptions,
  parseKeyPoints,
  parseTldr,
  type SummarizerInstance,
} from '../../lib/summarize/chrome';
import { fakeSummarizer, words } from './fake-summarizer';

/** A long made-up text: `n` distinct sentences in paragraphs of five. */
function longText(n: number): string {
  const paras: string[] = [];
  for (let i = 0; i < n; i += 5) {
    const p: string[] = [];
    for (let j = i; j < Math.min(n, i + 5); j++) p.push(`Sentence number ${j} says that the lab tested model ${j % 7} on task ${j}.`);
    paras.push(p.join(' '));
  }
  return paras.join('\n');
}

const instance = (quota: number, measure = true): SummarizerInstance => ({
  inputQuota: quota,
  summarize: async () => '',
  ...(measure ? { measureInputUsage: async (t: string) => words(t) } : {}),
});

describe('parsing the model output', () => {
  it('turns plain-text key points into items', () => {
    expect(parseKeyPoints('* First point.\n* Second point.\n* Third point.')).toEqual(['First point.', 'Second point.', 'Third point.']);
    expect(parseKeyPoints('1. One.\n2) Two.\n3. Three.')).toEqual(['One.', 'Two.', 'Three.']);
    expect(parseKeyPoints('• Alpha\n– Beta')).toEqual(['Alpha', 'Beta']);
    expect(parseKeyPoints('Here are the key points:\n- A point that\n  wraps onto a second line.\n- **Bold** point.')).toEqual([
      'A point that wraps onto a second line.',
      'Bold point.',
    ]);
    expect(parseKeyPoints('Line one.\nLine two.')).toEqual(['Line one.', 'Line two.']);
    expect(parseKeyPoints('* Same.\n* same.\n* Other.')).toEqual(['Same.', 'Other.']);
  });

  it('strips <think> blocks, tags and fences', () => {
    expect(cleanModelText('<think>Let me consider\nthe text.</think>\nThe answer.')).toBe('The answer.');
    expect(parseKeyPoints('```\n<output>\n* A.\n* B.\n</output>\n```')).toEqual(['A.', 'B.']);
    expect(parseKeyPoints('<think>only thinking</think>')).toEqual([]);
  });

  it('turns a TL;DR into one paragraph without a label', () => {
    expect(parseTldr('TL;DR: The lab shipped a model.\nIt is fast.')).toBe('The lab shipped a model. It is fast.');
    expect(parseTldr('<think>x</think>  Summary:\n The point. ')).toBe('The point.');
  });
});

describe('chunking to inputQuota', () => {
  it('returns the text as is when it fits', async () => {
    expect(await chunkToQuota(instance(1000), 'A short text.')).toEqual(['A short text.']);
  });

  it('splits a long text into chunks that each fit, at sentence or paragraph breaks, in order', async () => {
    const text = longText(60); // ~ 840 words
    const chunks = await chunkToQuota(instance(200), text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(words(c)).toBeLessThanOrEqual(180); // 90% of the quota
      expect(c.trim()).toMatch(/\.$/); // ends at a sentence break
    }
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('counts the shared context against the quota', async () => {
    const chunks = await chunkToQuota(instance(200), longText(60), { context: 'x '.repeat(100) });
    for (const c of chunks) expect(words(c) + estimateTokens('x '.repeat(100))).toBeLessThanOrEqual(180);
  });

  it('estimates tokens from characters without measureInputUsage', async () => {
    expect(estimateTokens('abcd'.repeat(10))).toBe(10);
    expect(estimateTokens('模型发布')).toBe(4);
    const chunks = await chunkToQuota(instance(100, false), longText(40));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(estimateTokens(c)).toBeLessThanOrEqual(90);
  });

  it('caps very long articles at maxChunks', async () => {
    const chunks = await chunkToQuota(instance(50), longText(200), { maxChunks: 3 });
    expect(chunks).toHaveLength(3);
  });
});

describe('the Summarizer API wrapper', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports availability, unavailable without the global or on errors', async () => {
    expect(await chromeAvailability()).toBe('unavailable');
    vi.stubGlobal('Summarizer', fakeSummarizer({ availability: 'downloadable' }));
    expect(await chromeAvailability('en')).toBe('downloadable');
    vi.stubGlobal('Summarizer', fakeSummarizer({ availability: 'throw' }));
    expect(await chromeAvailability('en')).toBe('unavailable');
  });

  it('passes supported languages to the API', () => {
    expect(languageOptions('en-GB')).toEqual({ expectedInputLanguages: ['en'], outputLanguage: 'en' });
    expect(languageOptions('de')).toEqual({ expectedInputLanguages: ['de'] });
    expect(languageOptions(undefined)).toEqual({});
  });

  it('downloads with progress, and does nothing without the API', async () => {
    expect(await downloadModel()).toBe(false);
    const f = fakeSummarizer({ availability: 'downloadable', progress: [0.1, 0.6, 1] });
    vi.stubGlobal('Summarizer', f);
    const seen: number[] = [];
    expect(await downloadModel((p) => seen.push(p))).toBe(true);
    expect(seen).toEqual([0.1, 0.6, 1, 1]);
    expect(f.state).toBe('available');
  });

  it('summarizes a long article chunk by chunk within the quota', async () => {
    const f = fakeSummarizer({ availability: 'available', inputQuota: 150 });
    vi.stubGlobal('Summarizer', f);
    const r = await chromeSummarize(longText(50), { lang: 'en', title: 'A test' });
    expect(r.tldr).toBeTruthy();
    expect(r.takeaways.length).toBeGreaterThan(0);
    expect(r.takeaways.length).toBeLessThanOrEqual(5);
    expect(f.inputs.filter((i) => i.type === 'key-points').length).toBeGreaterThan(1);
    expect(f.inputs.every((i) => i.tokens <= 150)).toBe(true);
    expect(f.created.every((c) => c.format === 'plain-text')).toBe(true);
  });
});
