import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChromeModelOffer } from '@/components/brief/ChromeModelOffer';

function fakeSummarizer(availability: string) {
  let state = availability;
  const api = {
    availability: vi.fn(async () => state),
    create: vi.fn(async (opts: { monitor?: (m: EventTarget) => void }) => {
      const m = new EventTarget();
      opts.monitor?.(m);
      for (const loaded of [0.25, 0.5, 1]) m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      state = 'available';
      return { summarize: vi.fn(), destroy: vi.fn() };
    }),
  };
  (globalThis as { Summarizer?: unknown }).Summarizer = api;
  return api;
}

afterEach(() => {
  delete (globalThis as { Summarizer?: unknown }).Summarizer;
});

describe('ChromeModelOffer', () => {
  it('offers the download only when Chrome says the model is downloadable, and starts it from the click', async () => {
    const api = fakeSummarizer('downloadable');
    const onReady = vi.fn(async () => {});
    render(<ChromeModelOffer engine="auto" onReady={onReady} />);
    const button = await screen.findByRole('button', { name: "Download Chrome's on-device model" });
    expect(api.create).not.toHaveBeenCalled();
    await userEvent.click(button);
    await waitFor(() => expect(onReady).toHaveBeenCalledOnce());
    expect(api.create).toHaveBeenCalledOnce();
  });

  it.each(['available', 'unavailable'])('shows nothing when the model is %s', async (state) => {
    const api = fakeSummarizer(state);
    const { container } = render(<ChromeModelOffer engine="chrome" onReady={vi.fn()} />);
    await waitFor(() => expect(api.availability).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing in a browser without the Summarizer API, or with the local engine', async () => {
    const { container, rerender } = render(<ChromeModelOffer engine="auto" onReady={vi.fn()} />);
    rerender(<ChromeModelOffer engine="local" onReady={vi.fn()} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
