/**
 * Which export a file is, from its content only (the name is often wrong: "export.txt",
 * "download (3)"): zip magic bytes, JSON shape, the Netscape doctype, Pocket's HTML headings,
 * CSV header names.
 */
import { isBackup } from './backup';
import { csvHeader, stripBom } from './csv';
import { isInstapaperHeader } from './instapaper';
import { isNetscape } from './netscape';
import { isOmnivoreMetadata, isOmnivoreZip } from './omnivore';
import { isPocketCsvHeader } from './pocket-csv';
import { isPocketHtml } from './pocket-html';
import { isReadwiseHeader } from './readwise';
import { ImportError, type ImportFormat } from './types';
import { isZip, openZip, type ZipReader } from './zip';

export type Detected =
  | { format: 'pocket-zip' | 'omnivore'; zip: ZipReader }
  | { format: 'lede-backup'; json: Record<string, unknown> }
  | { format: 'omnivore'; records: unknown[] }
  | { format: Exclude<ImportFormat, 'pocket-zip' | 'lede-backup'>; text: string };

const KNOWN =
  'Lede reads Pocket exports (CSV, zip of CSVs, or ril_export.html), Instapaper CSV, browser bookmarks (HTML), Omnivore exports (zip), Readwise Reader CSV and Lede backups (JSON).';

export function unknownFormat(file: string, what: string): ImportError {
  return new ImportError(file, `${what}, not a format Lede can import. ${KNOWN} Nothing was imported.`);
}

/** Decodes text (UTF-8, or UTF-16 with a BOM); null when the bytes look binary. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return null;
  const text = new TextDecoder('utf-8').decode(bytes);
  const sample = text.slice(0, 8192);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
  if (bad > 8 && bad > sample.length / 100) return null;
  return stripBom(text);
}

export function detect(bytes: Uint8Array, file: string): Detected {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty. Nothing was imported.');
  if (isZip(bytes)) {
    const zip = openZip(bytes, file);
    if (isOmnivoreZip(zip)) return { format: 'omnivore', zip };
    if (zip.names.some((n) => /\.csv$/i.test(n))) return { format: 'pocket-zip', zip };
    throw unknownFormat(file, `a zip file holding ${zip.names.length ? zip.names.slice(0, 5).join(', ') : 'nothing'}`);
  }
  const text = decodeText(bytes);
  if (text === null) throw unknownFormat(file, 'binary data');
  const trimmed = text.trimStart();
  if (!trimmed) throw new ImportError(file, 'the file is empty (only blank lines). Nothing was imported.');

  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new ImportError(file, 'the file starts like JSON but is not valid JSON (cut short or damaged?). Nothing was imported.');
    }
    if (isBackup(json)) return { format: 'lede-backup', json };
    if (isOmnivoreMetadata(json)) return { format: 'omnivore', records: json };
    throw unknownFormat(file, 'JSON that is neither a Lede backup nor Omnivore metadata');
  }
  if (trimmed.startsWith('<')) {
    if (isNetscape(trimmed)) return { format: 'netscape', text };
    if (isPocketHtml(trimmed)) return { format: 'pocket-html', text };
    throw unknownFormat(file, 'an HTML or XML file that is neither a bookmarks file nor a Pocket export');
  }
  const header = csvHeader(text);
  if (header.length >= 2) {
    if (isReadwiseHeader(header)) return { format: 'readwise', text };
    if (isInstapaperHeader(header)) return { format: 'instapaper', text };
    if (isPocketCsvHeader(header)) return { format: 'pocket-csv', text };
    throw unknownFormat(file, `a CSV file whose columns (${header.slice(0, 8).join(', ')}) match no known export (a Pocket CSV has title, url, time_added, tags, status)`);
  }
  throw unknownFormat(file, 'text that is not CSV, HTML or JSON');
}
