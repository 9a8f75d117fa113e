import type { Messages } from '@/lib/i18n';

type K =
  | 'tldr' | 'takeaways' | 'original' | 'by' | 'notFound' | 'noOffline' | 'image' | 'video' | 'embed' | 'openMedia'
  | 'list' | 'loading' | 'savedOn' | 'tags' | 'disclaimer';

export const readerMessages: Messages<K> = {
  en: {
    tldr: 'TL;DR',
    takeaways: 'Key takeaways',
    original: 'Read the original on {domain}',
    by: 'By {name}',
    notFound: 'This article is not in your reading list any more.',
    noOffline: 'No offline copy was saved for this article (it was saved as a link, or the page had no readable body). The brief above is all Lede keeps.',
    image: 'Image',
    video: 'Video',
    embed: 'Embedded content',
    openMedia: 'open it on the web',
    list: 'Reading list',
    loading: 'Loading…',
    savedOn: 'Saved {date}',
    tags: 'Tags',
    disclaimer: 'Offline copy: images and embedded media are not loaded here, so this page makes no network requests.',
  },
  zh: {
    tldr: 'TL;DR',
    takeaways: '要点',
    original: '在 {domain} 阅读原文',
    by: '作者：{name}',
    notFound: '这篇文章已不在你的阅读列表中。',
    noOffline: '这篇文章没有离线副本（它是作为链接保存的，或页面没有可读的正文）。Lede 只保存了上面的摘要。',
    image: '图片',
    video: '视频',
    embed: '嵌入内容',
    openMedia: '在网上打开',
    list: '阅读列表',
    loading: '正在加载…',
    savedOn: '保存于 {date}',
    tags: '标签',
    disclaimer: '离线副本：这里不加载图片和嵌入媒体，因此本页面不会发出任何网络请求。',
  },
};
