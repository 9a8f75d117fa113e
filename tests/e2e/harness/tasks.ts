/**
 * Chromium only: the page's main-thread tasks that ran the extension's scripts, from a DevTools
 * trace. A heartbeat in the page sees every pause (layout of a 10 MB page included) and cannot
 * tell whose it was; the trace can: a task counts as the extension's when any script it ran
 * (compile, evaluate, call) came from the extension's origin.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page } from './types';

export interface ExtensionTask {
  /** Task duration on the renderer's main thread (wall clock), ms. */
  ms: number;
  /** The thread's CPU time in it, ms: what the task costs without other processes competing for the CPU. */
  cpuMs: number;
  /** The extension's script files run in it, e.g. ['analyze.js']. */
  scripts: string[];
}

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8';
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: any;
}

/** Start tracing a Chromium page (before it navigates); `stop()` returns the extension's tasks, longest first. */
export async function traceExtensionTasks(page: Page, extensionOrigin: string, pageOrigin: string): Promise<{ stop(): Promise<ExtensionTask[]> }> {
  const pw = (page as unknown as { pw?: PwPage }).pw;
  if (page.browser !== 'chromium' || !pw) throw new Error('traceExtensionTasks: Chromium pages only');
  const cdp: CDPSession = await pw.context().newCDPSession(pw);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return extensionTasks(events, extensionOrigin, pageOrigin);
    },
  };
}

function scriptUrl(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  return String(d.url ?? d.scriptName ?? e.args?.fileName ?? '');
}

/**
 * The top-level tasks that ran any script of `origin` on the main thread of the page from
 * `pageOrigin` (the thread that parsed its HTML): not the side panel's or popup's, which run in
 * the extension's own process.
 */
export function extensionTasks(events: TraceEvent[], origin: string, pageOrigin: string): ExtensionTask[] {
  const pageThreads = new Set(
    events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageOrigin)).map((e) => `${e.pid}:${e.tid}`),
  );
  const threads = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!pageThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    let list = threads.get(key);
    if (!list) threads.set(key, (list = []));
    list.push(e);
  }
  const out: ExtensionTask[] = [];
  for (const list of threads.values()) {
    const tasks = list.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
    const scripts = list.filter((e) => SCRIPT_EVENTS.has(e.name) && scriptUrl(e).startsWith(origin));
    if (!tasks.length || !scripts.length) continue;
    // Nested RunTasks (a task inside a task) count once, as the outer one.
    let end = -1;
    for (const t of tasks) {
      if (t.ts < end) continue;
      end = t.ts + t.dur!;
      const inside = scripts.filter((s) => s.ts >= t.ts && s.ts + s.dur! <= end);
      if (inside.length) out.push({ ms: t.dur! / 1000, cpuMs: (t.tdur ?? t.dur!) / 1000, scripts: [...new Set(inside.map((s) => scriptUrl(s).split('/').pop()!))].sort() });
    }
  }
  return out.sort((a, b) => b.ms - a.ms);
}
