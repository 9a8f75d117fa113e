/**
 * Faults lose nothing, in real Chromium:
 * - the service worker is stopped mid-session (DevTools `ServiceWorker.stopAllWorkers`, as Chrome
 *   does when it idles out) and everything resumes: the tab state it kept in IndexedDB (`tabs`) is
 *   still there, an open tab's brief still shows and can be saved, a new page gets its brief;
 * - two tabs saving the same URL at the same moment leave one article.
 * Quota exhaustion during a save and schema upgrades are unit tests (tests/background/faults.test.ts,
 * tests/db/migrations.test.ts): a browser cannot be made to run out of disk on demand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import { launchLede, startFixtureServer, type ChromiumSession, type FixtureServer } from './harness';
import { recordFigures } from './harness/figures';
import { idbArticles, idbCounts, idbDump } from './harness/idb';

let server: FixtureServer;
let dir: string;
let session: ChromiumSession;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  // slice-article.html under several names: different URLs, same kind of page
  dir = mkdtempSync(path.join(os.tmpdir(), 'lede-faults-'));
  cpSync(path.resolve('tests/e2e/pages'), dir, { recursive: true });
  for (const n of ['a', 'b', 'c', 'twin']) cpSync(path.join(dir, 'slice-article.html'), path.join(dir, `article-${n}.html`));
  writeFileSync(path.join(dir, 'index.txt'), 'fixtures');
  server = await startFixtureServer(dir);
  session = (await launchLede('chromium')) as ChromiumSession;
});
afterAll(async () => {
  recordFigures('faults.chromium', figures);
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function swState(s: ChromiumSession): Promise<number> {
  return (await s.devtools!.serviceWorkerTargets()).length;
}

describe('chromium: faults lose nothing', () => {
  it('the service worker is stopped mid-session and everything resumes', async () => {
    const a = await session.newPage(`${server.url}/article-a.html`);
    const tabA = await a.tabId();
    const panelA = await session.extensionPage(`sidepanel.html?tab=${tabA}`);
    await panelA.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    await panelA.close();
    const probe = await session.extensionPage('options.html');
    const before = await probe.evaluate(idbDump);
    const tabsBefore = JSON.parse(before).tabs as { tabId: number }[];
    expect(tabsBefore.map((t) => t.tabId)).toContain(tabA);

    expect(await swState(session)).toBe(1);
    const stop = await session.stopServiceWorker();
    expect(stop.stopped).toBe(true);
    expect(await swState(session)).toBe(0);
    figures.serviceWorkerStops = 1;
    figures.stopMethod = stop.method;

    // Nothing lost: the database is what it was while the worker was down.
    const during = await probe.evaluate(idbDump);
    expect(during).toBe(before);

    // The open tab's brief still shows, from the stored tab state, and saving it wakes the worker.
    const panelA2 = await session.extensionPage(`sidepanel.html?tab=${tabA}`);
    await panelA2.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    await panelA2.click('button', 'Save for later');
    await panelA2.waitFor(() => Boolean(document.querySelector('button[aria-pressed="true"]')), 20_000);
    expect(await swState(session)).toBe(1);

    // A new page gets its brief from the restarted worker.
    const b = await session.newPage(`${server.url}/article-b.html`);
    const tabB = await b.tabId();
    const panelB = await session.extensionPage(`sidepanel.html?tab=${tabB}`);
    await panelB.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);

    // Stop it again, in the middle of a save this time: the save either completes or says why.
    const c = await session.newPage(`${server.url}/article-c.html`);
    const tabC = await c.tabId();
    const panelC = await session.extensionPage(`sidepanel.html?tab=${tabC}`);
    await panelC.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    const saving = panelC.evaluate(
      (id: number) => ((globalThis as any).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }) as Promise<any>).catch((e: Error) => ({ ok: false, error: `transport: ${e.message}` })),
      tabC,
    );
    const stop2 = await session.stopServiceWorker();
    // the answer: the save's result, a transport error, or nothing at all (the channel closed silently)
    const answer = (await saving) ?? { ok: false, error: 'no answer (the worker stopped before it replied)' };
    figures.serviceWorkerStops = 2;
    figures.saveDuringStop = answer.ok ? 'completed' : `not completed: ${answer.error}`;
    expect(stop2.stopped).toBe(true);
    // Whatever happened, saving again works and leaves one article for that URL.
    const again = await panelC.evaluate((id: number) => (globalThis as any).chrome.runtime.sendMessage({ type: 'save-tab', tabId: id }), tabC);
    expect(again.ok).toBe(true);
    expect(await panelC.evaluate(idbArticles, 'article-c.html')).toHaveLength(1);

    const after = JSON.parse(await probe.evaluate(idbDump));
    const oldRows = JSON.parse(before);
    // every row from before the stops is still there (briefs by key; tab state of tab A)
    for (const row of oldRows.briefs) expect(after.briefs.map((r: any) => r.key)).toContain(row.key);
    expect(after.tabs.map((t: any) => t.tabId)).toContain(tabA);
    expect(await probe.evaluate(idbArticles, 'article-a.html')).toHaveLength(1);
    figures.rowsLostAfterStops = oldRows.briefs.filter((r: any) => !after.briefs.some((x: any) => x.key === r.key)).length;
    figures.rowsAfterStops = await probe.evaluate(idbCounts);
    const bgErrors = session.consoleErrors().filter((l) => l.startsWith('[background]'));
    figures.backgroundErrors = bgErrors;
  });

  it('two tabs saving the same URL at the same moment leave one article', async () => {
    const url = `${server.url}/article-twin.html`;
    const one = await session.newPage(url);
    const two = await session.newPage(url);
    const ids = [await one.tabId(), await two.tabId()];
    const panel = await session.extensionPage(`sidepanel.html?tab=${ids[0]}`);
    await panel.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    let rounds = 0;
    const answers: any[] = [];
    for (let i = 0; i < 5; i++) {
      // both saves leave the same page in the same task, so they reach the worker together
      const res = await panel.evaluate(
        (a: number, b: number) => {
          const rt = (globalThis as any).chrome.runtime;
          return Promise.all([rt.sendMessage({ type: 'save-tab', tabId: a }), rt.sendMessage({ type: 'save-tab', tabId: b })]);
        },
        ids[0],
        ids[1],
      );
      answers.push(...res);
      rounds++;
    }
    expect(answers.every((r) => r.ok)).toBe(true);
    const saved = await panel.evaluate(idbArticles, 'article-twin.html');
    expect(saved).toHaveLength(1);
    expect(new Set(answers.map((r) => r.id))).toEqual(new Set([saved[0].id]));
    const offline = JSON.parse(await panel.evaluate(idbDump)).offline.filter((o: any) => o.articleId === saved[0].id);
    expect(offline).toHaveLength(1);
    figures.concurrentSaveRounds = rounds;
    figures.concurrentSaves = answers.length;
    figures.articlesForTwinUrl = saved.length;
  });
});
