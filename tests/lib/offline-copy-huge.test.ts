import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeOfflineCopy, OFFLINE_MAX_CHARS, sanitizeCopy } from '@/lib/offline-copy';

describe('offline copy of a huge page', () => {
  it('skips Readability past 30,000 elements and keeps the <article> instead', () => {
    const links = Array.from({ length: 31_000 }, (_, i) => `<a href="https://s.example/${i}">s${i}</a>`).join(' ');
    const doc = new JSDOM(`<html><body><article><h1>Big</h1><p>The story text that a reader saved.</p></article><footer>${links}</footer></body></html>`, { url: 'https://x.example/a' }).window.document;
    const copy = makeOfflineCopy(doc);
    expect(copy?.text).toContain('The story text that a reader saved.');
    expect(copy?.text).not.toContain('s30999');
  });

  it('drops a copy too big to store before sanitizing it, and sanitizes one that fits', () => {
    const win = new JSDOM('', { url: 'https://x.example/a' }).window as unknown as Window & typeof globalThis;
    let sanitized = false;
    const html = { toString: () => ((sanitized = true), '<p>x</p>') } as unknown as string;
    expect(sanitizeCopy(win, { html, text: 'word '.repeat(OFFLINE_MAX_CHARS / 2) })).toBeNull();
    expect(sanitized).toBe(false);
    expect(sanitizeCopy(win, { html: '<p onclick="x()">Saved <b>text</b></p><script>x()</script>', text: ' Saved  text ' })).toEqual({
      html: '<p>Saved <b>text</b></p>',
      text: 'Saved text',
    });
  });
});
