import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { briefForTab } from '@/lib/db/briefs';
import { findSaved } from '@/lib/db/articles';
import { BriefView } from '@/components/brief/BriefView';
import { SaveButton } from '@/components/SaveButton';
import { ReadingList } from '@/components/reading-list/ReadingList';
import { makeT } from '@/lib/i18n';
import { useActiveTab } from './useActiveTab';
import { useGeneratedSummary } from '@/components/brief/useGeneratedSummary';
import { ChromeModelOffer } from '@/components/brief/ChromeModelOffer';
import { getSettings } from '@/lib/db/settings';
import './sidepanel.css';

const t = makeT({
  en: { brief: 'Brief', list: 'Reading list', views: 'Lede views' },
  zh: { brief: '摘要', list: '阅读列表', views: 'Lede 视图' },
});

type View = 'brief' | 'list';

export function SidePanel() {
  const initial: View = new URLSearchParams(location.search).get('view') === 'list' ? 'list' : 'brief';
  const [view, setView] = useState<View>(initial);
  const tabId = useActiveTab();
  const db = getDb();
  const brief = useLiveQuery(() => (tabId === null ? undefined : briefForTab(db, tabId)), [tabId]);
  const saved = useLiveQuery(() => (brief ? findSaved(db, brief.url) : undefined), [brief?.url]);
  const settings = useLiveQuery(() => getSettings(db), []);
  const generated = useGeneratedSummary(db, tabId, brief);

  const tabs: [View, string][] = [
    ['brief', t('brief')],
    ['list', t('list')],
  ];
  return (
    <div className="panel">
      <div role="tablist" aria-label={t('views')} className="panel-tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            aria-controls={`view-${id}`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => setView(id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setView(view === 'brief' ? 'list' : 'brief');
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'brief' ? (
          <BriefView
            brief={brief}
            summarizing={generated.busy}
            actions={
              brief && tabId !== null ? (
                <>
                  <SaveButton tabId={tabId} saved={Boolean(saved)} />
                  {brief.isArticle && settings && (brief.tldrOrigin !== 'page' || brief.takeawaysOrigin !== 'page') && (
                    <ChromeModelOffer engine={settings.summaryEngine} onReady={() => generated.regenerate()} />
                  )}
                  {generated.error && <p className="muted">{generated.error}</p>}
                </>
              ) : null
            }
          />
        ) : (
          <ReadingList />
        )}
      </div>
    </div>
  );
}
