/**
 * The content script's `browser`: the native one (Firefox) or `chrome` (Chrome MV3, whose APIs
 * return promises). The content script only calls runtime.sendMessage, runtime.id and
 * storage.local.get, which need no polyfill; leaving it out keeps the always-on script small.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
export type Browser = Api;
