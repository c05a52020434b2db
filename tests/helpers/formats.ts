/**
 * Small PDF and DOCX files built in the test, so each test says exactly what the file holds.
 * The PDF uses STSong-Light with the UniGB-UCS2-H CMap and no embedded font: its text can
 * only be read with the CMaps bundled in pdfjs-dist (as with many PDFs from Chinese offices).
 */
import { strToU8, zipSync } from 'fflate';

export interface PdfText {
  x: number;
  /** Baseline, from the page's bottom (PDF coordinates). */
  y: number;
  size: number;
  text: string;
}

const ucs2 = (s: string): string =>
  Array.from(s)
    .map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('');

/** A PDF of A4 pages (595 × 842 pt); every character is one em wide. */
export function makePdf(pages: PdfText[][]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor 99 0 R >>';
  pages.forEach((texts, i) => {
    const content = texts.map((t) => `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td <${ucs2(t.text)}> Tj ET`).join('\n');
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  objects[99] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>';
  for (let id = 1; id < objects.length; id++) objects[id] ??= 'null';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of a paragraph block, top to bottom, 24 pt apart, starting at `top` (from the page's bottom). */
export function pdfLines(texts: string[], top: number, opts: { x?: number; size?: number; indentFirst?: boolean } = {}): PdfText[] {
  const size = opts.size ?? 16;
  return texts.map((text, i) => ({ x: (opts.x ?? 72) + (opts.indentFirst && i === 0 ? 2 * size : 0), y: top - i * 24, size, text }));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A paragraph; `num` gives it Word's automatic numbering (numId, level). */
export function wp(text: string, num?: { numId: number; ilvl: number }): string {
  const pPr = num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.ilvl}"/><w:numId w:val="${num.numId}"/></w:numPr></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A table cell; `span` merges columns (w:gridSpan), `vMerge` merges rows ('restart' on the first). */
export function wtc(text: string, opts: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string {
  const props = `${opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : ''}${opts.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : opts.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
  return `<w:tc><w:tcPr>${props}</w:tcPr>${wp(text)}</w:tc>`;
}

export const wtr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const wtbl = (...rows: string[]): string => `<w:tbl>${rows.join('')}</w:tbl>`;

/** Numbering: numId 1 → 一、 / （一） / 1. ; numId 2 → 1. / （1） (decimal lists). */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** A DOCX package: the body XML (paragraphs and tables), optional header and footer paragraphs. */
export function makeDocx(body: string, opts: { header?: string[]; footer?: string[] } = {}): Uint8Array {
  const part = (tag: 'hdr' | 'ftr', lines: string[]): Uint8Array => strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:${tag} ${W}>${lines.map((l) => wp(l)).join('')}</w:${tag}>`);
  const rels = [
    '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    opts.header ? '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '',
    opts.footer ? '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '',
  ].join('');
  const sect = `<w:sectPr>${opts.header ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ''}${opts.footer ? '<w:footerReference w:type="default" r:id="rIdF"/>' : ''}</w:sectPr>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}${sect}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
  };
  if (opts.header) files['word/header1.xml'] = part('hdr', opts.header);
  if (opts.footer) files['word/footer1.xml'] = part('ftr', opts.footer);
  return zipSync(files);
}
