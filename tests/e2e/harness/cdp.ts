import WebSocket from 'ws';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './common';

/** One network request seen by the DevTools side channel (see `BackgroundConsole.requests`). */
export interface RecordedRequest {
  url: string;
  method: string;
  /** CDP resource type: Document, Script, Fetch, XHR, Image, Other… */
  resourceType: string;
  /** Which target made it: 'service_worker', 'page', … */
  targetType: string;
  /** The target's URL when the request was seen. */
  targetUrl: string;
  /** The document the request belongs to (CDP `documentURL`). */
  documentUrl: string;
  /** Script URLs on the initiator's stack (where a script started it). */
  initiatorUrls: string[];
  /** Why it counts as the extension's: 'extension-target' | 'extension-document' | 'extension-script'. */
  context: 'extension-target' | 'extension-document' | 'extension-script';
  /** Epoch ms when recorded. */
  at: number;
}

function stackUrls(initiator: any): string[] {
  const out = new Set<string>();
  if (initiator?.url) out.add(String(initiator.url));
  for (let st = initiator?.stack; st; st = st.parent) {
    for (const f of st.callFrames ?? []) if (f.url) out.add(String(f.url));
  }
  return [...out];
}

/**
 * A side channel to Chromium's DevTools protocol (the browser runs with --remote-debugging-port=0
 * next to Playwright's pipe), used
 * - to read the extension's background console: attaching to a service worker replays what it
 *   logged before we attached, which Playwright's Worker events miss;
 * - to record every network request made by the extension: its service worker (and any other
 *   worker of its origin), its pages (chrome-extension:// documents in tabs), and its scripts
 *   running inside web pages (content scripts, injected scripts: requests whose initiator stack
 *   holds an extension URL). Page targets are attached as soon as they are created (about:blank),
 *   before they navigate, so a page's first requests are seen too.
 */
export class BackgroundConsole {
  private ws?: WebSocket;
  private nextId = 1;
  private pending = new Map<number, (m: any) => void>();
  private attached = new Set<string>();
  /** sessionId → the target it belongs to (type and current URL). */
  private sessions = new Map<string, { targetId: string; type: string; url: string }>();
  /** How many targets had Network enabled (a recorder that watched nothing proves nothing). */
  watchedTargets = 0;

  constructor(
    private origin: () => string,
    private push: (line: string) => void,
    /** Every request from an extension context (shared across browser restarts by the session). */
    readonly requests: RecordedRequest[] = [],
  ) {}

