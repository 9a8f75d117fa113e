import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeTokens } from '../../lib/summarize/rouge';

describe('ROUGE', () => {
  it('tokenizes lower-case alphanumeric runs', () => {
    expect(rougeTokens('The U.S. model scored 3.5%!')).toEqual(['the', 'u', 's', 'model', 'scored', '3', '5']);
    expect(rougeTokens(['A b.', 'C'])).toEqual(['a', 'b', 'c']);
  });

  it('computes ROUGE-1/2/L F1 on a hand-checked example', () => {
    // cand: the cat sat on the mat (6 tokens); ref: the cat is on the mat (6 tokens)
    // unigrams: the×2, cat, on, mat match → 5/6 both ways → F1 5/6
    // bigrams cand: the-cat cat-sat sat-on on-the the-mat; ref: the-cat cat-is is-on on-the the-mat
    //   → 3 matches of 5 → F1 3/5
    // LCS: the cat on the mat = 5 → F1 5/6
    const r = rouge('The cat sat on the mat.', 'The cat is on the mat.');
    expect(r.rouge1.f1).toBeCloseTo(5 / 6, 10);
    expect(r.rouge2.f1).toBeCloseTo(3 / 5, 10);
    expect(r.rougeL.f1).toBeCloseTo(5 / 6, 10);
  });

  it('uses precision and recall with unequal lengths and clipped counts', () => {
    // cand: a a a b (4); ref: a b c (3). Unigram matches: min(3,1)+min(1,1) = 2 → P 2/4, R 2/3.
    const r = rouge('a a a b', 'a b c');
    expect(r.rouge1.precision).toBeCloseTo(0.5, 10);
    expect(r.rouge1.recall).toBeCloseTo(2 / 3, 10);
    expect(r.rouge1.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 10);
    // bigrams cand: aa aa ab; ref: ab bc → 1 match: P 1/3, R 1/2 → F1 0.4
    expect(r.rouge2.f1).toBeCloseTo(0.4, 10);
    // LCS(a a a b, a b c) = 2 (a b) → P 2/4, R 2/3
    expect(r.rougeL.f1).toBeCloseTo(r.rouge1.f1, 10);
  });

  it('scores sentence lists as one concatenated text', () => {
    expect(rouge(['x y', 'z'], ['x y z']).rougeL.f1).toBe(1);
    expect(lcsLength(['a', 'b', 'c', 'd'], ['b', 'd'])).toBe(2);
  });

  it('gives 0 for empty or disjoint texts', () => {
    expect(rouge('', 'a b').rouge1.f1).toBe(0);
    expect(rouge('a', 'b').rougeL.f1).toBe(0);
    expect(rouge('a', 'a').rouge2.f1).toBe(0); // no bigram on either side
  });
});
