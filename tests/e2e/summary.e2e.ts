/**
 * An article with no TL;DR or takeaways of its own: the side panel writes them on the device and
 * labels them, in real Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, launchLede, startFixtureServer, type FixtureServer, type Session } from './harness';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(path.resolve('tests/e2e/pages'));
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)('%s: summaries written on the device', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launchLede(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a generated TL;DR and takeaways, labelled, for an article without its own', async () => {
    const article = await session.newPage(`${server.url}/no-tldr-article.html`);
    const tabId = await article.tabId();
    const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitFor(() => Boolean(document.querySelector('.tldr')), 20_000);
    const tldr = await panel.evaluate(() => document.querySelector('.tldr')!.textContent);
    expect(tldr).toMatch(/inquiry/i);
    const text = await panel.text();
    expect(text).toContain("Summarized on this device · Lede's summarizer");
    expect(text).not.toContain('From the article');
    const takeaways = await panel.evaluate(() => [...document.querySelectorAll('.takeaways li')].map((li) => li.textContent));
    expect(takeaways.length).toBeGreaterThanOrEqual(3);
    expect(takeaways.join(' ')).not.toMatch(/Share this|newsletter|Photo:/);
  });
});
