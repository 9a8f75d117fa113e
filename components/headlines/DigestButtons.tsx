import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { weeksWithHeadlines } from '../../lib/db/headlines';
import { makeT } from '../../lib/i18n';
import { getDb } from '../../lib/db';
import type { LedeDB } from '../../lib/db/schema';
import { digestFileName, weekDigestMarkdown } from '../../lib/digest';
import { weekKey, weekLabel } from '../../lib/weeks';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

export interface DigestButtonsProps {
  /** The week (default: this week). */
  week?: string;
  db?: LedeDB;
  /** Show the copy button too (default true). The options page may want only the download. */
  copy?: boolean;
  /** The download button's text (default "Download digest"; e.g. "Download this week's digest"). */
  downloadLabel?: string;
  /** Show a "Week" picker (this week and every week with headlines), e.g. on the options page. */
  pickWeek?: boolean;
}

/**
 * The week as a Markdown digest (headlines + articles saved that week with their TL;DRs):
 * "Copy digest" to the clipboard, "Download digest" as a .md file. Mountable on any extension page.
 */
export function DigestButtons({ week, db, copy = true, downloadLabel, pickWeek = false }: DigestButtonsProps) {
  const [status, setStatus] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const thisWeek = weekKey();
  const wk = picked ?? week ?? thisWeek;
  const store = db ?? getDb();
  const weeks = useLiveQuery(async () => (pickWeek ? [...new Set([thisWeek, ...(await weeksWithHeadlines(store))])].sort().reverse() : []), [store, pickWeek, thisWeek]);
  const make = () => weekDigestMarkdown(store, wk, { locale: globalThis.navigator?.language });

  const onCopy = async () => {
    let md: string;
    try {
      md = await make();
    } catch (e) {
      setStatus(t('digestFailed', { error: (e as Error).message }));
      return;
    }
    try {
      await navigator.clipboard.writeText(md);
      setStatus(t('copied'));
    } catch {
      setStatus(copyByCommand(md) ? t('copied') : t('copyFailed'));
    }
  };

  const onDownload = async () => {
    try {
      const md = await make();
      const url = URL.createObjectURL(new Blob([md], { type: 'text/markdown;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = digestFileName(wk);
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('downloaded'));
    } catch (e) {
      setStatus(t('digestFailed', { error: (e as Error).message }));
    }
  };

  return (
    <div className="hl-digest" role="group" aria-label={t('digest')}>
      {pickWeek && (
        <label>
          {t('week')}{' '}
          <select value={wk} onChange={(e) => setPicked(e.target.value)}>
            {(weeks?.length ? weeks : [wk]).map((w) => (
              <option key={w} value={w}>
                {w === thisWeek ? `${t('backToThisWeek')} (${weekLabel(w, globalThis.navigator?.language)})` : weekLabel(w, globalThis.navigator?.language)}
              </option>
            ))}
          </select>
        </label>
      )}
      {copy && (
        <button type="button" onClick={() => void onCopy()}>
          {t('copyDigest')}
        </button>
      )}
      <button type="button" onClick={() => void onDownload()}>
        {downloadLabel ?? t('downloadDigest')}
      </button>
      <span role="status" className="hl-digest-status muted">
        {status}
      </span>
    </div>
  );
}

/** Fallback where the async clipboard is refused (no focus / no permission). */
function copyByCommand(text: string): boolean {
  try {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}
