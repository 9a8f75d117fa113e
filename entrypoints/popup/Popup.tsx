import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openPanel } from '@/lib/background/panel';
import { send } from '@/lib/send';

/** The toolbar popup: this week's headlines (next), save the current page, open the side panel. */
export function Popup() {
  const [tab, setTab] = useState<{ id?: number; windowId?: number } | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTab(t ?? null));
  }, []);
  return (
    <main className="popup" style={{ width: 340, padding: 12 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button
          type="button"
          className="primary"
          // No await before openPanel: both browsers need the click's user gesture.
          onClick={() => void openPanel(tab?.windowId).then(() => window.close()).catch((e: Error) => setStatus(e.message))}
        >
          Open side panel
        </button>
        <button
          type="button"
          disabled={tab?.id === undefined}
          onClick={async () => {
            const res = await send({ type: 'save-tab', tabId: tab!.id! });
            setStatus(res.ok ? 'Saved for later' : res.error);
          }}
        >
          Save this page
        </button>
      </div>
      <p role="status">{status}</p>
      <section>
        <h2 id="headlines-h">This week's headlines</h2>
        <ul aria-labelledby="headlines-h" />
      </section>
    </main>
  );
}
