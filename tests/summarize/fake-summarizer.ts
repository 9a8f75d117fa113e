/**
 * A fake of Chrome's `Summarizer` global for tests: configurable availability, quota, outputs and
 * failures; records what was created and summarized; simulates a model download with progress.
 */
import type { Availability, SummarizerCreateOptions, SummarizerInstance } from '../../lib/summarize/chrome';

export interface FakeOptions {
  availability: Availability | 'throw';
  /** Tokens per input; measured as words when `measure` is true. */
  inputQuota?: number;
  /** Provide measureInputUsage (default true). */
  measure?: boolean;
  createThrows?: boolean;
  summarizeThrows?: boolean;
  /** Never resolve summarize() (to test timeouts). */
  hang?: boolean;
  /** Progress fractions dispatched during a download. */
  progress?: number[];
  output?: { tldr?: string; keyPoints?: string };
}

export interface FakeSummarizer {
  availability(o?: SummarizerCreateOptions): Promise<Availability>;
  create(o?: SummarizerCreateOptions): Promise<SummarizerInstance>;
  created: SummarizerCreateOptions[];
  inputs: { type: string; text: string; tokens: number }[];
  state: Availability | 'throw';
}

export const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function fakeSummarizer(o: FakeOptions): FakeSummarizer {
  const f: FakeSummarizer = {
    state: o.availability,
    created: [],
    inputs: [],
    async availability() {
      if (f.state === 'throw') throw new Error('boom');
      return f.state;
    },
    async create(opts: SummarizerCreateOptions = {}) {
      f.created.push(opts);
      if (o.createThrows) throw new DOMException('not allowed', 'NotAllowedError');
      if (f.state === 'unavailable' || f.state === 'throw') throw new DOMException('unavailable', 'NotSupportedError');
      if (f.state === 'downloadable' || f.state === 'downloading') {
        const target = new EventTarget();
        opts.monitor?.(target as never);
        for (const p of o.progress ?? [0, 0.5, 1]) {
          const e = new Event('downloadprogress') as Event & { loaded: number };
          e.loaded = p;
          target.dispatchEvent(e);
        }
        f.state = 'available';
      }
      const type = opts.type ?? 'key-points';
      const quota = o.inputQuota ?? 1000;
      const inst: SummarizerInstance = {
        inputQuota: quota,
        async summarize(text: string) {
          if (o.summarizeThrows) throw new Error('model crashed');
          if (o.hang) return new Promise<string>(() => {});
          const tokens = words(text);
          f.inputs.push({ type, text, tokens });
          if (tokens > quota) throw new DOMException('too long', 'QuotaExceededError');
          return type === 'tldr'
            ? (o.output?.tldr ?? 'The lab released an open model that runs on a laptop.')
            : (o.output?.keyPoints ?? '* The lab released an open model.\n* It runs on a laptop.\n* Its weights allow commercial use.');
        },
        destroy() {},
      };
      if (o.measure !== false) inst.measureInputUsage = async (text: string) => words(text);
      return inst;
    },
  };
  return f;
}
