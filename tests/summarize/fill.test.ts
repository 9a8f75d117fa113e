import { describe, expect, it } from 'vitest';
import { emptyBrief, type Brief } from '../../lib/brief';
import { fillGenerated } from '../../lib/summarize/fill';

const PAGE = `<!doctype html><html lang="en"><head><title>Porto lab ships a laptop model</title></head><body><article>
<h1>Porto lab ships a laptop model</h1>
<p>A small lab in Porto released an open language model on Monday that runs on an ordinary laptop.</p>
<p>The model answers questions in twelve languages and was trained on licensed text only.</p>
<p>Its weights are free for commercial use under a permissive license published with the release.</p>
<p>Researchers who tested it early said it was slower than cloud models but good enough for most tasks.</p>
<p>The lab plans to publish its full training recipe, including the data filters, next month.</p>
</article></body></html>`;

const doc = () => new DOMParser().parseFromString(PAGE, 'text/html');
const article = (over: Partial<Brief> = {}): Brief => ({ ...emptyBrief('https://example.com/a'), isArticle: true, title: 'Porto lab ships a laptop model', lang: 'en', ...over });

describe('fillGenerated', () => {
  it('fills both when the page has neither, marked generated', () => {
    const b = fillGenerated(article(), doc());
    expect(b.tldrOrigin).toBe('generated');
    expect(b.takeawaysOrigin).toBe('generated');
    expect(b.tldr).toContain('Porto');
    expect(b.takeaways.length).toBeGreaterThanOrEqual(3);
  });

  it("never replaces the page's own TL;DR or takeaways", () => {
    const own = fillGenerated(article({ tldr: 'Our own TL;DR.', tldrOrigin: 'page' }), doc());
    expect(own.tldr).toBe('Our own TL;DR.');
    expect(own.tldrOrigin).toBe('page');
    expect(own.takeawaysOrigin).toBe('generated');
    const both = article({ tldr: 'T.', tldrOrigin: 'page', takeaways: ['A.'], takeawaysOrigin: 'page' });
    expect(fillGenerated(both, doc())).toEqual(both);
  });

  it('leaves non-articles alone', () => {
    const b = { ...emptyBrief('https://example.com/') };
    expect(fillGenerated(b, doc())).toEqual(b);
  });
});
