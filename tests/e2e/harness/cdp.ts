import WebSocket from 'ws';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './common';

/**
 * A side channel to Chromium's DevTools protocol (the browser runs with --remote-debugging-port=0
 * next to Playwright's pipe), used to read the extension's background console: attaching to a
 * service worker replays what it logged before we attached, which Playwright's Worker events miss.
 */
export class BackgroundConsole {
  private ws?: WebSocket;
  private nextId = 1;
  private pending = new Map<number, (m: any) => void>();
  private attached = new Set<string>();

  constructor(
    private origin: () => string,
    private push: (line: string) => void,
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

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<any> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve({});
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (m) => resolve(m.result ?? {}));
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }

  private async maybeAttach(t: any): Promise<void> {
    if (!t || t.type === 'page' || t.type === 'browser' || t.type === 'tab' || t.type === 'iframe') return;
    const origin = this.origin();
    if (!origin || !String(t.url ?? '').startsWith(origin + '/')) return;
    if (this.attached.has(t.targetId)) return;
    this.attached.add(t.targetId);
    const { sessionId } = await this.send('Target.attachToTarget', { targetId: t.targetId, flatten: true });
    if (!sessionId) return;
    await this.send('Runtime.enable', {}, sessionId);
    await this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
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
      p?.(m);
      return;
    }
    switch (m.method) {
      case 'Target.targetCreated':
      case 'Target.targetInfoChanged':
        void this.maybeAttach(m.params?.targetInfo);
        break;
      case 'Target.targetDestroyed':
        this.attached.delete(m.params?.targetId);
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
