import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyzePage, analyzePageInTasks } from '@/lib/extract';
import { perTask } from '@/lib/extract/dom';

const quiet = new VirtualConsole();
const root = 'tests/fixtures/pages';
const slugs = readdirSync(root).filter((s) => existsSync(`${root}/${s}/page.html`));

describe('analyzePageInTasks', () => {
  it('gives exactly analyzePage\'s brief on every training fixture', async () => {
    for (const slug of slugs) {
      const { url } = JSON.parse(readFileSync(`${root}/${slug}/expected.json`, 'utf8'));
      const doc = new JSDOM(readFileSync(`${root}/${slug}/page.html`, 'utf8'), { url, virtualConsole: quiet }).window.document;
      expect(await analyzePageInTasks(doc, url), slug).toEqual(analyzePage(doc, url));
    }
    expect(slugs.length).toBeGreaterThan(60);
  }, 120_000);

  it('runs each step in its own task, yielding before each, and reports each step', async () => {
    const doc = new JSDOM('<html><body><article><h1>T</h1><p>Hello there.</p></article></body></html>', { url: 'https://a.example/x' }).window.document;
    const order: string[] = [];
    await analyzePageInTasks(doc, 'https://a.example/x', {
      yieldTask: async () => void order.push('yield'),
      onStep: (name, ms) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        order.push(name);
      },
    });
    // the first step waits too: evaluating /analyze.js is a task of its own
    expect(order).toEqual(['yield', 'scan', 'yield', 'metadata', 'yield', 'detection', 'yield', 'labels', 'yield', 'tldr', 'yield', 'takeaways', 'yield', 'sources', 'yield', 'ticker']);
  });

  it('shares one page scan across its tasks, and drops it afterwards (the DOM may change)', async () => {
    const doc = new JSDOM('<html><body><p>x</p></body></html>', { url: 'https://a.example/' }).window.document;
    let computed = 0;
    const probe = () => perTask(doc, 'test-key', () => ++computed);
    await analyzePageInTasks(doc, 'https://a.example/', {
      yieldTask: () => new Promise((r) => setTimeout(r, 0)),
      onStep: () => void probe(),
    });
    expect(computed).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    probe();
    expect(computed).toBe(2);
  });
});
