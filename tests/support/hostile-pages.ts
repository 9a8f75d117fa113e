/**
 * Hostile pages, generated (some are megabytes): every way a page can try to run script in
 * Lede's pages, smuggle unsafe links, or stall the content script. Each payload that manages to
 * run requests `${beacon}?<vector>` from the test's own server, so a test sees any execution.
 */

export interface HostilePage {
  name: string;
  html: string;
  /** What the page tries. */
  tries: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Script-running payloads, each reporting to the beacon under its own name. */
export function payloads(beacon: string): Record<string, string> {
  const hit = (v: string) => `fetch('${beacon}?${v}');new Image().src='${beacon}?${v}-img'`;
  return {
    script: `<script>${hit('script')}</script>`,
    imgOnerror: `<img src="x" onerror="${hit('img-onerror')}">`,
    svgOnload: `<svg onload="${hit('svg-onload')}"></svg>`,
    iframeSrcdoc: `<iframe srcdoc="<script>${hit('srcdoc')}</script>"></iframe>`,
    jsLink: `<a href="javascript:${hit('js-link')}">click</a>`,
    styleImport: `<style>@import url('${beacon}?css-import');</style>`,
    detailsToggle: `<details open ontoggle="${hit('ontoggle')}"><summary>x</summary></details>`,
    mathml: `<math><mtext><table><mglyph><style><img src=x onerror="${hit('mxss')}">`,
    templateNoscript: `<noscript><p title="</noscript><img src=x onerror=${hit('noscript')}>"></p></noscript>`,
  };
}

function article(opts: { title: string; head?: string; body: string; lang?: string }): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${opts.title}</title>${opts.head ?? ''}</head><body>${opts.body}</body></html>`;
}

const filler = (n: number, word = 'model') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the ${word} release explains the benchmark results, the licence terms, the pricing and what independent testers found when they reproduced the evaluation over several days.</p>`).join('');

