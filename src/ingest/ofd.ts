/**
 * OFD (GB/T 33190, the format of electronic official documents) → the text every span
 * indexes. An OFD file is a ZIP package: OFD.xml names the document root (Document.xml),
 * which lists the pages; each page's Content.xml draws TextObject elements whose TextCode
 * runs carry their positions (the object's Boundary, then X/Y and per-character DeltaX, in
 * millimetres). The runs go through the same line builder as PDF. Text of the page
 * templates (Tpls), of annotations (Annots) and the names of electronic seals (Signs) are
 * furniture: in the text, outside the structure.
 */
import { InputError } from '../errors.js';
import type { Decoded } from '../types.js';
import { assemble, markPageFurniture, pageLines, type PageLine, type TextRun } from './layout.js';
import { listPages } from './pdf.js';
import { child, childrenNamed, descendants, parseXml, xmlText, type XmlElement } from './xml.js';
import { readZip, resolvePath } from './zip.js';

type Box = [number, number, number, number];

/** The package's parts, looked up by path (case-insensitively, as some producers vary the case). */
class Package {
  private readonly lower = new Map<string, string>();
  constructor(private readonly files: Map<string, Uint8Array>) {
    for (const name of files.keys()) this.lower.set(name.toLowerCase(), name);
  }
  bytes(path: string): Uint8Array | undefined {
    return this.files.get(path) ?? this.files.get(this.lower.get(path.toLowerCase()) ?? '');
  }
  xml(path: string): XmlElement | null {
    const b = this.bytes(path);
    return b ? parseXml(xmlText(b)) : null;
  }
}

function numbers(s: string | undefined): number[] {
  return (s ?? '').trim().split(/[\s,]+/).filter((t) => t !== '').map(Number);
}

function box(s: string | undefined): Box | null {
  const n = numbers(s);
  return n.length === 4 && n.every(Number.isFinite) ? [n[0]!, n[1]!, n[2]!, n[3]!] : null;
}

/** DeltaX / DeltaY: plain numbers, with `g N v` standing for N copies of v (GB/T 33190 §11.3). */
export function deltas(s: string | undefined): number[] {
  const tokens = (s ?? '').trim().split(/\s+/).filter((t) => t !== '');
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g' && i + 2 < tokens.length) {
      const count = Math.min(Number(tokens[i + 1]), 100000);
      const v = Number(tokens[i + 2]);
      for (let k = 0; k < count; k++) out.push(v);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out.map((v) => (Number.isFinite(v) ? v : 0));
}

/** The runs of one TextObject, in page coordinates (mm, y down); split where a character gap is wide. */
function textObjectRuns(obj: XmlElement, origin: [number, number], rule: string | undefined): TextRun[] {
  const b = box(obj.attrs.Boundary);
  if (!b) return [];
  const ctm = numbers(obj.attrs.CTM);
  const [ca, cb, cc, cd, ce, cf] = ctm.length === 6 ? ctm : [1, 0, 0, 1, 0, 0];
  const size = (Number(obj.attrs.Size) || 3.5) * (Math.abs(cd!) || 1);
  const runs: TextRun[] = [];
  let penX = 0;
  let penY = 0;
  for (const code of childrenNamed(obj, 'TextCode')) {
    if (code.attrs.X !== undefined) penX = Number(code.attrs.X) || 0;
    if (code.attrs.Y !== undefined) penY = Number(code.attrs.Y) || 0;
    const chars = Array.from(code.text);
    const dx = deltas(code.attrs.DeltaX);
    let text = '';
    let startX = penX;
    let x = penX;
    const flush = (endX: number): void => {
      if (text.trim() === '') return;
      const left = origin[0] + b[0] + ca! * startX + cc! * penY + ce!;
      const right = origin[0] + b[0] + ca! * endX + cc! * penY + ce!;
      runs.push({ text, x: left, y: origin[1] + b[1] + cb! * startX + cd! * penY + cf!, width: right - left, size, ...(rule ? { rule } : {}) });
    };
    chars.forEach((ch, i) => {
      text += ch;
      const advance = dx[i] ?? size;
      if (i < chars.length - 1 && advance > 1.8 * size) {
        flush(x + size);
        text = '';
        startX = x + advance;
      }
      x += advance;
    });
    flush(x);
    penX = x;
  }
  return runs;
}

