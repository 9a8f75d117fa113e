import { describe, expect, it } from 'vitest';
import { cleanSentence, isBoilerplate, removeBoilerplate } from '../../lib/summarize/boilerplate';

describe('isBoilerplate', () => {
  it.each([
    'Photo: Ana Ruiz/Reuters',
    'Image credit: Getty Images',
    'By Ana Ruiz',
    'By Ana Ruiz and Tom Berg, Example News',
    'Von Max Beispiel',
    'Share this article',
    'Share on X',
    'Share',
    'Share:',
    'Related: the week in chips',
    'Advertisement - scroll to continue',
    'Subscribe',
    'Subscribe to our newsletter',
    'Sign up for our newsletter to get the week in AI in your inbox.',
    'We use cookies to improve your experience. By continuing you accept our privacy policy.',
    'Read more',
    'Read more: Why the chatbot failed',
    'Advertisement',
    'ADVERTISEMENT',
    'Follow us on Mastodon',
    'Published: 12 March 2026',
    'Updated 3 hours ago',
    'March 3, 2026 at 10:30 a.m. ET',
    '2026-03-12 10:30',
    '5 min read',
    'Anzeige',
    'Newsletter abonnieren',
    'Lire aussi : la suite',
    'Abonnez-vous à notre newsletter',
    'Suscríbete al boletín',
    '图片来源：示例社',
    '広告',
    'The chief executive speaks at the launch on Tuesday (Getty Images)',
  ])('drops %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'By Monday, the lab had released the model weights.',
    'The company said subscribers will pay more from next month.',
    'Researchers shared the training data with the public on Friday.',
    'Photographers gathered outside the court as the verdict was read.',
    'Follow-up studies found the effect was smaller than expected.',
    'Sign language interpreters were present at the event.',
    'In 2026, chip prices rose 3.5 percent.',
    'Der Konzern teilte mit, dass die Preise steigen.',
    'Le gouvernement a annoncé de nouvelles mesures mardi.',
    'Share prices fell sharply on Monday.',
    'Shares of the chipmaker rose 5 percent.',
    'Subscribers to the service will pay more.',
    'Registered users can opt out of training.',
    'Related research found that models forget.',
    'Recommended settings were published with the model.',
    'Advertisement revenue grew 10 percent this year.',
    'More than half of the staff signed the letter.',
    'Read the full report to learn more about the study, which involved 2,000 people across ten countries and took four years to complete.',
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('removes boilerplate lines and keeps the story in order', () => {
    const lines = ['By Ana Ruiz', 'The lab released a new model on Monday.', 'Share this', 'It is twice as fast as the last one.', 'Advertisement'];
    expect(removeBoilerplate(lines)).toEqual(['The lab released a new model on Monday.', 'It is twice as fast as the last one.']);
  });
});

describe('cleanSentence', () => {
  it('drops wire datelines and caption pointers', () => {
    expect(cleanSentence('(CNN)The lab shipped a model.')).toBe('The lab shipped a model.');
    expect(cleanSentence('BERLIN (Reuters) - Lawmakers voted on the bill.')).toBe('Lawmakers voted on the bill.');
    expect(cleanSentence('SAN FRANCISCO — The startup raised money.')).toBe('The startup raised money.');
    expect(cleanSentence('The founder (pictured) spoke with an engineer (left).')).toBe('The founder spoke with an engineer.');
  });

  it('leaves ordinary text alone', () => {
    expect(cleanSentence('AI labs — big and small — agree (mostly).')).toBe('AI labs — big and small — agree (mostly).');
  });
});

describe('cleanSentence: labels and list markers', () => {
  it('drops a summary label and a leading list marker', () => {
    expect(cleanSentence('TL;DR: The lab shipped a model.')).toBe('The lab shipped a model.');
    expect(cleanSentence('Zusammenfassung: Das Modell ist schnell.')).toBe('Das Modell ist schnell.');
    expect(cleanSentence('要点：模型已发布。')).toBe('模型已发布。');
    expect(cleanSentence('- A point in a list.')).toBe('A point in a list.');
    expect(cleanSentence('Summary of the week: models got cheaper.')).toBe('Summary of the week: models got cheaper.');
  });

  it('drops a staff byline', () => {
    expect(isBoilerplate('By Example News staff · Fri Jun 19 2026')).toBe(true);
  });
});
