// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { LedeDB } from '@/lib/db/schema';
import { briefForTab, pruneBriefs, recordTabBrief, storeGenerated } from '@/lib/db/briefs';
import { saveArticle, findSaved } from '@/lib/db/articles';
import { makeBrief } from '../support/make-brief';
import { freshDb } from '../support/background';

const DAY = 86_400_000;
let db: LedeDB;
beforeEach(() => {
  db = freshDb();
});

describe('briefs', () => {
  it('keeps the first-seen time and updates the last-seen time on a revisit', async () => {
    await recordTabBrief(db, 1, makeBrief(), 1000);
    const row = await recordTabBrief(db, 2, makeBrief(), 5000);
    expect(row).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 5000 });
    expect(await db.briefs.count()).toBe(1);
    expect((await briefForTab(db, 1))?.key).toBe((await briefForTab(db, 2))?.key);
  });

  it('keeps a generated summary until the page has its own', async () => {
    await recordTabBrief(db, 1, makeBrief({ tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null }));
    const key = (await db.briefs.toCollection().first())!.key;
    await db.briefs.update(key, { tldr: 'Generated.', tldrOrigin: 'generated', takeaways: ['One.'], takeawaysOrigin: 'generated' });
    const again = await recordTabBrief(db, 1, makeBrief({ tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null }));
    expect(again).toMatchObject({ tldr: 'Generated.', tldrOrigin: 'generated', takeaways: ['One.'] });
    const own = await recordTabBrief(db, 1, makeBrief());
    expect(own).toMatchObject({ tldr: makeBrief().tldr, tldrOrigin: 'page' });
  });

  it('prunes old unsaved briefs but never those of saved articles', async () => {
    const now = 100 * DAY;
    await recordTabBrief(db, 1, makeBrief({ url: 'https://a.example/old' }), now - 40 * DAY);
    await recordTabBrief(db, 2, makeBrief({ url: 'https://a.example/saved' }), now - 40 * DAY);
    await recordTabBrief(db, 3, makeBrief({ url: 'https://a.example/recent' }), now - 2 * DAY);
    await saveArticle(db, makeBrief({ url: 'https://a.example/saved' }));
    expect(await pruneBriefs(db, 30, now)).toBe(1);
    expect((await db.briefs.toArray()).map((b) => b.url).sort()).toEqual(['https://a.example/recent', 'https://a.example/saved']);
  });
});

describe('articles', () => {
  it('saves once per normalized URL and unites tags', async () => {
    const a = await saveArticle(db, makeBrief(), { tags: ['AI', 'policy'] });
    const b = await saveArticle(db, makeBrief({ url: `${makeBrief().url}?utm_source=x#top` }), { tags: ['ai', 'China '] });
    expect(a).toBe(b);
    expect((await db.articles.get(a))?.tags).toEqual(['ai', 'policy', 'china']);
    expect(await findSaved(db, makeBrief().url)).toBeDefined();
  });

  it('keeps reading state when the same page is saved again', async () => {
    const id = await saveArticle(db, makeBrief(), { now: 1000 });
    await db.articles.update(id, { status: 'read', archived: 1, progress: 0.5 });
    await saveArticle(db, makeBrief(), { now: 2000 });
    expect(await db.articles.get(id)).toMatchObject({ status: 'read', archived: 1, progress: 0.5, savedAt: 1000 });
  });
});

describe('generated summaries', () => {
  const summary = { tldr: 'Written here.', takeaways: ['A.', 'B.', 'C.'], engine: 'local' };

  it('fill only what the page lacks, on the brief and on the saved article', async () => {
    const row = await recordTabBrief(db, 1, makeBrief({ tldr: null, tldrOrigin: null }));
    const id = await saveArticle(db, makeBrief({ tldr: null, tldrOrigin: null }));
    const out = await storeGenerated(db, row.key, summary);
    expect(out).toMatchObject({ tldr: 'Written here.', tldrOrigin: 'generated', takeaways: makeBrief().takeaways, takeawaysOrigin: 'page', summaryEngine: 'local' });
    expect(await db.articles.get(id)).toMatchObject({ tldr: 'Written here.', tldrOrigin: 'generated', takeawaysOrigin: 'page' });
  });

  it('never replace the page\'s own TL;DR and takeaways', async () => {
    const row = await recordTabBrief(db, 1, makeBrief());
    const out = await storeGenerated(db, row.key, summary);
    expect(out).toMatchObject({ tldr: makeBrief().tldr, tldrOrigin: 'page', takeaways: makeBrief().takeaways });
  });

  it('do not repeat a generated TL;DR as the first generated takeaway', async () => {
    const row = await recordTabBrief(db, 1, makeBrief({ tldr: null, tldrOrigin: null, takeaways: [], takeawaysOrigin: null }));
    const out = await storeGenerated(db, row.key, { tldr: 'First.', takeaways: ['First.', 'Second.', 'Third.'], engine: 'local' });
    expect(out).toMatchObject({ tldr: 'First.', takeaways: ['Second.', 'Third.'] });
  });
});
