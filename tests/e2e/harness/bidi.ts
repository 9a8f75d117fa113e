import WebSocket from 'ws';

/** A minimal WebDriver BiDi client (one WebSocket, JSON commands, events). */
export class BidiClient {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  private listeners = new Map<string, Set<(params: any) => void>>();
  private closed = false;

  private constructor(
    private ws: WebSocket,
    private debug: boolean,
  ) {
    ws.on('message', (data) => this.onMessage(String(data)));
    ws.on('close', () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
    ws.on('error', () => {});
  }

  /** Connect, retrying until `timeoutMs` (the browser may still be starting). */
  static async connect(url: string, { timeoutMs = 30_000, debug = false } = {}): Promise<BidiClient> {
    const deadline = Date.now() + timeoutMs;
    let lastErr: unknown;
    while (Date.now() < deadline) {
      try {
        const ws = await new Promise<WebSocket>((resolve, reject) => {
          const sock = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 5_000 });
          sock.once('open', () => resolve(sock));
          sock.once('error', (e) => reject(e));
        });
        return new BidiClient(ws, debug);
      } catch (e) {
        lastErr = e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`Could not connect to WebDriver BiDi at ${url}: ${String(lastErr)}`);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send<T = any>(method: string, params: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`BiDi connection closed (${method})`));
    const id = this.nextId++;
    const msg = JSON.stringify({ id, method, params });
    if (this.debug) console.log('[bidi >]', msg.slice(0, 500));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.ws.send(msg, (err) => {
        if (err) {
          this.pending.delete(id);
          clearTimeout(timer);
          reject(err);
        }
      });
    });
  }

  on(event: string, fn: (params: any) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }

  close(): void {
    this.closed = true;
    try {
      this.ws.terminate();
    } catch {
      /* ignore */
    }
  }

  private onMessage(text: string): void {
    if (this.debug) console.log('[bidi <]', text.slice(0, 500));
    let msg: any;
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof msg.id === 'number' && this.pending.has(msg.id)) {
      const p = this.pending.get(msg.id)!;
      this.pending.delete(msg.id);
      if (msg.type === 'error' || msg.error) {
        p.reject(new Error(`BiDi ${p.method} failed: ${msg.error}: ${msg.message ?? ''}`));
      } else {
        p.resolve(msg.result);
      }
      return;
    }
    if (msg.type === 'event' && typeof msg.method === 'string') {
      for (const fn of this.listeners.get(msg.method) ?? []) {
        try {
          fn(msg.params);
        } catch {
          /* ignore listener errors */
        }
      }
    }
  }
}
