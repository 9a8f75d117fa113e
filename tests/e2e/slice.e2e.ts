/**
 * The slice through the whole extension, in real Chromium and real Firefox: the content script
 * reports the page, the background stores its brief, the side panel shows it, "Save for later"
 * saves it, and the reading list still has it after the browser restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, launchLede, startFixtureServer, type FixtureServer, type Session } from './harness';

const PAGES = path.resolve('tests/e2e/pages');
const TITLE = 'Open-weight coding model tops benchmark';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(PAGES);
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)('%s: the brief, saving and the reading list', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the brief of an article tab, saves it, and keeps it across a restart', async () => {
    const article = await session.newPage(`${server.url}/slice-article.html`);
    const tabId = await article.tabId();

    const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor(() => document.querySelector('.tldr')?.textContent?.includes('open-weight model'), 15_000);
    expect(await panel.hasRole('heading', 'TL;DR')).toBe(true);
    expect(await panel.hasRole('heading', 'Key takeaways')).toBe(true);
    expect(await panel.hasRole('heading', 'Sources')).toBe(true);
    expect(await panel.getByRoleText('heading', TITLE)).toBe(TITLE);
    const text = await panel.text();
    expect(text).toContain('Its weights are published under a permissive licence.');
    expect(text).toContain('evals.example.org');

    // The toolbar badge marks the article tab.
    const badge = await panel.evaluate(
      (id: number) => ((globalThis as any).chrome.action ?? (globalThis as any).browser.browserAction).getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe('•');

    expect(await panel.getAttribute('button', 'Save for later', 'aria-pressed')).toBe('false');
    await panel.click('button', 'Save for later');
    await panel.waitFor(() => Boolean(document.querySelector('button[aria-pressed="true"]')), 15_000);

    await session.restart();
    const list = await session.extensionPage('sidepanel.html');
    await list.click('tab', 'Reading list');
    await list.waitFor(`document.body.innerText.includes(${JSON.stringify(TITLE)})`, 15_000);
    expect(await list.text()).toContain(TITLE);
  });
});
