import { browser } from 'wxt/browser';

export const MENU = { savePage: 'lede-save-page', saveLink: 'lede-save-link' } as const;

/**
 * Two items, each in its own context, so neither browser folds them into a submenu: on a link only
 * "Save link to Lede" shows, elsewhere only "Save page to Lede".
 */
export async function installMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU.savePage, title: 'Save page to Lede', contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.saveLink, title: 'Save link to Lede', contexts: ['link'] });
}
