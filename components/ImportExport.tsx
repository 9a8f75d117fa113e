/**
 * The options page's import / export panel. Import: a file input named "Import" (several files at
 * once are imported one after the other), a progress bar and "Cancel import" while it runs, then a
 * report per file (imported / merged / skipped with lines and reasons, or the error naming the file).
 * Export: "Export backup" (the JSON backup), "Export CSV" (Pocket-compatible columns) and this
 * week's Markdown digest (the headlines feature's DigestButtons, over lib/digest.ts).
 */
import { useRef, useState } from 'react';
import { DigestButtons } from '@/components/headlines/DigestButtons';
import { getDb } from '@/lib/db';
import type { LedeDB } from '@/lib/db/schema';
import { makeT } from '@/lib/i18n';
import { backupFileName, exportBackupJson } from '@/lib/io/backup';
import { csvFileName, exportCsv } from '@/lib/io/csv-export';
import { importFile, type ImportSource } from '@/lib/io/import';
import { FORMAT_LABELS, ImportError, type ImportProgress, type ImportReport, type SkippedRow } from '@/lib/io/types';
import './ImportExport.css';

const t = makeT({
  en: {
    importLabel: 'Import',
    importHelp:
      'Pocket (CSV, zip or ril_export.html), Instapaper CSV, browser bookmarks (HTML), Omnivore (zip), Readwise Reader CSV or a Lede backup. The format is recognized from the content. A file imports as a whole or changes nothing.',
    progress: 'Import progress',
    importing: 'Importing {file}… {pct}%',
    cancel: 'Cancel import',
    exportBackup: 'Export backup',
    exportCsv: 'Export CSV',
    exportDigest: "Download this week's digest",
    exportHelp: 'The backup holds everything (saved articles with their state, tags, reading progress and offline copies, briefs, headlines, settings); importing it into another browser restores the same library.',
    exported: 'Saved {file}.',
    exportFailed: 'Export failed: {error}',
    reports: 'Import results',
    skippedTitle: 'Skipped:',
    more: '… and {n} more',
  },
  zh: {},
});

/** How many skipped rows are listed per file; the rest are counted. */
const MAX_LISTED = 200;

type Outcome = { file: string; report: ImportReport } | { file: string; error: string; cancelled?: boolean };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function where(s: SkippedRow, unit: ImportReport['unit']): string {
  return `${s.part ? `${s.part}, ` : ''}${unit === 'item' ? 'item' : 'line'} ${s.line}`;
}

/** One sentence saying what happened to a file. */
export function summarize(r: ImportReport): string {
  const unit = r.unit === 'item' ? 'item' : 'row';
  const parts = [
    `${plural(r.imported, 'article')} imported`,
    `${plural(r.merged, 'duplicate')} merged`,
    `${plural(r.skipped.length, unit)} skipped`,
  ];
  if (r.restored) {
    parts.push(
      `${plural(r.restored.briefs, 'brief')}, ${plural(r.restored.headlines, 'headline')}, ${plural(r.restored.offline, 'offline copy', 'offline copies')} and ${plural(r.restored.settings, 'setting')} restored`,
    );
  }
  return `${r.file} (${FORMAT_LABELS[r.format]}): ${parts.join(', ')}.`;
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A File as importFile reads it: size first (refused when too big), bytes only then. */
function source(file: File): ImportSource {
  return {
    name: file.name,
    size: file.size,
    arrayBuffer: () =>
      typeof file.arrayBuffer === 'function'
        ? file.arrayBuffer()
        : new Promise<ArrayBuffer>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as ArrayBuffer);
            reader.onerror = () => reject(reader.error);
            reader.readAsArrayBuffer(file);
          }),
  };
}

