import { useEffect, useRef, useState } from 'react';
import { makeT } from '@/lib/i18n';

const t = makeT({
  en: {
    offer: "Chrome's built-in model can write this summary on your device. It has to be downloaded once (about 2 GB, stored by Chrome).",
    download: "Download Chrome's on-device model",
    progress: 'Downloading the model… {pct}%',
  },
  zh: {
    offer: 'Chrome 内置模型可以在你的设备上生成摘要，需要先下载一次（约 2 GB，由 Chrome 保存）。',
    download: '下载 Chrome 设备端模型',
    progress: '正在下载模型… {pct}%',
  },
});

/**
 * Offers the download of Chrome's on-device model where the reader chose it and Chrome says it
 * can be downloaded. The download starts only from this button's click: a user gesture.
 */
export function ChromeModelOffer({ engine, onReady }: { engine: 'auto' | 'local' | 'chrome'; onReady: () => Promise<void> }) {
  const [state, setState] = useState<'unknown' | 'downloadable' | 'other'>('unknown');
  const [pct, setPct] = useState<number | null>(null);
  const mod = useRef<typeof import('@/lib/summarize') | null>(null);
  useEffect(() => {
    if (engine === 'local') return;
    let live = true;
    void import('@/lib/summarize').then(async (m) => {
      mod.current = m;
      const { chromeAvailability, getSummarizerApi } = m;
      if (!getSummarizerApi()) return live && setState('other');
      const a = await chromeAvailability().catch(() => 'unavailable');
      if (live) setState(a === 'downloadable' ? 'downloadable' : 'other');
    });
    return () => {
      live = false;
    };
  }, [engine]);
  if (state !== 'downloadable') return null;
  return (
    <div className="notice">
      <p>{t('offer')}</p>
      {pct === null ? (
        <button
          type="button"
          // The download must start inside the click's user activation: nothing awaited before it.
          onClick={() => {
            setPct(0);
            void mod.current!
              .downloadModel((f) => setPct(Math.round(f * 100)))
              .then((ok) => (ok ? onReady() : undefined))
              .finally(() => setState('other'));
          }}
        >
          {t('download')}
        </button>
      ) : (
        <>
          <progress max={100} value={pct} aria-label={t('progress', { pct })} />
          <span role="status">{t('progress', { pct })}</span>
        </>
      )}
    </div>
  );
}
