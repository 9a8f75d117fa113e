import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { handleMessage } from '@/lib/background/handle-message';
import { createSaver } from '@/lib/background/save';
import { refreshBadge, watchSavedBadges } from '@/lib/background/badge';
import { installMenus, MENU } from '@/lib/background/menus';
import { openPanel } from '@/lib/background/panel';
import { tabText } from '@/lib/background/tab-text';
import { analyzeTab } from '@/lib/background/analyze-tab';
import { pruneBriefs } from '@/lib/db/briefs';
import { getSettings } from '@/lib/db/settings';

export default defineBackground(() => {
  const db = getDb();
  const saver = createSaver(db);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    handleMessage(raw, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin,
      saveTab: saver.saveTab,
      saveUrl: saver.saveUrl,
      tabText,
      analyzeTab,
      onBrief: (tabId) => void refreshBadge(db, tabId),
      log: (m, d) => console.warn(`[lede] ${m}`, d ?? ''),
    })
      .then(sendResponse)
      .catch((err: unknown) => {
        console.error('[lede] message failed', err);
        sendResponse({ ok: false, error: String((err as Error)?.message ?? err) });
      });
    return true; // answer asynchronously
  });

  watchSavedBadges(db);

  // Menus do not survive a Firefox restart (MV2), so they are created at every start.
  void installMenus();
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.savePage && tab?.id !== undefined) void saver.saveTab(tab.id);
    if (info.menuItemId === MENU.saveLink && info.linkUrl) {
      const text = (info as { linkText?: string }).linkText;
      void saver.saveUrl(info.linkUrl, text || undefined);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    // Opening the panel must happen inside the user gesture: no await before it.
    if (command === 'open-panel') openPanel(tab?.windowId);
    if (command === 'save-page') {
      if (tab?.id !== undefined) void saver.saveTab(tab.id);
      else
        void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => {
          if (t?.id !== undefined) void saver.saveTab(t.id);
        });
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A full navigation to a page without a content script (or before it reports) must not show the old brief.
    if (change.status === 'loading' && change.url) {
      void db.tabs.get(tabId).then((row) => {
        if (row && row.url !== change.url) return db.tabs.delete(tabId).then(() => refreshBadge(db, tabId));
      });
    }
  });

  browser.alarms.create('prune-briefs', { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== 'prune-briefs') return;
    const { retentionDays } = await getSettings(db);
    await pruneBriefs(db, retentionDays);
  });
});
