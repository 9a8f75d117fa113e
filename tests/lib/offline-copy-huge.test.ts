import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { makeOfflineCopy } from '@/lib/offline-copy';

describe('offline copy of a huge page', () => {
  it('skips Readability past 30,000 elements and keeps the <article> instead', () => {
    const links = Array.from({ length: 31_000 }, (_, i) => `<a href="https://s.example/${i}">s${i}</a>`).join(' ');
    const doc = new JSDOM(`<html><body><article><h1>Big</h1><p>The story text that a reader saved.</p></article><footer>${links}</footer></body></html>`, { url: 'https://x.example/a' }).window.document;
    const copy = makeOfflineCopy(doc);
    expect(copy?.text).toContain('The story text that a reader saved.');
    expect(copy?.text).not.toContain('s30999');
  });
});