export function hostilePages(beacon: string): HostilePage[] {
  const p = payloads(beacon);
  const all = Object.values(p).join('');
  const attr = esc(`"><img src=x onerror="fetch('${beacon}?attr')">`);
  const pages: HostilePage[] = [];

  pages.push({
    name: 'inject-every-field',
    tries: 'script and event-handler injection in title, meta, JSON-LD, TL;DR, takeaways, sources, ticker and byline',
    html: article({
      title: `Model launch ${esc(p.script)} | Evil News`,
      head: `<meta property="og:title" content="${attr}"><meta property="og:site_name" content="${attr}"><meta name="author" content="${attr}">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-01T10:00:00Z">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: `<img src=x onerror="fetch('${beacon}?ld-headline')">`, author: { name: `<script>fetch('${beacon}?ld-author')</script>` }, datePublished: '2026-11-01T10:00:00Z' }).replace(/</g, '\\u003c')}</script>`,
      body: `<div class="ticker" aria-label="This Week in AI"><span>This Week in AI</span><ul>
<li><a href="javascript:fetch('${beacon}?ticker-js')">Headline one ${p.imgOnerror}</a></li>
<li><a href="data:text/html,<script>alert(1)</script>">Headline two ${p.svgOnload}</a></li>
<li><a href="https://ok.example/three">Headline three ${p.iframeSrcdoc}</a></li>
<li><a href="vbscript:msgbox(1)">Headline four</a></li></ul></div>
<article><h1>Model launch ${p.script}</h1><p class="byline">By <a href="javascript:fetch('${beacon}?byline')">Mallory ${p.imgOnerror}</a></p>
<blockquote class="tldr"><p><strong>TL;DR:</strong> The page tries everything ${all} and still only text may come out.</p></blockquote>
<h2>Key takeaways</h2><ul><li>First ${p.svgOnload}</li><li>Second ${p.detailsToggle}</li><li>Third ${p.mathml}</li></ul>
${filler(8)}
<h2>Sources</h2><ul>
<li><a href="javascript:fetch('${beacon}?source-js')">Javascript source</a></li>
<li><a href="JaVaScRiPt&colon;fetch('${beacon}?source-js2')">Encoded javascript source</a></li>
<li><a href=" data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Data source</a></li>
<li><a href="vbscript:msgbox(1)">VBScript source</a></li>
<li><a href="https://real.example.org/report?utm_source=x">Real report ${p.imgOnerror}</a></li>
</ul></article>`,
    }),
  });

  pages.push({
    name: 'css-tricks',
    tries: 'text hidden with CSS, bidi overrides, zero-width characters, CSS that fetches',
    html: article({
      title: 'Totally normal article\u202Egnp.exe',
      head: `<style>.sneaky{display:none}.tldr::before{content:"${beacon}"} body{background:url('${beacon}?css-bg')}</style>${p.styleImport}<meta property="og:type" content="article">`,
      body: `<article><h1>Totally\u200B normal\u200D article</h1><div class="tldr"><strong>TL;DR:</strong> A summary with a hidden part<span class="sneaky"> ${p.imgOnerror}</span>.</div>${filler(8)}</article>`,
    }),
  });

  pages.push({
    name: 'forged-json-ld',
    tries: 'malformed, huge, deeply nested and prototype-polluting JSON-LD',
    html: article({
      title: 'Forged metadata',
      head: [
        `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "unterminated</script>`,
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x'.repeat(1_000_000) })}</script>`,
        `<script type="application/ld+json">${'['.repeat(5000)}{"@type":"NewsArticle"}${']'.repeat(5000)}</script>`,
        `<script type="application/ld+json">{"__proto__": {"isArticle": true, "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "@type": "NewsArticle", "datePublished": "<script>fetch('${beacon}?ld-date')</script>"}</script>`,
        `<script type="application/ld+json">${JSON.stringify({ '@graph': Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })) })}</script>`,
      ].join(''),
      body: `<article><h1>Forged metadata</h1>${filler(6)}</article>`,
    }),
  });

  pages.push({
    name: 'ten-megabytes',
    tries: '10 MB of text',
    html: article({ title: 'Ten megabytes', body: `<article><h1>Ten megabytes</h1>${'<p>' + 'word '.repeat(20_000) + '</p>'.repeat(1)}${Array.from({ length: 100 }, () => `<p>${'lorem ipsum dolor sit amet '.repeat(3700)}</p>`).join('')}</article>` }),
  });

  pages.push({
    name: 'deep-dom',
    tries: 'a 5,000-level deep DOM',
    html: article({ title: 'Deep', body: `${'<div>'.repeat(5000)}<p>${'deep text '.repeat(50)}</p><blockquote>TL;DR: deep</blockquote>${'</div>'.repeat(5000)}${filler(4)}` }),
  });

  pages.push({
    name: 'fifty-thousand-links',
    tries: '50,000 links, also in the footer and a would-be sources section',
    html: article({
      title: 'Links',
      head: '<meta property="og:type" content="article">',
      body: `<article><h1>Links</h1>${filler(6)}<h2>Sources</h2><ul>${Array.from({ length: 25_000 }, (_, i) => `<li><a href="https://s${i % 500}.example.com/p${i}?utm_source=x">Source ${i}</a></li>`).join('')}</ul></article><footer>${Array.from({ length: 25_000 }, (_, i) => `<a href="/f${i}">f${i}</a>`).join(' ')}</footer>`,
    }),
  });

  pages.push({
    name: 'rewrites-itself',
    tries: 'a page that rewrites itself in a loop (endless DOM mutations)',
    html: article({
      title: 'Restless',
      head: '<meta property="og:type" content="article">',
      body: `<article><h1>Restless page</h1><blockquote><strong>TL;DR:</strong> This page never stops changing.</blockquote><div id="churn"></div>${filler(6)}</article>
<script>let n=0;setInterval(()=>{const c=document.getElementById('churn');c.innerHTML='<p>tick '+(n++)+'</p>'.repeat(50);},5);</script>`,
    }),
  });

  pages.push({
    name: 'huge-strings',
    tries: 'a 200,000-character title, headings and link texts',
    html: article({
      title: 'T'.repeat(200_000),
      head: '<meta property="og:type" content="article">',
      body: `<article><h1>${'H'.repeat(200_000)}</h1><blockquote>TL;DR: ${'long '.repeat(40_000)}</blockquote><h2>Key takeaways</h2><ul>${Array.from({ length: 500 }, (_, i) => `<li>Takeaway ${i} ${'x'.repeat(2000)}</li>`).join('')}</ul>${filler(6)}<h2>Sources</h2><ul><li><a href="https://a.example/${'p'.repeat(10_000)}">${'S'.repeat(50_000)}</a></li></ul></article>`,
    }),
  });

  return pages;
}
