/** Reader settings: their defaults and their types, stored in the `settings` table. */
export interface Settings {
  /** Hosts where Lede stays off (the content script returns at once). */
  disabledSites: string[];
  /** Days unsaved briefs are kept. */
  retentionDays: number;
  /** Which engine writes summaries when a page has none. */
  summaryEngine: 'auto' | 'local' | 'chrome';
  /** When the popup was last opened (epoch ms), to mark what's new. */
  popupLastOpenedAt: number;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  retentionDays: 30,
  summaryEngine: 'auto',
  popupLastOpenedAt: 0,
};
