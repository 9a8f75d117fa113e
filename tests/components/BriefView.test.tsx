import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { BriefView } from '@/components/brief/BriefView';
import type { BriefRow } from '@/lib/db/schema';
import { makeBrief } from '../support/make-brief';

const row = (over: Partial<BriefRow> = {}): BriefRow => ({ ...makeBrief(), key: 'k', firstSeenAt: 0, lastSeenAt: 0, ...over });

describe('BriefView', () => {
  it('shows the TL;DR, takeaways and sources under their headings', () => {
    render(<BriefView brief={row()} />);
    expect(screen.getByRole('heading', { name: 'TL;DR' })).toBeInTheDocument();
    expect(screen.getByText(makeBrief().tldr!)).toBeInTheDocument();
    const takeaways = screen.getByRole('heading', { name: 'Key takeaways' }).parentElement!;
    expect(within(takeaways).getAllByRole('listitem').map((li) => li.textContent)).toEqual(makeBrief().takeaways);
    const link = screen.getByRole('link', { name: /Reuters report \(reuters\.com\)/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/world/china/alibaba');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getAllByText('From the article')).toHaveLength(2);
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { container } = render(<BriefView brief={row({ tldr: evil, title: evil, takeaways: [evil] })} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(evil, { selector: 'p.tldr' })).toBeInTheDocument();
  });

  it('never renders a non-http link even if one reached the database', () => {
    render(<BriefView brief={row({ sources: [{ url: 'javascript:alert(1)', title: 'bad' }, { url: 'https://ok.example/', title: 'ok' }] })} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByText('bad')).toBeNull();
  });

  it('says plainly when the page is not an article', () => {
    render(<BriefView brief={row({ isArticle: false })} />);
    expect(screen.getByText(/does not look like an article/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'TL;DR' })).toBeNull();
  });

  it('says when an article has no TL;DR of its own, and labels generated ones', () => {
    const { rerender } = render(<BriefView brief={row({ tldr: null, tldrOrigin: null })} />);
    expect(screen.getByText(/no TL;DR of its own/)).toBeInTheDocument();
    rerender(<BriefView brief={row({ tldr: 'Made here.', tldrOrigin: 'generated', summaryEngine: 'local' })} />);
    expect(screen.getByText(/Summarized on this device · Lede's summarizer/)).toBeInTheDocument();
  });

  it('waits politely before the page has reported', () => {
    render(<BriefView brief={undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent(/Waiting for the page/);
  });
});
