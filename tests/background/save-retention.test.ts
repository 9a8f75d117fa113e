// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { LedeDB } from '@/lib/db/schema';
import { recordTabBrief } from '@/lib/db/briefs';
import { saveArticle } from '@/lib/db/articles';
import { updateSettings } from '@/lib/db/settings';
import { makeBrief } from '../support/make-brief';
import { freshDb, stubMissingApis } from '../support/background';

const DAY = 86_400_000;
let db: LedeDB;

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingApis();
  db = freshDb();
  background.main();
});

describe('retention of unsaved briefs (the daily alarm)', () => {
  it('creates the alarm and prunes briefs older than the reader’s setting, never saved articles’', async () => {
    expect(await fakeBrowser.alarms.get('prune-briefs')).toBeTruthy();
    const now = Date.now();
    await updateSettings(db, { retentionDays: 7 });
    await recordTabBrief(db, 1, makeBrief({ url: 'https://e.example/old' }), now - 10 * DAY);
    await recordTabBrief(db, 2, makeBrief({ url: 'https://e.example/saved-long-ago' }), now - 400 * DAY);
    await recordTabBrief(db, 3, makeBrief({ url: 'https://e.example/recent' }), now - 2 * DAY);
    await saveArticle(db, makeBrief({ url: 'https://e.example/saved-long-ago' }), { now: now - 400 * DAY });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'prune-briefs', scheduledTime: now });
    await expect.poll(async () => (await db.briefs.toCollection().primaryKeys()).sort()).toEqual([
      'https://e.example/recent',
      'https://e.example/saved-long-ago',
    ]);
    expect(await db.articles.count()).toBe(1);
  });

  it('uses 30 days by default', async () => {
    const now = Date.now();
    await recordTabBrief(db, 1, makeBrief({ url: 'https://e.example/a' }), now - 31 * DAY);
    await recordTabBrief(db, 2, makeBrief({ url: 'https://e.example/b' }), now - 29 * DAY);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'prune-briefs', scheduledTime: now });
    await expect.poll(async () => db.briefs.toCollection().primaryKeys()).toEqual(['https://e.example/b']);
  });
});