/** Text runs of a content tree (Layers, nested PageBlocks), with the given furniture rule. */
function contentRuns(content: XmlElement | undefined, origin: [number, number], rule: string | undefined): TextRun[] {
  if (!content) return [];
  return descendants(content, 'TextObject').flatMap((o) => textObjectRuns(o, origin, rule));
}

interface OfdDoc {
  pkg: Package;
  docPath: string;
  document: XmlElement;
}

function openDocument(bytes: Uint8Array): OfdDoc {
  // Fonts and images are never inflated: only the XML parts and seal files are read.
  const pkg = new Package(readZip(bytes, (n) => /\.(xml|esl)$/i.test(n), 'OFD'));
  const root = pkg.xml('OFD.xml');
  const body = child(root, 'DocBody');
  const docRoot = child(body, 'DocRoot')?.text.trim();
  if (!root || !docRoot) throw new InputError('damaged OFD: OFD.xml names no document (DocBody/DocRoot)');
  const docPath = resolvePath('OFD.xml', docRoot);
  const document = pkg.xml(docPath);
  if (!document) throw new InputError(`damaged OFD: the document ${docPath} is missing`);
  return { pkg, docPath, document };
}

/** The runs of every page, the page heights, and the page ids (annotations and seals refer to them). */
function readPages(d: OfdDoc): { pages: TextRun[][]; heights: number[]; ids: string[] } {
  const common = child(d.document, 'CommonData');
  const defaultBox = box(child(child(common, 'PageArea'), 'PhysicalBox')?.text) ?? [0, 0, 210, 297];
  const templates = new Map<string, string>();
  for (const t of childrenNamed(common, 'TemplatePage')) if (t.attrs.ID && t.attrs.BaseLoc) templates.set(t.attrs.ID, resolvePath(d.docPath, t.attrs.BaseLoc));
  const pages: TextRun[][] = [];
  const heights: number[] = [];
  const ids: string[] = [];
  for (const p of childrenNamed(child(d.document, 'Pages'), 'Page')) {
    const path = resolvePath(d.docPath, p.attrs.BaseLoc ?? '');
    const page = d.pkg.xml(path);
    if (!page) throw new InputError(`damaged OFD: page ${pages.length + 1} (${path}) is missing`);
    const area = box(child(child(page, 'Area'), 'PhysicalBox')?.text) ?? defaultBox;
    const runs = contentRuns(child(page, 'Content'), [0, 0], undefined);
    for (const t of childrenNamed(page, 'Template')) {
      const tpl = templates.get(t.attrs.TemplateID ?? '');
      if (tpl) runs.push(...contentRuns(child(d.pkg.xml(tpl), 'Content'), [0, 0], 'furniture/page-template'));
    }
    pages.push(runs);
    heights.push(area[3]);
    ids.push(p.attrs.ID ?? '');
  }
  return { pages, heights, ids };
}

/** Annotation appearances (watermarks, stamps drawn as text) on their pages. */
function addAnnotations(d: OfdDoc, pages: TextRun[][], ids: string[]): void {
  const ref = child(d.document, 'Annotations')?.text.trim();
  if (!ref) return;
  const listPath = resolvePath(d.docPath, ref);
  for (const p of childrenNamed(d.pkg.xml(listPath), 'Page')) {
    const at = ids.indexOf(p.attrs.PageID ?? '');
    const loc = child(p, 'FileLoc')?.text.trim();
    if (at < 0 || !loc) continue;
    for (const annot of childrenNamed(d.pkg.xml(resolvePath(listPath, loc)), 'Annot')) {
      for (const app of childrenNamed(annot, 'Appearance')) {
        const b = box(app.attrs.Boundary) ?? [0, 0, 0, 0];
        pages[at]!.push(...contentRuns(app, [b[0], b[1]], 'furniture/page-annotation'));
      }
    }
  }
}

