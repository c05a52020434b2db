import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError, extract, extractDocument } from '../../src/index.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { makePdf, pdfLines, type PdfText } from '../helpers/formats.js';

const FORMATS = new URL('../../fixtures/formats/', import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, FORMATS));

// Lines of 28 characters fill the text block (72 + 28 × 16 = 520 pt): they flow on.
const FULL1 = '为贯彻落实国务院关于加强数字政府建设的指导意见，进一步提';
const FULL2 = '升全市政务服务效能，现就推进政务服务标准化规范化便利化工';

/** Two pages: a 红头 line repeated at the top of both, a page number at the bottom of both. */
function twoPages(): Uint8Array {
  const head = (n: number): PdfText[] => [
    { x: 200, y: 800, size: 12, text: '某某市人民政府办公室文件' },
    { x: 280, y: 40, size: 14, text: `— ${n} —` },
  ];
  return makePdf([
    [
      ...head(1),
      ...pdfLines(['一、总体要求'], 720, { x: 104 }),
      ...pdfLines([FULL1.slice(2), FULL2, FULL1], 690, { indentFirst: true }),
    ],
    [...head(2), ...pdfLines(['问题导向。', '二、主要任务'], 720), ...pdfLines(['（一）优化服务流程'], 672, { x: 104 }), ...pdfLines(['1.精简办事材料。'], 648, { x: 104 })],
  ]);
}

describe('PDF reader', () => {
  it('reads CJK text through the bundled CMaps, joining runs without inventing spaces', async () => {
    const d = await readPdf(makePdf([[{ x: 72, y: 760, size: 16, text: '关于印发' }, { x: 136, y: 760, size: 16, text: '《实施方案》' }, { x: 232, y: 760, size: 16, text: '的通知' }]]));
    expect(d.text).toBe('关于印发《实施方案》的通知\n');
    expect(d.format).toBe('pdf');
    expect(d.pages).toBe(1);
  });

  it('keeps one space where the gap between runs is wide', async () => {
    const d = await readPdf(makePdf([[{ x: 72, y: 760, size: 16, text: '主送' }, { x: 200, y: 760, size: 16, text: '各区人民政府' }]]));
    expect(d.text).toBe('主送 各区人民政府\n');
  });

  it('re-flows a paragraph across hard line ends and a page break; running header and page numbers are furniture after it', async () => {
    const d = await readPdf(twoPages());
    const lines = d.text.split('\n');
    expect(lines).toContain(`${FULL1.slice(2)}${FULL2}${FULL1}问题导向。`);
    // The furniture of page 1's foot and page 2's head follows the paragraph the page break cut.
    const para = lines.findIndex((l) => l.startsWith(FULL1.slice(2)));
    expect(lines.slice(para + 1, para + 3)).toEqual(['— 1 —', '某某市人民政府办公室文件']);
    const rules = d.furniture.map((f) => `${f.rule} ${d.text.slice(...f.span)}`);
    expect(rules).toEqual([
      'furniture/page-header 某某市人民政府办公室文件',
      'furniture/page-number — 1 —',
      'furniture/page-header 某某市人民政府办公室文件',
      'furniture/page-number — 2 —',
    ]);
  });

  // The paragraph cut by the page break starts on page 1 and reads on into page 2 (问题导向。); page
  // 1's foot, held back behind it, is still page 1; page 2's head and the rest are page 2.
  it('marks which page each stretch of the text came from, the held-back footer on its own page', async () => {
    const d = await readPdf(twoPages());
    const pageOf = (needle: string): number[] => {
      const at = d.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      return [at, at + needle.length - 1].map((o) => d.pageMarks!.filter((m) => m.at <= o).pop()!.page);
    };
    expect(pageOf('一、总体要求')).toEqual([1, 1]);
    expect(pageOf(`${FULL1}问题导向。`)).toEqual([1, 2]);
    expect(pageOf('— 1 —')).toEqual([1, 1]);
    expect(pageOf('— 2 —')).toEqual([2, 2]);
    expect(pageOf('二、主要任务')).toEqual([2, 2]);
    expect(d.pageMarks!.map((m) => m.page)).toEqual([1, 2, 1, 2]);
  });

  it('a heading line after a short line is not run into the paragraph', async () => {
    const d = await readPdf(twoPages());
    expect(d.text.split('\n')).toEqual(expect.arrayContaining(['一、总体要求', '二、主要任务', '（一）优化服务流程']));
  });

  it('the pipeline reads the sections and a task across the page break, and furniture stays out of them', async () => {
    const doc = await extract(twoPages(), { path: 'two.pdf', includeText: true });
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.pages).toBe(2);
    expect(doc.sections.map((s) => `${s.marker}${s.title}`)).toEqual(['一、总体要求', '二、主要任务', '（一）优化服务流程']);
    expect(doc.sections.map((s) => s.page)).toEqual([1, 2, 2]);
    expect(doc.tasks.map((t) => t.page)).toEqual([2]);
  });

  // A task whose item runs to the end of a page leaves out the page-number line after it (精简办事材料。, not …。— 2 —).
  it('a task that ends a page does not take in the page number after it', async () => {
    const doc = await extract(twoPages(), { path: 'two.pdf', includeText: true });
    expect(doc.tasks.map((t) => t.text)).toEqual(['精简办事材料。']);
    for (const s of doc.sections) expect(doc.source.text!.slice(...s.span)).toContain(s.title);
    expect(JSON.stringify(doc)).not.toMatch(/"title":"[^"]*某某市人民政府办公室文件/);
  });

  it('a PDF without a text layer is refused with one reason', async () => {
    const scan = fixture('02-scan-imageonly-ndrc-sta-personal-income-tax-credit-notice-2019.pdf');
    await expect(readPdf(scan)).rejects.toThrow(new InputError('no text layer: a scanned PDF needs OCR first'));
  });

  it('a damaged PDF gets its own reason', async () => {
    await expect(readPdf(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage')))).rejects.toThrow(/^damaged PDF|^no text layer/);
    const cut = fixture('01-govdoc-cn-ndrc-sta-personal-income-tax-credit-notice-2019.pdf').subarray(0, 600);
    await expect(readPdf(cut)).rejects.toThrow(/^damaged PDF/);
  });

  it('an encrypted PDF says it needs a password', async () => {
    // The tiny two-line PDF of makePdf, encrypted by qpdf with user password "secret".
    await expect(readPdf(readFileSync(new URL('../../fixtures/formats-extra/encrypted.pdf', import.meta.url)))).rejects.toThrow(new InputError('encrypted PDF: it needs a password to open'));
  });

  it('warns when a page carries almost no text (a map with a caption)', async () => {
    const d = await readPdf(fixture('03-yangpu-xinzhi-innovation-zone-layout-map-attachment.pdf'));
    expect(d.text.trim()).toBe('附件：杨“数”浦新质秀带创新区空间布局图');
    expect(d.warnings).toEqual(['little text: 20 characters on 1 page; the rest is images (a map or a scan), which is not read']);
  });

  it('extractDocument, the synchronous entry, refuses a PDF and points to extract()', () => {
    expect(() => extractDocument(twoPages())).toThrow(new InputError('a PDF file: read it with the asynchronous extract(), not extractDocument()'));
  });
});
