import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
import { configure, render, screen, waitFor } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.resetModules();
  Object.defineProperty(window.navigator, 'language', { value: 'zh-CN', configurable: true });
});

describe('UI text by the browser’s language', () => {
  it('shows the reading list and the reader page in Simplified Chinese', async () => {
    const { openDb } = await import('@/lib/db/schema');
    const { setDbForTests } = await import('@/lib/db');
    const { saveArticle } = await import('@/lib/db/articles');
    const db = openDb(`lede-zh-${Date.now()}`);
    setDbForTests(db);
    const id = await saveArticle(db, {
      isArticle: true, reasons: [], url: 'https://news.example.cn/a', lang: 'zh', title: '阿里巴巴禁止使用 Claude Code',
      siteName: '示例新闻', byline: null, publishedAt: null, tldr: '据报道。', tldrOrigin: 'page', takeaways: ['要点一'],
      takeawaysOrigin: 'page', sources: [], ticker: [], wordCount: 10,
    });
    const { ReadingList } = await import('@/components/reading-list/ReadingList');
    const { unmount } = render(<ReadingList />);
    expect(screen.getByRole('searchbox', { name: '搜索已保存的文章' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '未读' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.getByText('1 篇文章')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: '标为已读' })).toBeInTheDocument());
    unmount();
    const { Reader } = await import('@/entrypoints/reader/Reader');
    render(<Reader search={`?id=${id}`} />);
    expect(await screen.findByRole('heading', { name: '要点' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '在 news.example.cn 阅读原文' })).toBeInTheDocument();
  });

  afterAll(() => {
    Object.defineProperty(window.navigator, 'language', { value: 'en-US', configurable: true });
  });
});
