/**
 * The background's message handler, kept apart from the entrypoint so tests drive it with
 * WXT's fakeBrowser. Every message is parsed and its sender checked before anything is stored.
 */
import { parseMessage, senderAllowed, type Message, type Responses } from '../messaging';
import { normalizeUrl } from '../url';
import type { Brief } from '../brief';
import type { LedeDB } from '../db/schema';
import { recordTabBrief } from '../db/briefs';
import { recordHeadlines, siteOf } from '../db/headlines';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface HandlerDeps {
  db: LedeDB;
  extensionId: string;
  extensionOrigin: string;
  saveTab: (tabId: number, tags?: string[]) => Promise<Responses['save-tab']>;
  saveUrl: (url: string, title?: string, tags?: string[]) => Promise<Responses['save-url']>;
  tabText: (tabId: number) => Promise<Responses['tab-text']>;
  /** The full brief of a tab's page from the injected /analyze.js, or null when it cannot run. */
  analyzeTab?: (tabId: number) => Promise<Brief | null>;
  onBrief?: (tabId: number, brief: Brief) => void;
  log?: (msg: string, detail?: unknown) => void;
}

/** A content script may only describe the page it runs in: a canonical URL on another site is replaced by the page's own. */
export function briefForSender(brief: Brief, senderUrl: string | undefined): Brief {
  if (!senderUrl) return brief;
  try {
    const page = new URL(senderUrl);
    const claimed = new URL(brief.url);
    if (page.hostname === claimed.hostname) return brief;
    const own = normalizeUrl(senderUrl);
    return own ? { ...brief, url: own } : brief;
  } catch {
    return brief;
  }
}

export async function handleMessage(
  raw: unknown,
  sender: Sender,
  deps: HandlerDeps,
): Promise<Responses[Message['type']] | { ok: false; error: string }> {
  const msg = parseMessage(raw);
  if (!msg) {
    deps.log?.('dropped malformed message', typeof raw === 'object' && raw ? (raw as { type?: unknown }).type : typeof raw);
    return { ok: false, error: 'malformed message' };
  }
  if (!senderAllowed(msg, sender, deps.extensionId, deps.extensionOrigin)) {
    deps.log?.('dropped message from a sender not allowed to send it', msg.type);
    return { ok: false, error: 'sender not allowed' };
  }
  switch (msg.type) {
    case 'page-brief': {
      const tabId = sender.tab!.id!;
      const full = msg.complete === false && deps.analyzeTab ? await deps.analyzeTab(tabId) : null;
      const brief = briefForSender(full ?? msg.brief, sender.url ?? sender.tab?.url);
      await recordTabBrief(deps.db, tabId, brief);
      deps.onBrief?.(tabId, brief);
      await recordHeadlines(deps.db, brief, siteOf(sender.url ?? sender.tab?.url ?? brief.url));
      return { ok: true };
    }
    case 'save-tab':
      return deps.saveTab(msg.tabId, msg.tags);
    case 'save-url':
      return deps.saveUrl(msg.url, msg.title, msg.tags);
    case 'tab-text':
      return deps.tabText(msg.tabId);
  }
}
