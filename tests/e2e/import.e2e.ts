/**
 * Import from the options page, in real Chromium and Firefox: choose a Pocket CSV in the file input
 * "Import", read the report, then open the reading list and find the articles with their tags and
 * their read / archived states.
 *
 * LEDE_E2E_EXTENSION_<BROWSER> (e.g. LEDE_E2E_EXTENSION_CHROMIUM) may point at another build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browsers, builtExtensionPath, launch, type Session } from './harness';

const CSV = path.resolve('tests/fixtures/io/pocket-2024.csv');

/** What the reading list shows of one article (found by its accessible name, the title). */
function articleCard(titleStart: string) {
  const el = [...document.querySelectorAll('article')].find((a) => (a.getAttribute('aria-label') ?? '').startsWith(titleStart));
  if (!el) return null;
  return {
    text: (el as HTMLElement).innerText,
    tags: [...el.querySelectorAll('.rl-tags button, [aria-label^="Show articles tagged"]')].map((b) => b.getAttribute('aria-label')),
  };
}

describe.each(browsers)('%s: import a Pocket CSV from the options page', (name) => {
  let session: Session;
  beforeAll(async () => {
    const override = process.env[`LEDE_E2E_EXTENSION_${name.toUpperCase()}`];
    session = await launch(name, { extensionPath: override ?? builtExtensionPath(name), copyExtension: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports, then the reading list shows the articles with tags and states', async () => {
    const options = await session.extensionPage('options.html');
    await options.setInputFiles('Import', CSV);
    await options.waitFor(
      () => document.body.innerText.includes('pocket-2024.csv (Pocket CSV): 3 articles imported, 1 duplicate merged, 0 rows skipped.'),
      20_000,
    );

    const list = await session.extensionPage('sidepanel.html');
    await list.click('tab', 'Reading list');
    await list.click('button', 'All');
    await list.waitFor(() => document.querySelectorAll('article').length >= 3, 15_000);

    // Merged from two rows: tags united, archived (Pocket's archive is its read list).
    const merged = await list.evaluate(articleCard, 'OpenAI ships a new model, again');
    expect(merged).not.toBeNull();
    expect(merged.tags).toEqual(['Show articles tagged ai', 'Show articles tagged models', 'Show articles tagged news']);
    expect(merged.text).toContain('Read');
    expect(merged.text).toContain('Unarchive');

    const archived = await list.evaluate(articleCard, 'Anthropic on interpretability');
    expect(archived.tags).toEqual(['Show articles tagged research']);
    expect(archived.text).toContain('Unarchive');
    expect(archived.text).toContain('Mark as unread');

    const unread = await list.evaluate(articleCard, 'Quotes "inside" a title');
    expect(unread.tags).toEqual([]);
    expect(unread.text).toContain('Mark as read');
    expect(unread.text).not.toContain('Unarchive');

    // The Unread view holds only the unread one.
    await list.click('button', 'Unread');
    await list.waitFor(() => document.querySelectorAll('article').length === 1, 10_000);
    expect(await list.evaluate(() => document.querySelector('article')?.getAttribute('aria-label'))).toMatch(/^Quotes "inside" a title/);
  });
});
