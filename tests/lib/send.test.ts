import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { send } = await import('@/lib/send');

describe('send', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends again once when the background dropped the message (a stopped service worker)', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('The message port closed before a response was received.')).mockResolvedValueOnce({ ok: true, id: 1, offline: true });
    await expect(send({ type: 'save-tab', tabId: 1 })).resolves.toEqual({ ok: true, id: 1, offline: true });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('says plainly that Lede was restarting when no answer comes twice', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(send({ type: 'save-tab', tabId: 1 })).resolves.toEqual({ ok: false, error: expect.stringMatching(/restarting/) });
  });
});
