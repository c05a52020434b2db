/**
 * PDF → the text every span indexes, with pdf.js (its legacy build, which runs on Node 20).
 * Pages are read one at a time and released, so a 300-page file holds only its text runs.
 * The character maps and standard font data bundled in pdfjs-dist are read from the
 * package folder (never from the network), so CJK fonts with predefined CMaps
 * (UniGB-UCS2-H, Adobe-GB1) extract. A file without a text layer is refused with one reason.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Decoded } from '../types.js';
import { assemble, markPageFurniture, pageLines, type PageLine, type TextRun } from './layout.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js is loaded on the first PDF: text batches never pay for it. */
let pdfjs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The package's data folders, as paths with a trailing slash (what pdf.js's Node reader wants). */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/', wasmUrl: join(root, 'wasm') + '/' };
}

/** A page has less text than this: a scan, or a map with a caption (a warning says so). */
const LITTLE_TEXT_PER_PAGE = 40;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/** The horizontal text items of one page as runs, y growing downwards. */
function pageRuns(items: readonly unknown[], top: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    const it = item as Partial<PdfTextItem>;
    if (typeof it.str !== 'string' || it.str === '' || !it.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
    // Rotated or vertical text (a diagonal watermark, a margin note) is read as page furniture.
    const rotated = Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    runs.push({ text: it.str, x: e, y: top - f, width: it.width ?? 0, size: size > 0 ? size : 1, ...(rotated ? { rule: 'furniture/page-rotated' } : {}) });
  }
  return runs;
}

/** Why pdf.js could not open the file, in the user's words. */
function openError(err: unknown): InputError {
  const name = (err as { name?: string })?.name;
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException') return new InputError('encrypted PDF: it needs a password to open');
  if (name === 'InvalidPDFException') return new InputError(`damaged PDF: ${message}`);
  return new InputError(`damaged PDF: ${message}`);
}

export async function readPdf(bytes: Uint8Array): Promise<Decoded> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...dataFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw openError(err);
    }
    const pages: PageLine[][] = [];
    const heights: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const [, y0 = 0, , y1 = 0] = page.view;
        const content = await page.getTextContent();
        pages.push(pageLines({ width: 0, height: y1 - y0, runs: pageRuns(content.items, y1) }));
        heights.push(y1 - y0);
        page.cleanup();
      } catch (err) {
        throw new InputError(`damaged PDF: page ${n} cannot be read (${(err as Error)?.message ?? String(err)})`);
      }
    }
    return decodedFromPages(pages, heights);
  } finally {
    await task.destroy();
  }
}

function decodedFromPages(pages: PageLine[][], heights: number[]): Decoded {
  markPageFurniture(pages, heights);
  const layout = assemble(pages);
  const total = layout.pageChars.reduce((s, n) => s + n, 0);
  if (total === 0) throw new InputError(pages.length === 0 ? 'damaged PDF: it has no pages' : 'no text layer: a scanned PDF needs OCR first');
  const warnings: string[] = [];
  const empty = layout.pageChars.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  if (empty.length > 0) warnings.push(`no text on page${empty.length === 1 ? '' : 's'} ${listPages(empty)}: blank, or images only (a scan needs OCR first)`);
  else if (total < LITTLE_TEXT_PER_PAGE * pages.length) {
    warnings.push(`little text: ${total} characters on ${pages.length} page${pages.length === 1 ? '' : 's'}; the rest is images (a map or a scan), which is not read`);
  }
  return { text: layout.text, encoding: 'unicode', format: 'pdf', htmlTables: layout.tables, furniture: layout.furniture, htmlTitle: null, pages: pages.length, pageMarks: layout.pageMarks, warnings };
}

/** 1-3, 5 */
export function listPages(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j;
  }
  return out.join(', ');
}
