import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { jsonLdNodes, ldArticle, ldNames, ldText, ldTypes } from '../../lib/extract/jsonld';

const doc = (blocks: string[]): Document =>
  new JSDOM(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`, {
    url: 'https://example.com/a',
  }).window.document;

describe('jsonLdNodes', () => {
  it('reads plain objects, top-level arrays and @graph', () => {
    const d = doc([
      '{"@type":"WebSite","name":"Site"}',
      '[{"@type":"Organization","name":"Org"},{"@type":"BreadcrumbList"}]',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle","Article"],"headline":"H"}]}',
    ]);
    const types = jsonLdNodes(d).map(ldTypes);
    expect(types).toEqual([['WebSite'], ['Organization'], ['BreadcrumbList'], ['WebPage'], ['NewsArticle', 'Article']]);
    expect(ldArticle(jsonLdNodes(d))?.headline).toBe('H');
  });

  it('follows mainEntity but not list members (teasers)', () => {
    const d = doc([
      '{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Main"}}',
      '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Teaser"}}]}',
    ]);
    const nodes = jsonLdNodes(d);
    expect(ldArticle(nodes)?.headline).toBe('Main');
    expect(nodes.some((n) => n.headline === 'Teaser')).toBe(false);
  });

  it('skips malformed blocks, repairs trailing commas and raw newlines, strips CDATA/comments', () => {
    const d = doc([
      '{"@type": "Article", "headline": broken',
      '{"@type":"Article","headline":"Line\nbreak",}',
      '//<![CDATA[\n{"@type":"Person","name":"P"}\n//]]>',
      '<!-- {"@type":"Organization","name":"O"} -->',
    ]);
    const nodes = jsonLdNodes(d);
    expect(nodes.map((n) => ldTypes(n)[0])).toEqual(['Article', 'Person', 'Organization']);
    expect(ldText(nodes[0].headline)).toBe('Line break');
  });

  it('ignores oversized blocks and strips schema.org prefixes from types', () => {
    const big = `{"@type":"Article","headline":"${'x'.repeat(400_000)}"}`;
    expect(jsonLdNodes(doc([big]))).toEqual([]);
    expect(ldTypes({ '@type': 'http://schema.org/NewsArticle' })).toEqual(['NewsArticle']);
  });

  it('survives cyclic-looking and deeply nested input', () => {
    let deep = '{"@type":"Thing"}';
    for (let i = 0; i < 3000; i++) deep = `{"mainEntity":${deep}}`;
    expect(() => jsonLdNodes(doc([deep]))).not.toThrow();
  });

  it('reads names and texts from strings, objects and arrays', () => {
    expect(ldNames([{ '@type': 'Person', name: 'Jane Doe' }, 'John Roe', { name: 'Jane Doe' }])).toEqual(['Jane Doe', 'John Roe']);
    expect(ldNames({ name: 'Solo' })).toEqual(['Solo']);
    expect(ldText([{ '@value': 'v' }])).toBe('v');
    expect(ldText(null)).toBeNull();
  });
});
