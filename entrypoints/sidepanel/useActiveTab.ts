import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab whose brief the panel shows: `?tab=<id>` when given, otherwise the active tab of the
 * panel's window, followed as the reader switches tabs.
 */
export function useActiveTab(search = location.search): number | null {
  const fixed = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed)) return;
    let windowId: number | undefined;
    const refresh = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        windowId = tab?.windowId;
        setTabId(tab?.id ?? null);
      });
    void refresh();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}
