import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { send } from '@/lib/send';
import { makeT } from '@/lib/i18n';
import { getDb } from '@/lib/db';
import { allTags, setTags } from '@/lib/db/articles';
import { TagInput } from './reading-list/TagInput';
import { briefMessages } from './brief/messages';

const t = makeT(briefMessages);
const tagLabel = makeT({ en: { tags: 'Tags for this article' }, zh: { tags: '这篇文章的标签' } });

/**
 * "Save for later" for the page in a tab; pressed once the article is in the reading list. Tags
 * can be added before saving (they go with the save) and edited afterwards (written directly),
 * with the tags already in use suggested.
 */
export function SaveButton({ tabId, saved, tags: initialTags }: { tabId: number; saved: boolean; tags?: string[] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draftTags, setDraftTags] = useState<string[]>(initialTags ?? []);
  const db = getDb();
  const suggestions = useLiveQuery(() => allTags(db).catch(() => []), []) ?? [];
  // The saved article of this tab, to edit its tags after saving.
  const article = useLiveQuery(async () => {
    if (!saved) return null;
    const tab = await db.tabs.get(tabId);
    return tab ? ((await db.articles.where('key').equals(tab.key).first()) ?? null) : null;
  }, [saved, tabId]);

  async function save() {
    if (saved || busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await send({ type: 'save-tab', tabId, tags: draftTags.length ? draftTags : undefined });
      if (!res.ok) setError(res.error);
    } catch (err) {
      setError(String((err as Error).message ?? err));
    } finally {
      setBusy(false);
    }
  }
  const tags = saved && article ? article.tags : draftTags;
  const onTags = (next: string[]) => (saved && article ? void setTags(db, article.id!, next) : setDraftTags(next));
  return (
    <div className="save-row">
      <button type="button" className={saved ? undefined : 'primary'} aria-pressed={saved} onClick={save} disabled={busy}>
        {saved ? <span aria-hidden="true">✓ </span> : null}
        {t('save')}
      </button>
      {(!saved || article) && <TagInput tags={tags} onChange={onTags} suggestions={suggestions} label={tagLabel('tags')} />}
      <span role="status" className="muted">
        {busy ? t('saving') : saved ? t('saved') : ''}
      </span>
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
