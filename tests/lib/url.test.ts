import { describe, expect, it } from 'vitest';
import { cleanUrl, displayDomain, normalizeUrl, safeHttpUrl } from '@/lib/url';

describe('safeHttpUrl', () => {
  it('resolves relative links against the page', () => {
    expect(safeHttpUrl('/a?b=1', 'https://x.example/post/')).toBe('https://x.example/a?b=1');
  });
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:msgbox', 'file:///etc/passwd', 'mailto:a@b.c', '', 'http://'])(
    'drops %j',
    (href) => expect(safeHttpUrl(href, 'https://x.example/')).toBeNull(),
  );
});

describe('cleanUrl / normalizeUrl', () => {
  it('removes tracking parameters but keeps meaningful ones', () => {
    expect(cleanUrl('https://x.example/a?id=7&utm_source=tw&fbclid=abc&gclid=1#s')).toBe('https://x.example/a?id=7#s');
  });
  it('drops a campaign "cid" but keeps a numeric content id of that name (the link would break)', () => {
    expect(cleanUrl('https://x.example/a?cid=soc_tw_ai&p=2')).toBe('https://x.example/a?p=2');
    expect(cleanUrl('https://www.ine.es/op.htm?c=Estadistica_C&cid=1254736176754&menu=ultiDatos')).toBe('https://www.ine.es/op.htm?c=Estadistica_C&cid=1254736176754&menu=ultiDatos');
  });
  it('treats variants of one article as the same key', () => {
    const a = normalizeUrl('https://X.example/post/?utm_medium=email#comments');
    const b = normalizeUrl('https://x.example/post');
    expect(a).toBe(b);
  });
  it('shows a domain without www', () => {
    expect(displayDomain('https://www.reuters.com/x')).toBe('reuters.com');
    expect(displayDomain('not a url')).toBe('');
  });
});
