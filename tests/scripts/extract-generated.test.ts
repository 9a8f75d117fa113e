// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeHtml } from '../../scripts/lib/analyze';

describe('extract command: summaries written on the device', () => {
  it('fills a TL;DR and takeaways marked "generated" when the article has none', () => {
    const brief = analyzeHtml(readFileSync('tests/e2e/pages/no-tldr-article.html', 'utf8'), 'https://circuit.example/inquiry');
    expect(brief.tldrOrigin).toBe('generated');
    expect(brief.takeawaysOrigin).toBe('generated');
    expect(brief.tldr).toMatch(/inquiry/);
    expect(brief.takeaways.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the page\'s own TL;DR and takeaways', () => {
    const brief = analyzeHtml(readFileSync('tests/e2e/pages/slice-article.html', 'utf8'), 'https://wire.example/model');
    expect(brief).toMatchObject({ tldrOrigin: 'page', takeawaysOrigin: 'page' });
  });

  it('writes nothing for a page that is not an article', () => {
    const brief = analyzeHtml('<html><head><title>Log in</title></head><body><form><input type=password></form></body></html>', 'https://x.example/login');
    expect(brief).toMatchObject({ isArticle: false, tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null });
  });
});
