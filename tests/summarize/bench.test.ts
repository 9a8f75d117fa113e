// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchSummarize, pairedBootstrap } from '../../scripts/bench/summarize';
import { rouge } from '../../lib/summarize/rouge';

describe('benchSummarize', () => {
  it('says the corpus is missing and still times the summarizer', async () => {
    const out = await benchSummarize(path.join(tmpdir(), 'no-such-corpus.jsonl'));
    expect(out).toMatch(/corpus not found/);
    expect(out).toMatch(/median .* ms/);
  }, 60_000);

  it('scores ours and LEAD-3 on a small made-up corpus', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lede-bench-'));
    try {
      const art = (i: number) => ({
        id: `a${i}`,
        article_sentences: [
          `The city council of Town ${i} approved a new budget for schools on Tuesday.`,
          'The budget adds money for teachers and for new computers in every classroom.',
          'Some members voted against it because taxes will rise next year.',
          'Parents said they welcomed the plan but wanted more details.',
          'The mayor will sign the budget next week.',
        ],
        reference: ['Council approved a school budget on Tuesday.', 'Taxes will rise next year.'],
      });
      const file = path.join(dir, 'c.jsonl');
      writeFileSync(file, Array.from({ length: 45 }, (_, i) => JSON.stringify(art(i))).join('\n'));
      const out = await benchSummarize(file);
      expect(out).toMatch(/tune \(1-40\)\s+ours/);
      expect(out).toMatch(/held-out \(41-45\)\s+LEAD-3/);
      expect(out).toMatch(/no stemming/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('bootstraps a paired interval deterministically', () => {
    const a = [rouge('a b c', 'a b c'), rouge('a', 'b')];
    const b = [rouge('a', 'a b c'), rouge('a', 'b')];
    const r1 = pairedBootstrap(a, b, (r) => r.rouge1.f1);
    expect(r1).toEqual(pairedBootstrap(a, b, (r) => r.rouge1.f1));
    expect(r1.wins).toBe(1);
    expect(r1.losses).toBe(0);
    expect(r1.lo).toBeLessThanOrEqual(r1.hi);
  });
});