export function ImportExport({ db: given }: { db?: LedeDB } = {}) {
  const db = given ?? getDb();
  const [running, setRunning] = useState<{ file: string; progress: ImportProgress } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [exportStatus, setExportStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  async function onFiles(e: React.ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again imports it again
    if (!files.length) return;
    const ctrl = new AbortController();
    abortRef.current = ctrl;
    setOutcomes([]);
    const results: Outcome[] = [];
    for (const file of files) {
      if (ctrl.signal.aborted) {
        results.push({ file: file.name, error: `${file.name}: import cancelled; nothing was changed.`, cancelled: true });
        continue;
      }
      setRunning({ file: file.name, progress: { phase: 'reading', fraction: 0 } });
      try {
        const report = await importFile(db, source(file), {
          signal: ctrl.signal,
          onProgress: (progress) => setRunning({ file: file.name, progress }),
        });
        results.push({ file: file.name, report });
      } catch (err) {
        const message = err instanceof ImportError ? err.message : `${file.name}: import failed (${(err as Error)?.message ?? String(err)}). Nothing was changed.`;
        results.push({ file: file.name, error: message, cancelled: ctrl.signal.aborted });
      }
      setOutcomes([...results]);
    }
    setRunning(null);
    abortRef.current = null;
  }

  async function runExport(kind: 'backup' | 'csv') {
    try {
      const name = kind === 'backup' ? backupFileName() : csvFileName();
      if (kind === 'backup') download(await exportBackupJson(db), 'application/json', name);
      else download(await exportCsv(db), 'text/csv;charset=utf-8', name);
      setExportStatus({ text: t('exported', { file: name }) });
    } catch (err) {
      setExportStatus({ text: t('exportFailed', { error: (err as Error)?.message ?? String(err) }), error: true });
    }
  }

  const pct = running ? Math.round(running.progress.fraction * 100) : 0;
  return (
    <div className="import-export">
      <div className="io-import">
        <label className="io-file">
          {t('importLabel')}
          <input type="file" onChange={(e) => void onFiles(e)} disabled={!!running} multiple />
        </label>
        <p className="muted">{t('importHelp')}</p>
        {running && (
          <div className="io-running">
            <div
              role="progressbar"
              aria-label={t('progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={pct}
              aria-valuetext={`${pct}%`}
              className="io-progress"
            >
              <div className="io-progress-fill" style={{ width: `${pct}%` }} />
            </div>
            <p className="muted" aria-live="polite">
              {t('importing', { file: running.file, pct })}
            </p>
            <button type="button" onClick={() => abortRef.current?.abort()}>
              {t('cancel')}
            </button>
          </div>
        )}
        {outcomes.length > 0 && (
          <ul className="io-reports" aria-label={t('reports')}>
            {outcomes.map((o, i) => (
              <li key={`${o.file}-${i}`}>
                {'report' in o ? <Report report={o.report} /> : <p role={o.cancelled ? 'status' : 'alert'} className={o.cancelled ? 'muted' : 'error'}>{o.error}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="io-export">
        <div className="io-buttons">
          <button type="button" onClick={() => void runExport('backup')}>
            {t('exportBackup')}
          </button>
          <button type="button" onClick={() => void runExport('csv')}>
            {t('exportCsv')}
          </button>
          {/* The digest download is the headlines feature's own component (lib/digest.ts). */}
          <DigestButtons db={db} copy={false} downloadLabel={t('exportDigest')} />
        </div>
        <p className="muted">{t('exportHelp')}</p>
        {exportStatus && (
          <p role={exportStatus.error ? 'alert' : 'status'} className={exportStatus.error ? 'error' : 'muted'}>
            {exportStatus.text}
          </p>
        )}
      </div>
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const listed = report.skipped.slice(0, MAX_LISTED);
  return (
    <div className="io-report" role="status">
      <p>{summarize(report)}</p>
      {listed.length > 0 && (
        <>
          <p className="muted">{t('skippedTitle')}</p>
          <ul className="io-skipped">
            {listed.map((s, i) => (
              <li key={i}>
                {where(s, report.unit)}: {s.reason}
              </li>
            ))}
            {report.skipped.length > listed.length && <li>{t('more', { n: report.skipped.length - listed.length })}</li>}
          </ul>
        </>
      )}
    </div>
  );
}
