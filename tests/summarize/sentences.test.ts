import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/summarize/sentences';

// Both the Intl.Segmenter path and the regex fallback must give the same sentences.
for (const noSegmenter of [false, true]) {
  describe(`splitSentences (${noSegmenter ? 'regex fallback' : 'Intl.Segmenter'})`, () => {
    const split = (text: string, lang?: string) => splitSentences(text, { lang, noSegmenter });

    it('splits English and keeps titles, initials and acronyms inside sentences', () => {
      expect(split('Dr. Rivera leads the lab. Mr. J. K. Osei joined in May. The U.S. Senate held a hearing.', 'en')).toEqual([
        'Dr. Rivera leads the lab.',
        'Mr. J. K. Osei joined in May.',
        'The U.S. Senate held a hearing.',
      ]);
    });

    it('ends a sentence at an acronym when a new sentence starts', () => {
      expect(split('The startup moved to the U.S. The move took a year.', 'en')).toEqual([
        'The startup moved to the U.S.',
        'The move took a year.',
      ]);
    });

    it('does not split decimals, prices, versions or e.g.', () => {
      expect(split('Accuracy rose 3.5 points to 91.2% on v2.1 of the test. It costs $4.99 a month, e.g. for students.', 'en')).toEqual([
        'Accuracy rose 3.5 points to 91.2% on v2.1 of the test.',
        'It costs $4.99 a month, e.g. for students.',
      ]);
    });

    it('handles quotes, exclamations and questions', () => {
      expect(split('"We shipped it," she said. Is it safe? Nobody knows! ‘Why now?’ he asked.', 'en')).toEqual([
        '"We shipped it," she said.',
        'Is it safe?',
        'Nobody knows!',
        '‘Why now?’ he asked.',
      ]);
    });

    it('splits German with z. B. and ordinals', () => {
      expect(split('Das Modell ist z. B. schneller. Am 3. Oktober erscheint es. Wer zahlt dafür?', 'de')).toEqual([
        'Das Modell ist z. B. schneller.',
        'Am 3. Oktober erscheint es.',
        'Wer zahlt dafür?',
      ]);
    });

    it('splits French with spaced punctuation and guillemets', () => {
      expect(split('M. Martin a parlé. Il a dit : « Nous sommes prêts ! » Le taux est de 3,5 %.', 'fr')).toEqual([
        'M. Martin a parlé.',
        'Il a dit : « Nous sommes prêts ! »',
        'Le taux est de 3,5 %.',
      ]);
    });

    it('splits Chinese at 。！？ without spaces', () => {
      expect(split('新模型今天发布。它比上一代快两倍！价格会变吗？', 'zh')).toEqual(['新模型今天发布。', '它比上一代快两倍！', '价格会变吗？']);
    });

    it('splits Japanese and keeps a quotation with its verb', () => {
      expect(split('新しいモデルが公開された。性能は大きく向上した！「速い。」と開発者は語った。', 'ja')).toEqual([
        '新しいモデルが公開された。',
        '性能は大きく向上した！',
        '「速い。」と開発者は語った。',
      ]);
    });

    it('returns [] for empty text and keeps a text without a terminal', () => {
      expect(split('   ')).toEqual([]);
      expect(split('A headline without a full stop')).toEqual(['A headline without a full stop']);
    });
  });
}

describe('splitSentences without Intl.Segmenter', () => {
  it('falls back to the regex splitter when the runtime has no Segmenter', async () => {
    const { vi } = await import('vitest');
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      expect(splitSentences('Dr. Lee spoke. 模型发布了。It works!', { lang: 'en' })).toEqual(['Dr. Lee spoke.', '模型发布了。', 'It works!']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('splitSentences: words that look like abbreviations', () => {
  it('splits after ordinary words that are also abbreviations elsewhere', () => {
    expect(splitSentences('He told me. Then he left.', { lang: 'en' })).toEqual(['He told me.', 'Then he left.']);
    expect(splitSentences('The answer was no. Nobody asked again.', { lang: 'en' })).toEqual(['The answer was no.', 'Nobody asked again.']);
    expect(splitSentences('Chips, memory, etc. Prices rose.', { lang: 'en' })).toEqual(['Chips, memory, etc.', 'Prices rose.']);
    expect(splitSentences('It was founded as Acme Inc. The name changed later.', { lang: 'en' })).toEqual(['It was founded as Acme Inc.', 'The name changed later.']);
  });

  it('joins abbreviations before a number', () => {
    expect(splitSentences('See No. 5 and Fig. 3 from Jan. 12 onwards. Done.', { lang: 'en' })).toEqual(['See No. 5 and Fig. 3 from Jan. 12 onwards.', 'Done.']);
  });
});

describe('splitSentences: Spanish', () => {
  it('handles inverted marks and Sra./Dr.', () => {
    expect(splitSentences('¿Quién pagará los chips? La Sra. Gómez no lo dijo. ¡Es caro!', { lang: 'es' })).toEqual([
      '¿Quién pagará los chips?',
      'La Sra. Gómez no lo dijo.',
      '¡Es caro!',
    ]);
  });
});
