import { browser } from 'wxt/browser';
import type { Message, Responses } from './messaging';

const RESTARTING = 'Lede was restarting in the background. Please try again.';

/**
 * Sends one of our messages to the background and types its answer. Chrome stops an idle service
 * worker; a message caught by that gets no answer (or "message channel closed"), so it is sent
 * once more — every message here is safe to repeat (saving the same page leaves one article).
 */
export async function send<M extends Message>(msg: M): Promise<Responses[M['type']]> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = (await browser.runtime.sendMessage(msg)) as Responses[M['type']] | undefined;
      if (res !== undefined && res !== null) return res;
    } catch (err) {
      lastError = err;
    }
  }
  console.warn('[lede] no answer from the background', lastError);
  return { ok: false, error: RESTARTING } as Responses[M['type']];
}
