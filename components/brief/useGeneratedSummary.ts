import { useEffect, useRef, useState } from 'react';
import type { LedeDB, BriefRow } from '@/lib/db/schema';
import { storeGenerated } from '@/lib/db/briefs';
import { getSettings } from '@/lib/db/settings';
import { send } from '@/lib/send';

export interface GeneratedState {
  /** A summary is being written for the shown brief. */
  busy: boolean;
  error: string | null;
  /** Summarize again, replacing generated parts, e.g. once Chrome's model has downloaded. */
  regenerate: () => Promise<void>;
}

/**
 * When the shown article has no TL;DR or takeaways of its own, reads its main text from the tab
 * (an injected script, only now) and summarizes it on this device with the reader's engine. The
 * summarizer module is loaded only then, never with the panel.
 */
export function useGeneratedSummary(db: LedeDB, tabId: number | null, brief: BriefRow | undefined): GeneratedState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(new Set<string>());

  async function run(force: boolean) {
    if (tabId === null || !brief) return;
    setBusy(true);
    setError(null);
    try {
      const res = await send({ type: 'tab-text', tabId });
      if (!res.ok) throw new Error(res.error);
      const [{ summarize }, settings] = await Promise.all([import('@/lib/summarize'), getSettings(db)]);
      const summary = await summarize(
        // One more takeaway when the TL;DR is generated too: it usually repeats the first one,
        // which storeGenerated drops.
        { text: res.text, title: brief.title || res.title, lang: brief.lang ?? res.lang, count: brief.tldr ? 3 : 4 },
        { engine: settings.summaryEngine },
      );
      if (force) {
        // The reader asked for a new summary: replace generated parts, never the page's own.
        await db.briefs.update(brief.key, {
          ...(brief.tldrOrigin === 'generated' ? { tldr: null, tldrOrigin: null } : {}),
          ...(brief.takeawaysOrigin === 'generated' ? { takeaways: [], takeawaysOrigin: null } : {}),
        });
      }
      await storeGenerated(db, brief.key, summary);
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    } finally {
      setBusy(false);
    }
  }

  const needs = Boolean(brief?.isArticle && (!brief.tldr || brief.takeaways.length === 0));
  useEffect(() => {
    if (!needs || !brief || tried.current.has(brief.key)) return;
    tried.current.add(brief.key);
    void run(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needs, brief?.key, tabId]);

  return { busy, error, regenerate: () => run(true) };
}
