/**
 * ZIP packages (DOCX and OFD are both ZIP archives of XML parts), read with fflate. Only the
 * parts a reader asks for are inflated, each within a size limit, so a crafted archive
 * (a "zip bomb") cannot exhaust memory.
 */
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';

/** The largest part we inflate: far above any real document.xml or Content.xml. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The names of an archive's entries (nothing is inflated); null when it cannot be read. */
export function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * The entries whose names `want` accepts, inflated. `label` names the format in errors
 * ("damaged DOCX: …").
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, label: string): Map<string, Uint8Array> {
  let tooLarge: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!want(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) {
          tooLarge = f.name;
          return false;
        }
        return true;
      },
    });
  } catch (err) {
    throw new InputError(`damaged ${label}: the ZIP archive cannot be read (${(err as Error).message})`);
  }
  if (tooLarge) throw new InputError(`${label} part ${tooLarge} is larger than ${MAX_PART_BYTES / 1024 / 1024} MB; not read`);
  return new Map(Object.entries(files));
}

/** Resolve a package path: absolute from the root ("/Doc_0/Document.xml"), else relative to `base`'s folder. */
export function resolvePath(base: string, ref: string): string {
  const clean = ref.replace(/\\/g, '/');
  const parts = clean.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const p of clean.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}