/**
 * The seal's name from its .esl file (GM/T 0031, DER): the first UTF8String that reads as a
 * name (某某省人力资源和社会测试章). A scan for the tag, not a full ASN.1 parse.
 */
export function sealName(esl: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const end = Math.min(esl.length, 4096);
  for (let i = 0; i + 2 < end; i++) {
    if (esl[i] !== 0x0c) continue;
    const len = esl[i + 1]!;
    if (len < 4 || len > 120 || i + 2 + len > esl.length) continue;
    try {
      const s = decoder.decode(esl.subarray(i + 2, i + 2 + len));
      if (/^[\u3400-\u9fff（）()·\w-]{2,60}$/.test(s) && /[\u4e00-\u9fff]{2}/.test(s)) return s;
    } catch {
      // not UTF-8 here: go on scanning
    }
  }
  return null;
}

/** Electronic seals: their names as furniture where the stamp sits, and one warning each. */
function addSeals(d: OfdDoc, pages: TextRun[][], ids: string[], warnings: string[]): void {
  const ofd = d.pkg.xml('OFD.xml');
  const ref = child(child(ofd, 'DocBody'), 'Signatures')?.text.trim();
  if (!ref) return;
  const listPath = resolvePath('OFD.xml', ref);
  for (const s of childrenNamed(d.pkg.xml(listPath), 'Signature')) {
    const sigPath = resolvePath(listPath, s.attrs.BaseLoc ?? '');
    const info = child(d.pkg.xml(sigPath), 'SignedInfo');
    const sealLoc = child(child(info, 'Seal'), 'BaseLoc')?.text.trim();
    const esl = sealLoc ? d.pkg.bytes(resolvePath(sigPath, sealLoc)) : undefined;
    const name = esl ? sealName(esl) : null;
    const onPages: number[] = [];
    for (const stamp of childrenNamed(info, 'StampAnnot')) {
      const at = ids.indexOf(stamp.attrs.PageRef ?? '');
      const b = box(stamp.attrs.Boundary);
      if (at < 0 || !b) continue;
      onPages.push(at + 1);
      if (name) pages[at]!.push({ text: name, x: b[0], y: b[1] + b[3] / 2, width: b[2], size: b[3] / 4, rule: 'furniture/page-seal' });
    }
    if (onPages.length > 0) warnings.push(`electronic seal${name ? ` ${name}` : ''} on page ${listPages(onPages)}: the signature is not verified`);
  }
}

export function readOfd(bytes: Uint8Array): Decoded {
  const d = openDocument(bytes);
  const { pages, heights, ids } = readPages(d);
  if (pages.length === 0) throw new InputError('damaged OFD: the document lists no pages');
  const warnings: string[] = [];
  addAnnotations(d, pages, ids);
  addSeals(d, pages, ids, warnings);
  const lines: PageLine[][] = pages.map((runs, i) => pageLines({ width: 0, height: heights[i]!, runs }));
  markPageFurniture(lines, heights);
  const layout = assemble(lines);
  if (layout.text.trim() === '') throw new InputError('no text in the OFD file: its pages are images (a scan needs OCR first)');
  const empty = layout.pageChars.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  if (empty.length > 0) warnings.unshift(`no text on page${empty.length === 1 ? '' : 's'} ${listPages(empty)}: blank, or images only (a scan needs OCR first)`);
  if (childrenNamed(d.pkg.xml('OFD.xml'), 'DocBody').length > 1) {
    warnings.push('the OFD file holds more than one document: only the first is read');
  }
  return { text: layout.text, encoding: 'utf-8', format: 'ofd', htmlTables: layout.tables, furniture: layout.furniture, htmlTitle: null, pages: pages.length, pageMarks: layout.pageMarks, warnings };
}
