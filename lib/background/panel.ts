import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both browsers accept this only inside a user
 * gesture, so callers must not await anything before calling it.
 */
export function openPanel(windowId?: number): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) return sidebar.open();
  const sidePanel = (globalThis as unknown as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel'));
}