  async connect(profileDir: string, timeoutMs = 10_000): Promise<void> {
    const file = path.join(profileDir, 'DevToolsActivePort');
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file) || readFileSync(file, 'utf8').trim().split('\n').length < 2) {
      if (Date.now() > deadline) throw new Error('[chromium] no DevToolsActivePort file');
      await sleep(50);
    }
    const [port, wsPath] = readFileSync(file, 'utf8').trim().split('\n');
    const ws = new WebSocket(`ws://127.0.0.1:${port}${wsPath}`, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.on('error', () => {});
    ws.on('message', (d) => this.onMessage(String(d)));
    this.ws = ws;
    await this.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await this.send('Target.getTargets');
    for (const t of targetInfos ?? []) void this.maybeAttach(t);
  }

  close(): void {
    try {
      this.ws?.terminate();
    } catch {
      /* ignore */
    }
    this.ws = undefined;
    this.attached.clear();
    for (const p of this.pending.values()) p({});
    this.pending.clear();
  }

  /** A raw DevTools call on the browser connection (or on an attached target's session). */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<any> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve({});
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (m) => resolve(m.result ?? {}));
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }

  /** The extension's service worker target, if one is running. */
  async serviceWorkerTargets(): Promise<any[]> {
    const origin = this.origin();
    const { targetInfos } = await this.send('Target.getTargets');
    return (targetInfos ?? []).filter((t: any) => t.type === 'service_worker' && String(t.url ?? '').startsWith(origin + '/'));
  }

  /**
   * Stop the extension's service worker the way Chrome does when it idles out: through the
   * ServiceWorker domain of a page session (`ServiceWorker.stopAllWorkers`), falling back to
   * closing the worker's target. Resolves once no worker target of the extension is left.
   */
  async stopServiceWorker(timeoutMs = 10_000): Promise<{ method: string; stopped: boolean }> {
    const { targetInfos } = await this.send('Target.getTargets');
    const page = (targetInfos ?? []).find((t: any) => t.type === 'page');
    let method = 'none';
    if (page) {
      const { sessionId } = await this.send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
      if (sessionId) {
        await this.send('ServiceWorker.enable', {}, sessionId);
        await this.send('ServiceWorker.stopAllWorkers', {}, sessionId);
        method = 'ServiceWorker.stopAllWorkers';
        await this.send('ServiceWorker.disable', {}, sessionId);
        await this.send('Target.detachFromTarget', { sessionId });
      }
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.serviceWorkerTargets()).length === 0) return { method, stopped: true };
      if (Date.now() > deadline - timeoutMs / 2) {
        for (const t of await this.serviceWorkerTargets()) await this.send('Target.closeTarget', { targetId: t.targetId });
        method = `${method} + Target.closeTarget`;
      }
      await sleep(100);
    }
    return { method, stopped: (await this.serviceWorkerTargets()).length === 0 };
  }

  private async maybeAttach(t: any): Promise<void> {
    if (!t || t.type === 'browser' || t.type === 'tab' || t.type === 'iframe') return;
    const origin = this.origin();
    const isPage = t.type === 'page';
    // pages: all of them (a tab is about:blank before it navigates to an extension page; web pages
    // host content scripts); other targets (workers): only the extension's own
    if (!isPage && (!origin || !String(t.url ?? '').startsWith(origin + '/'))) return;
    if (this.attached.has(t.targetId)) return;
    this.attached.add(t.targetId);
    const { sessionId } = await this.send('Target.attachToTarget', { targetId: t.targetId, flatten: true });
    if (!sessionId) return;
    this.sessions.set(sessionId, { targetId: t.targetId, type: String(t.type), url: String(t.url ?? '') });
    const net = await this.send('Network.enable', {}, sessionId);
    if (net && !('error' in net)) this.watchedTargets++;
    if (!isPage) {
      // page consoles come through Playwright; workers' (with replay) through here
      await this.send('Runtime.enable', {}, sessionId);
      await this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
    }
  }

  private onRequest(sessionId: string | undefined, p: any): void {
    const origin = this.origin();
    const target = sessionId ? this.sessions.get(sessionId) : undefined;
    if (!target || !origin || !p?.request) return;
    const url = String(p.request.url ?? '');
    const documentUrl = String(p.documentURL ?? '');
    const initiatorUrls = stackUrls(p.initiator);
    const ours = (u: string) => u.startsWith(origin + '/');
    let context: RecordedRequest['context'] | null = null;
    if (target.type !== 'page' && ours(target.url)) context = 'extension-target';
    else if (ours(documentUrl) || (ours(target.url) && !documentUrl)) context = 'extension-document';
    else if (initiatorUrls.some(ours)) context = 'extension-script';
    if (!context) return; // a web page's own request
    this.requests.push({
      url,
      method: String(p.request.method ?? ''),
      resourceType: String(p.type ?? ''),
      targetType: target.type,
      targetUrl: target.url,
      documentUrl,
      initiatorUrls,
      context,
      at: Date.now(),
    });
  }

  private onMessage(text: string): void {
    let m: any;
    try {
      m = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof m.id === 'number') {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.(m.error ? { result: { error: m.error } } : m);
      return;
    }
    switch (m.method) {
      case 'Network.requestWillBeSent':
        this.onRequest(m.sessionId, m.params);
        break;
      case 'Target.targetCreated':
      case 'Target.targetInfoChanged': {
        const info = m.params?.targetInfo;
        for (const s of this.sessions.values()) if (info && s.targetId === info.targetId) s.url = String(info.url ?? s.url);
        void this.maybeAttach(info);
        break;
      }
      case 'Target.detachedFromTarget':
        this.sessions.delete(m.params?.sessionId);
        break;
      case 'Target.targetDestroyed':
        this.attached.delete(m.params?.targetId);
        for (const [id, s] of this.sessions) if (s.targetId === m.params?.targetId) this.sessions.delete(id);
        break;
      case 'Runtime.consoleAPICalled':
        if (m.params?.type === 'error' || m.params?.type === 'assert') {
          const args = (m.params.args ?? []).map((a: any) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type)));
          const frame = m.params.stackTrace?.callFrames?.[0];
          this.push(`[background] ${args.join(' ')}${frame ? ` (${frame.url}:${frame.lineNumber + 1})` : ''}`);
        }
        break;
      case 'Runtime.exceptionThrown': {
        const d = m.params?.exceptionDetails ?? {};
        this.push(`[background] ${d.exception?.description ?? d.text ?? 'exception'}${d.url ? ` (${d.url}:${(d.lineNumber ?? 0) + 1})` : ''}`);
        break;
      }
    }
  }
}
