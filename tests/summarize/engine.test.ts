import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../../lib/summarize';
import { summarizeText } from '../../lib/summarize/local';
import { fakeSummarizer, type FakeOptions } from './fake-summarizer';

const TEXT = [
  'A small lab in Porto released an open language model on Monday that runs on an ordinary laptop.',
  'The model answers questions in twelve languages and was trained on licensed text only.',
  'Its weights are free for commercial use, the lab said in a statement.',
  'Researchers who tested it early said it was slower than cloud models but good enough for most tasks.',
  'The lab plans to publish its training recipe next month.',
].join('\n');
const input = { text: TEXT, title: 'Porto lab releases a laptop model', lang: 'en' };
const LOCAL = { ...summarizeText(TEXT, { lang: 'en', title: input.title }), engine: 'local' };

function install(o: FakeOptions) {
  const f = fakeSummarizer(o);
  vi.stubGlobal('Summarizer', f);
  return f;
}

describe('summarize: engine choice', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('uses Chrome when availability() is "available" (engine chrome and auto)', async () => {
    for (const engine of ['chrome', 'auto'] as const) {
      const f = install({ availability: 'available' });
      const r = await summarize(input, { engine });
      expect(r.engine).toBe('chrome-summarizer');
      expect(r.tldr).toBe('The lab released an open model that runs on a laptop.');
      expect(r.takeaways).toEqual(['The lab released an open model.', 'It runs on a laptop.', 'Its weights allow commercial use.']);
      expect(f.created.map((c) => c.type).sort()).toEqual(['key-points', 'tldr']);
      expect(f.created.every((c) => c.format === 'plain-text')).toBe(true);
    }
  });

  it('uses the local summarizer when the setting says local, without touching the API', async () => {
    const f = install({ availability: 'available' });
    expect(await summarize(input, { engine: 'local' })).toEqual(LOCAL);
    expect(f.created).toHaveLength(0);
  });

  it('does not download the model without allowDownload', async () => {
    for (const availability of ['downloadable', 'downloading'] as const) {
      const f = install({ availability });
      expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
      expect(f.created).toHaveLength(0);
    }
  });

  it('downloads with allowDownload, reports progress, then uses Chrome', async () => {
    const f = install({ availability: 'downloadable', progress: [0, 0.25, 0.5, 1] });
    const progress: number[] = [];
    const r = await summarize(input, { engine: 'chrome', allowDownload: true, onDownloadProgress: (p) => progress.push(p) });
    expect(r.engine).toBe('chrome-summarizer');
    expect(progress.slice(0, 4)).toEqual([0, 0.25, 0.5, 1]);
    expect(progress[progress.length - 1]).toBe(1);
    expect(typeof f.created[0].monitor).toBe('function');
  });

  it('falls back to local when unavailable', async () => {
    const f = install({ availability: 'unavailable' });
    expect(await summarize(input, { engine: 'chrome', allowDownload: true })).toEqual(LOCAL);
    expect(f.created).toHaveLength(0);
  });

  it('falls back to local when availability(), create() or summarize() throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    install({ availability: 'throw' });
    expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
    install({ availability: 'available', createThrows: true });
    expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
    install({ availability: 'available', summarizeThrows: true });
    expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
    install({ availability: 'downloadable', createThrows: true });
    expect(await summarize(input, { engine: 'auto', allowDownload: true })).toEqual(LOCAL);
  });

  it('falls back to local on a timeout or an empty answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    install({ availability: 'available', hang: true });
    expect(await summarize(input, { engine: 'auto', timeoutMs: 30 })).toEqual(LOCAL);
    install({ availability: 'available', output: { tldr: '  ', keyPoints: '<think>hmm</think>' } });
    expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
  });

  it('uses local where there is no Summarizer global (Firefox, Node)', async () => {
    expect((globalThis as { Summarizer?: unknown }).Summarizer).toBeUndefined();
    expect(await summarize(input, { engine: 'chrome', allowDownload: true })).toEqual(LOCAL);
    vi.stubGlobal('Summarizer', { notTheApi: true });
    expect(await summarize(input, { engine: 'auto' })).toEqual(LOCAL);
  });

  it('answers empty text with empty results', async () => {
    install({ availability: 'available' });
    expect(await summarize({ text: '' }, { engine: 'auto' })).toEqual({ tldr: '', takeaways: [], engine: 'local' });
  });
});
