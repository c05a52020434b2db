/** Ingest stage: bytes (or a string) → decoded text, with HTML turned into visible text. */
import type { Decoded, EncodingOption } from '../types.js';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { detectPackage } from './detect.js';
import { htmlToText, looksLikeHtml } from './html.js';

export interface IngestOptions {
  encoding?: EncodingOption;
  /** `auto` decides by file name, then by content. */
  format?: 'auto' | 'text' | 'html';
  /** Used only for its extension. */
  path?: string | null;
}

const HTML_EXT = /\.(x?html?|shtml|jsp|aspx?|php)$/i;

/** Text and HTML. A PDF, DOCX or OFD file needs `ingestAny` (their readers are asynchronous). */
export function ingest(input: Uint8Array | string, opts: IngestOptions = {}): Decoded {
  if (typeof input !== 'string' && (opts.format ?? 'auto') === 'auto') {
    const pkg = detectPackage(input, opts.path);
    if (pkg) throw new InputError(`a ${pkg.toUpperCase()} file: read it with the asynchronous extract(), not extractDocument()`);
  }
  return ingestText(input, opts);
}

/** Every format: PDF, DOCX and OFD by content, then text and HTML. */
export async function ingestAny(input: Uint8Array | string, opts: IngestOptions = {}): Promise<Decoded> {
  if (typeof input === 'string' || (opts.format ?? 'auto') !== 'auto') return ingestText(input, opts);
  switch (detectPackage(input, opts.path)) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(input);
    case 'docx':
      return (await import('./docx.js')).readDocx(input);
    case 'ofd':
      return (await import('./ofd.js')).readOfd(input);
    default:
      return ingestText(input, opts);
  }
}

function ingestText(input: Uint8Array | string, opts: IngestOptions): Decoded {
  const byName = opts.path ? HTML_EXT.test(opts.path) : false;
  const formatHint = opts.format ?? 'auto';
  let raw: string;
  let encoding: Decoded['encoding'];
  let warnings: string[];
  if (typeof input === 'string') {
    raw = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    encoding = 'utf-8';
    warnings = [];
    if (raw.trim() === '') {
      throw new InputError(raw === '' ? 'empty file' : 'no text (the file holds only whitespace)');
    }
  } else {
    // Tags are ASCII, so a page can be recognised before decoding and its <meta charset> honoured.
    const sniffed = formatHint === 'auto' && !byName && looksLikeHtml(Buffer.from(input.subarray(0, 65536)).toString('latin1'));
    ({ text: raw, encoding, warnings } = decodeBytes(input, opts.encoding ?? 'auto', formatHint === 'html' || byName || sniffed));
  }
  const isHtml = formatHint === 'html' || (formatHint === 'auto' && (byName || looksLikeHtml(raw)));
  if (!isHtml) return { text: raw, encoding, format: 'text', htmlTables: [], furniture: [], htmlTitle: null, warnings };
  const { text, tables, title, furniture } = htmlToText(raw);
  if (text.trim() === '') throw new InputError('no visible text in the HTML page');
  return { text, encoding, format: 'html', htmlTables: tables, furniture, htmlTitle: title, warnings };
}
