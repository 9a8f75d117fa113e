/** Shared shapes of import and export: what every format parser returns and what a report says. */
import type { ReadStatus } from '../db/schema';

/** Every format Lede recognizes from a file's content. */
export type ImportFormat =
  | 'pocket-csv'
  | 'pocket-zip'
  | 'pocket-html'
  | 'instapaper'
  | 'netscape'
  | 'omnivore'
  | 'readwise'
  | 'lede-backup';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'pocket-csv': 'Pocket CSV',
  'pocket-zip': 'Pocket export (zip of CSV files)',
  'pocket-html': 'Pocket HTML export',
  instapaper: 'Instapaper CSV',
  netscape: 'bookmarks HTML',
  omnivore: 'Omnivore export',
  readwise: 'Readwise Reader CSV',
  'lede-backup': 'Lede backup',
};

/** One saved link read from another tool's export, before it becomes an ArticleRow. */
export interface ImportedItem {
  /** An http(s) URL (already checked with safeHttpUrl). */
  url: string;
  title: string;
  /** Epoch ms, or null when the file gives no date (the import time is used then). */
  savedAt: number | null;
  status: ReadStatus;
  archived: boolean;
  tags: string[];
  /** Reading progress 0..1. */
  progress?: number;
  readAt?: number | null;
  /** Sanitized HTML and its plain text (Omnivore content). */
  offline?: { html: string; text: string };
  /** Where the item was in the file, for messages. */
  line: number;
  /** The file inside a zip it came from. */
  part?: string;
}

/** A row (or item) left out of an import, and why. */
export interface SkippedRow {
  /** 1-based line of the file (CSV, HTML) or item number (JSON). */
  line: number;
  reason: string;
  /** The file inside a zip, when the import was a zip. */
  part?: string;
}

export interface ImportReport {
  /** The file name as the reader chose it. */
  file: string;
  format: ImportFormat;
  /** New articles added. */
  imported: number;
  /** Items folded into an article already saved or into an earlier row of the same file. */
  merged: number;
  skipped: SkippedRow[];
  /** Whether skipped[].line counts lines ('line') or items of a JSON array ('item'). */
  unit: 'line' | 'item';
  /** Lede backups also restore these. */
  restored?: { briefs: number; headlines: number; settings: number; offline: number };
}

/** What a format parser returns: the items it understood and the rows it left out. */
export interface ParseResult {
  items: ImportedItem[];
  skipped: SkippedRow[];
}

/** An import that cannot go ahead; `message` names the file and says why. Nothing was changed. */
export class ImportError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
  }
}

/** Progress of a long import, for a progress bar. */
export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'saving';
  /** 0..1 over the whole import. */
  fraction: number;
}

/** Options every parser gets: where to report progress and how to hear a cancel. */
export interface ParseContext {
  file: string;
  signal?: AbortSignal;
  /** 0..1 within the parsing phase. */
  onProgress?: (fraction: number) => void;
}
