import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
import { configure, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';
import { saveArticle } from '@/lib/db/articles';
import type { Brief } from '@/lib/brief';
import { Reader, articleIdFrom, PROGRESS_THROTTLE_MS } from '@/entrypoints/reader/Reader';
import { sanitizeForDisplay } from '@/entrypoints/reader/sanitize';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

let n = 0;
let db: LedeDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`lede-reader-${Date.now()}-${n++}`);
  setDbForTests(db);
});

const brief: Brief = {
  isArticle: true, reasons: [], url: 'https://news.example.com/2026/07/story', lang: 'en', title: 'Alibaba bans Claude Code',
  siteName: 'Example News', byline: 'Jane Doe', publishedAt: '2026-07-03T09:00:00Z', tldr: 'Alibaba told staff to stop.',
  tldrOrigin: 'page', takeaways: ['First point.', 'Second point.'], takeawaysOrigin: 'page', sources: [], ticker: [], wordCount: 300,
};

const HOSTILE = `
  <h2>Section</h2>
  <p>Body text with <a href="/relative/link">a relative link</a>, <a href="javascript:alert(1)">a bad link</a>
  and <a href="https://ok.example/" target="_self" onclick="evil()">a good link</a>.</p>
  <script>window.pwned = true</script>
  <img src="https://cdn.example/chart.png" alt="A chart of GPU prices" onerror="evil()">
  <picture><source srcset="https://cdn.example/a.webp"><img src="https://cdn.example/a.jpg" alt="Photo"></picture>
  <iframe src="https://video.example/embed/1"></iframe>
  <video src="https://video.example/v.mp4" poster="https://video.example/p.jpg"></video>
  <svg><image href="https://cdn.example/x.svg"></image></svg>
  <p style="background:url(https://track.example/px)">Styled</p>
  <form action="https://evil.example"><input name="q"></form>
  <link rel="stylesheet" href="https://cdn.example/s.css">
`;

describe('display-time sanitizing', () => {
  const labels = { image: 'Image', video: 'Video', embed: 'Embedded content', openMedia: 'open it on the web' };
  it('keeps text and safe links, and replaces all media by text with a link', () => {
    const div = document.createElement('div');
    div.append(sanitizeForDisplay(HOSTILE, brief.url, labels));
    expect(div.querySelector('script, img, picture, source, iframe, video, svg, image, form, input, link, style, [style], [src], [srcset], [onclick], [onerror]')).toBeNull();
    const links = [...div.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example.com/relative/link',
      'https://ok.example/',
      'https://cdn.example/chart.png',
      'https://cdn.example/a.jpg',
      'https://video.example/embed/1',
      'https://video.example/v.mp4',
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
    expect(div.textContent).toContain('a bad link');
    expect(div.textContent).toContain('[Image: A chart of GPU prices]');
    expect(div.textContent).toContain('[Image: Photo]');
    expect(div.textContent).toContain('[Embedded content]');
    expect(div.textContent).toContain('Styled');
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('Reader page', () => {
  it('parses the id', () => {
    expect(articleIdFrom('?id=12')).toBe(12);
    expect(articleIdFrom('?id=abc')).toBeNull();
    expect(articleIdFrom('')).toBeNull();
  });

  it('shows the brief on top, the original link and the sanitized body, and marks the article read', async () => {
    const id = await saveArticle(db, brief, { tags: ['security'], offline: { html: HOSTILE, text: 'Body text' } });
    render(<Reader search={`?id=${id}`} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alibaba bans Claude Code' })).toBeInTheDocument();
    expect(screen.getByText(/By Jane Doe · Example News · July 3, 2026/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'TL;DR' })).toBeInTheDocument();
    expect(screen.getByText('Alibaba told staff to stop.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Key takeaways' })).toBeInTheDocument();
    const original = screen.getByRole('link', { name: 'Read the original on news.example.com' });
    expect(original).toHaveAttribute('href', brief.url);
    expect(original).toHaveAttribute('rel', 'noopener noreferrer');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Section' })).toBeInTheDocument());
    expect(document.querySelector('img, script, iframe, video')).toBeNull();
    expect(screen.getByRole('link', { name: 'a good link' })).toHaveAttribute('target', '_blank');
    await waitFor(async () => expect((await db.articles.get(id))!.status).toBe('read'));
    expect(document.title).toBe('Alibaba bans Claude Code — Lede');
  });

  it('keeps the reading position as the reader scrolls (throttled)', async () => {
    const id = await saveArticle(db, brief, { offline: { html: '<p>x</p>', text: 'x' } });
    render(<Reader search={`?id=${id}`} />);
    await screen.findByRole('heading', { level: 1 });
    const el = document.documentElement;
    Object.defineProperty(el, 'scrollHeight', { configurable: true, value: 3000 });
    Object.defineProperty(el, 'clientHeight', { configurable: true, value: 1000 });
    el.scrollTop = 1000;
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    expect((await db.articles.get(id))!.progress).toBe(0);
    await new Promise((r) => setTimeout(r, PROGRESS_THROTTLE_MS + 200));
    expect((await db.articles.get(id))!.progress).toBe(0.5);
  });

  it('says so when there is no offline copy, or no article', async () => {
    const id = await saveArticle(db, { ...brief, tldr: null, takeaways: [] }, { pending: true });
    const { unmount } = render(<Reader search={`?id=${id}`} />);
    expect(await screen.findByText(/No offline copy was saved/)).toBeInTheDocument();
    unmount();
    render(<Reader search="?id=999" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('not in your reading list');
  });
});
