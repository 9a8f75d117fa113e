import type { Messages } from '@/lib/i18n';

export const briefMessages: Messages<
  | 'tldr' | 'takeaways' | 'sources' | 'save' | 'saving' | 'saved' | 'fromArticle' | 'generated'
  | 'engineLocal' | 'engineChrome' | 'notArticle' | 'noTldr' | 'noTakeaways' | 'noSources' | 'waiting' | 'minRead' | 'by' | 'openSource' | 'summarizing'
> = {
  en: {
    tldr: 'TL;DR',
    takeaways: 'Key takeaways',
    sources: 'Sources',
    save: 'Save for later',
    saving: 'Saving…',
    saved: 'Saved to your reading list',
    fromArticle: 'From the article',
    generated: 'Summarized on this device',
    engineLocal: "Lede's summarizer",
    engineChrome: "Chrome's built-in model",
    notArticle: 'This page does not look like an article, so Lede shows no brief for it.',
    noTldr: 'This article has no TL;DR of its own.',
    noTakeaways: 'This article lists no key takeaways of its own.',
    noSources: 'No sources are cited.',
    waiting: 'Waiting for the page… Lede reads web pages (http and https) once they have loaded.',
    minRead: '{n} min read',
    by: 'By {name}',
    openSource: '{title} ({domain}), opens in a new tab',
    summarizing: 'Summarizing on this device…',
  },
  zh: {
    tldr: 'TL;DR',
    takeaways: '要点',
    sources: '来源',
    save: '稍后阅读',
    saving: '正在保存…',
    saved: '已保存到阅读列表',
    fromArticle: '来自文章',
    generated: '在本设备上生成的摘要',
    engineLocal: 'Lede 摘要器',
    engineChrome: 'Chrome 内置模型',
    notArticle: '此页面看起来不是文章，因此 Lede 不显示摘要。',
    noTldr: '这篇文章没有自带的 TL;DR。',
    noTakeaways: '这篇文章没有列出要点。',
    noSources: '没有引用来源。',
    waiting: '正在等待页面… Lede 会在网页（http 和 https）加载完成后读取。',
    minRead: '阅读约 {n} 分钟',
    by: '作者：{name}',
    openSource: '{title}（{domain}），在新标签页中打开',
    summarizing: '正在本设备上生成摘要…',
  },
};
