import { useState } from 'react';
import { send } from '@/lib/send';
import { makeT } from '@/lib/i18n';
import { briefMessages } from './brief/messages';

const t = makeT(briefMessages);

/** "Save for later" for the page in a tab; pressed once the article is in the reading list. */
export function SaveButton({ tabId, saved, tags }: { tabId: number; saved: boolean; tags?: string[] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    if (saved || busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await send({ type: 'save-tab', tabId, tags });
      if (!res.ok) setError(res.error);
    } catch (err) {
      setError(String((err as Error).message ?? err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="save-row">
      <button type="button" className={saved ? undefined : 'primary'} aria-pressed={saved} onClick={save} disabled={busy}>
        {saved ? '✓ ' : ''}
        {t('save')}
      </button>
      <span role="status" className="muted">
        {busy ? t('saving') : saved ? t('saved') : ''}
      </span>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
