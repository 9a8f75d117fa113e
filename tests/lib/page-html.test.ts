import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { serializeInTasks } from '@/lib/page-html';

const PAGES = path.resolve('tests/fixtures/pages');
const noYield = { yieldTask: async () => {} };
const dom = (html: string, url = 'https://news.example.com/a') => new JSDOM(html, { url }).window.document;

/** The text a reader sees: body text without script/style contents, whitespace collapsed. */
function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('script,style,template,noscript').forEach((e) => e.remove());
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('serializeInTasks: the page as HTML, in short tasks', () => {
  const slugs = existsSync(PAGES) ? readdirSync(PAGES).filter((s) => existsSync(path.join(PAGES, s, 'page.html')) && !s.includes('deep-dom')) : [];
  it.runIf(slugs.length > 0)('parses back to the same text, links and language on every fixture page', async () => {
    for (const slug of slugs) {
      const doc = dom(readFileSync(path.join(PAGES, slug, 'page.html'), 'utf8'));
      const html = await serializeInTasks(doc, noYield);
      const again = dom(html!);
      expect(visibleText(again), slug).toBe(visibleText(doc));
      expect([...again.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')), slug).toEqual(
        [...doc.querySelectorAll('a[href]')].filter((a) => !a.closest('script,style,template,noscript')).map((a) => a.getAttribute('href')),
      );
      expect(again.documentElement.getAttribute('lang'), slug).toBe(doc.documentElement.getAttribute('lang'));
      expect(again.title, slug).toBe(doc.title);
    }
  });

  it('escapes text and attributes, so page text cannot become markup', async () => {
    const doc = dom('<html><body><p id="p">x</p></body></html>');
    const p = doc.getElementById('p')!;
    p.textContent = '<img src=x onerror="alert(1)"> & </p><script>alert(2)</script>';
    p.setAttribute('title', '"><script>alert(3)</script>');
    const again = dom((await serializeInTasks(doc, noYield))!);
    expect(again.querySelectorAll('img,script')).toHaveLength(0);
    expect(again.getElementById('p')!.textContent).toBe(p.textContent);
    expect(again.getElementById('p')!.getAttribute('title')).toBe('"><script>alert(3)</script>');
  });

  it('leaves out scripts, styles and comments, and keeps JSON-LD (Readability reads it) unable to close early', async () => {
    const html = await serializeInTasks(dom('<html><head><style>p{}</style><script>var a</script></head><body><!-- c --><p>Text</p><noscript>n</noscript></body></html>'), noYield);
    expect(html).toBe('<!DOCTYPE html><html><head></head><body><p>Text</p></body></html>');
    // a script's text set by the page's own code can hold a literal closing tag
    const page = dom('<html><head></head><body><p>x</p></body></html>');
    const s = page.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = '{"@type":"NewsArticle","headline":"a </script><img src=x onerror=alert(1)>"}';
    page.head.append(s);
    const again = dom((await serializeInTasks(page, noYield))!);
    expect(again.querySelectorAll('img')).toHaveLength(0);
    expect(JSON.parse(again.querySelector('script')!.textContent!).headline).toBe('a </script><img src=x onerror=alert(1)>');
  });

  it('yields whenever a task has written for its time slice', async () => {
    const doc = dom(`<html><body>${'<p>para</p>'.repeat(200)}</body></html>`);
    let clock = 0;
    let yields = 0;
    // every read of the clock costs 1 ms: with an 8 ms slice, a yield every few nodes
    const html = await serializeInTasks(doc, { yieldTask: async () => void yields++, sliceMs: 8, now: () => clock++ });
    expect(yields).toBeGreaterThan(20);
    expect(dom(html!).querySelectorAll('p')).toHaveLength(200);
  });

  it('gives null past its size cap, and handles a 5,000-level deep DOM (no recursion)', async () => {
    expect(await serializeInTasks(dom(`<html><body><p>${'x'.repeat(5000)}</p></body></html>`), { ...noYield, maxChars: 1000 })).toBeNull();
    const doc = dom('<html><body></body></html>');
    let el: Element = doc.body;
    for (let i = 0; i < 5000; i++) el = el.appendChild(doc.createElement('div'));
    el.textContent = 'deep text';
    const html = await serializeInTasks(doc, noYield);
    expect(html).toContain('deep text');
    expect(html!.split('<div>')).toHaveLength(5001);
  });
});
