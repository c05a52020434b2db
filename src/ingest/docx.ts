/**
 * Word DOCX → the text every span indexes, through the HTML path: mammoth turns the
 * document into HTML (tables keep their merged cells: w:gridSpan → colspan, w:vMerge →
 * rowspan), and `htmlToText` turns that into text with its tables. Before that, Word's
 * automatic numbering is written into the paragraphs (docx-numbering.ts). Headers and
 * footers, which mammoth leaves out, are read here and put before and after the body as
 * page furniture.
 */
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import { InputError } from '../errors.js';
import type { Decoded, Furniture, HtmlTable } from '../types.js';
import { htmlToText } from './html.js';
import { readNumbering, renderNumbering } from './docx-numbering.js';
import { descendants, parseXml, xmlText } from './xml.js';
import { readZip } from './zip.js';

type Mammoth = typeof import('mammoth');
let mammoth: Mammoth | undefined;
/** mammoth is loaded on the first DOCX only. */
function loadMammoth(): Mammoth {
  mammoth ??= createRequire(import.meta.url)('mammoth') as Mammoth;
  return mammoth;
}

// — 1 — / 第 1 页 / 1: a footer that is only the page number.
const PAGE_NUMBER = /^(?:[-—–－]{0,2}\s{0,3}\d{1,4}\s{0,3}[-—–－]{0,2}|第\s{0,3}\d{1,4}\s{0,3}页.{0,12})$/;

/** The paragraphs of a header or footer part, as text (field results included, field codes not). */
function partParagraphs(xml: string): string[] {
  const root = parseXml(xml);
  if (!root) return [];
  return descendants(root, 'p')
    .map((p) => descendants(p, 't').map((t) => t.text).join('').trim())
    .filter((t) => t !== '');
}

/** Header and footer paragraphs, each once (first-page, odd and even variants often repeat). */
function headerFooterLines(parts: Map<string, Uint8Array>, kind: 'header' | 'footer'): string[] {
  const part = kind === 'header' ? /^word\/header\d*\.xml$/ : /^word\/footer\d*\.xml$/;
  const names = [...parts.keys()].filter((n) => part.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    for (const line of partParagraphs(xmlText(parts.get(name)!))) {
      if (seen.has(line)) continue;
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

function shiftTables(tables: HtmlTable[], by: number): HtmlTable[] {
  return tables.map((t) => ({
    ...t,
    span: [t.span[0] + by, t.span[1] + by],
    rows: t.rows.map((row) => row.map((c) => ({ ...c, span: [c.span[0] + by, c.span[1] + by] }))),
  }));
}

export async function readDocx(bytes: Uint8Array): Promise<Decoded> {
  // Only the XML parts: images and embedded objects are never inflated.
  const parts = readZip(bytes, (n) => /\.(xml|rels)$/i.test(n), 'DOCX');
  const documentXml = parts.get('word/document.xml');
  if (!documentXml) throw new InputError('damaged DOCX: word/document.xml is missing');
  const text = (name: string): string | null => {
    const b = parts.get(name);
    return b ? xmlText(b) : null;
  };
  const numbering = readNumbering(text('word/numbering.xml'), text('word/styles.xml'));
  parts.set('word/document.xml', new TextEncoder().encode(renderNumbering(xmlText(documentXml), numbering)));

  let html: string;
  try {
    const result = await loadMammoth().convertToHtml(
      { buffer: Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })) },
      // No image is read or embedded, and nothing outside the file is opened.
      { convertImage: loadMammoth().images.imgElement(async () => ({ src: '' })), externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(`damaged DOCX: ${(err as Error).message}`);
  }
  const body = htmlToText(html);
  return assembleDocx(body.text, body.tables, headerFooterLines(parts, 'header'), headerFooterLines(parts, 'footer'));
}

/** Headers, the body, then footers; the headers' and footers' lines are page furniture. */
function assembleDocx(bodyText: string, tables: HtmlTable[], headers: string[], footers: string[]): Decoded {
  const furniture: Furniture[] = [];
  let out = '';
  const addFurniture = (line: string, where: 'header' | 'footer'): void => {
    furniture.push({ span: [out.length, out.length + line.length], rule: PAGE_NUMBER.test(line) ? 'furniture/page-number' : `furniture/page-${where}` });
    out += `${line}\n`;
  };
  for (const h of headers) addFurniture(h, 'header');
  const offset = out.length;
  out += bodyText;
  if (footers.length > 0 && !out.endsWith('\n')) out += '\n';
  for (const f of footers) addFurniture(f, 'footer');
  if (bodyText.trim() === '') throw new InputError('no text in the DOCX document');
  return { text: out, encoding: 'utf-8', format: 'docx', htmlTables: shiftTables(tables, offset), furniture, htmlTitle: null, warnings: [] };
}
