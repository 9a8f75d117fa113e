import { browser } from 'wxt/browser';
import type { Message, Responses } from './messaging';

/** Sends one of our messages to the background and types its answer. */
export function send<M extends Message>(msg: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Responses[M['type']]>;
}
