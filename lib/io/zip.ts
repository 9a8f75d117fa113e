/** Reading zip exports (Pocket parts, Omnivore) with fflate, one entry at a time. */
import { unzipSync } from 'fflate';
import { ImportError } from './types';

/** Uncompressed bytes a zip may expand to (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export interface ZipReader {
  /** Entry names (files only), in the zip's order. */
  names: string[];
  read(name: string): Uint8Array;
  readText(name: string): string;
}

const damaged = (file: string) =>
  new ImportError(file, 'the zip file is damaged or incomplete (was the download cut short?). Nothing was imported.');

export function openZip(bytes: Uint8Array, file: string): ZipReader {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (!f.name.endsWith('/')) names.push(f.name);
        total += f.originalSize;
        return false;
      },
    });
  } catch {
    throw damaged(file);
  }
  if (total > MAX_UNZIPPED_BYTES) throw new ImportError(file, 'the zip expands to more than 1 GB; it is not an export Lede can read.');
  const decoder = new TextDecoder('utf-8');
  const read = (name: string): Uint8Array => {
    try {
      const out = unzipSync(bytes, { filter: (f) => f.name === name });
      const data = out[name];
      if (!data) throw new Error('missing');
      return data;
    } catch {
      throw damaged(file);
    }
  };
  return { names, read, readText: (name) => decoder.decode(read(name)) };
}
