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
