import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanLabel, inBoilerplate, isHidden, mainRoot, squash, textOf, walk } from '../../lib/extract/dom';

const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://news.example.com/a' }).window.document;

describe('dom helpers', () => {
  it('squash collapses whitespace, NBSP and zero-width characters', () => {
    expect(squash('  a\u00a0\n b\u200b  c ')).toBe('a b c');
  });

  it('textOf skips scripts/styles, separates blocks, and is bounded', () => {
    const d = doc('<div id="x"><p>One<script>bad()</script></p><p>Two <style>p{}</style><b>three</b></p></div>');
    expect(textOf(d.getElementById('x'))).toBe('One Two three');
    expect(textOf(d.getElementById('x'), 5).length).toBeLessThanOrEqual(5);
  });

  it('textOf iterates a 3,000-deep tree without recursion and stops at its node cap', () => {
    const d = doc('<div id="r">' + '<div>'.repeat(3000) + 'deep' + '</div>'.repeat(3000) + '</div>');
    expect(textOf(d.getElementById('r'), 100, 100000)).toBe('deep');
    expect(textOf(d.getElementById('r'), 100, 50)).toBe('');
  }, 60_000);

  it('walk visits at most cap elements and can skip or stop', () => {
    const d = doc('<div>'.repeat(3000) + '</div>'.repeat(3000));
    expect(walk(d.body, () => undefined, 1000)).toBe(1000);
    expect(walk(d.body, () => undefined, 10000)).toBe(3000);
    expect(walk(d.body, () => false, 10000)).toBe(1);
    let n = 0;
    expect(walk(d.body, () => (++n === 10 ? null : undefined), 10000)).toBe(10);
  }, 60_000);

  it('isHidden without layout', () => {
    const d = doc('<p hidden id="a"></p><p aria-hidden="true" id="b"></p><p style="display: none" id="c"></p><p id="d"></p>');
    expect(['a', 'b', 'c', 'd'].map((id) => isHidden(d.getElementById(id)!))).toEqual([true, true, true, false]);
  });

  it('inBoilerplate: nav, site footer, share/related/comment containers; not the article footer', () => {
    const d = doc(`<nav><a id="n">x</a></nav><div class="related-posts"><a id="r">x</a></div><div class="share-bar"><a id="s">x</a></div>
      <article><p><a id="p">x</a></p><footer><a id="af">x</a></footer></article><footer><a id="f">x</a></footer><div class="comment-list"><a id="c">x</a></div>`);
    const bp = (id: string) => inBoilerplate(d.getElementById(id)!);
    expect(['n', 'r', 's', 'f', 'c'].map(bp)).toEqual([true, true, true, true, true]);
    expect(bp('p')).toBe(false);
    expect(bp('af')).toBe(false);
  });

  it('mainRoot picks the marked article body, else the densest block', () => {
    const p = '<p>' + 'Sentence of real prose with several words. '.repeat(4) + '</p>';
    expect(mainRoot(doc(`<div>menu</div><article><div itemprop="articleBody" id="b">${p}${p}${p}</div></article>`)).id).toBe('b');
    expect(mainRoot(doc(`<div><p>short</p></div><div id="d">${p}${p}${p}</div>`)).id).toBe('d');
  });

  it('cleanLabel strips punctuation, emoji and numbering around a label', () => {
    expect(cleanLabel('📌 Key Takeaways:')).toBe('key takeaways');
    expect(cleanLabel('TL;DR —')).toBe('tl;dr');
    expect(cleanLabel('5 Key Points')).toBe('key points');
  });

  it('a layout state class ("has-footer", "no-sidebar") names no module; indentation does not use up textOf\'s budget', () => {
    const d = doc('<article class="notion-root has-footer"><p>Body</p></article><div class="site-footer">F</div>');
    expect(inBoilerplate(d.querySelector('p')!)).toBe(false);
    expect(inBoilerplate(d.querySelector('.site-footer')!)).toBe(true);
    const u = doc('<ul>\n                      <li>Item</li></ul>').querySelector('ul')!;
    expect(textOf(u, 5, 20)).toBe('Item');
  });

  it('an <article> or <main> classed for its kind ("newsletter-post") is no module', () => {
    const d = doc('<article class="typography newsletter-post post"><p>Body</p></article><div class="newsletter-signup">Sign up</div>');
    expect(inBoilerplate(d.querySelector('p')!)).toBe(false);
    expect(inBoilerplate(d.querySelector('.newsletter-signup')!)).toBe(true);
  });
});
