// What must hold for any input: no throw (other than InputError), schema-valid output,
// spans inside the text and pointing at their values, and byte-identical output for the same input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument, InputError, PolicyDocumentSchema } from '../../src/index.js';
import { toJson } from '../../src/emit/json.js';
import { cleanText, compactKey } from '../../src/text/clean.js';

// Pieces real documents are made of, so random texts exercise the rules (fast-check's default strings are ASCII).
const pieces = [
  '一、', '二、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '①', '第一章', '第二条', '一是', '二是', '三是',
  '关于印发《工作要点》的通知', '发文字号：黑民函〔2017〕58号', '发布日期：2017-04-20', '各县(市、区)民政局：',
  '责任单位：省民政厅、省财政厅', '（省民政厅牵头，各相关部门参与）', '到2020年', '2022年-2025年', '持续推进',
  '城市社区建设达标率达到92%', '15万个', '不少于5个', '《关于加强城乡社区协商的意见》（中办发〔2015〕41号）',
  '序号', '工作任务', '负责单位', '完成时限', '附件：', '当前位置：首页', '扫一扫在手机打开当前页', '黑龙江省民政厅', '2017年4月14日',
  '加强', '推进', '建设', '完善', '机制', '。', '，', '；', '：', '、', ' ', '\u3000', '\n', '\n\n', '\r\n', '\t', '<', '>', '&',
];
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const docText = fc.array(fc.oneof(fc.constantFrom(...pieces), cjk, fc.string({ maxLength: 4 })), { maxLength: 120 }).map((a) => a.join(''));

function run(text: string) {
  try {
    return extractDocument(text, { path: 'random.txt', includeText: true });
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}

describe('properties of the pipeline', () => {
  it('never throws on text, and its output validates with every span in bounds and grounded', () => {
    fc.assert(
      fc.property(docText, (text) => {
        const doc = run(text);
        if (!doc) return;
        expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true);
        const src = doc.source.text!;
        const items: Array<{ span: [number, number]; value: string }> = [
          ...doc.sections.map((s) => ({ span: s.span, value: s.title })),
          ...doc.tasks.map((t) => ({ span: t.span, value: t.text })),
          ...doc.responsibleUnits.map((u) => ({ span: u.span, value: u.text })),
          ...doc.indicators.map((u) => ({ span: u.span, value: u.text })),
          ...doc.deadlines.map((u) => ({ span: u.span, value: u.text })),
        ];
        for (const { span, value } of items) {
          expect(span[0]).toBeGreaterThanOrEqual(0);
          expect(span[1]).toBeLessThanOrEqual(src.length);
          const slice = compactKey(cleanText(src.slice(span[0], span[1])));
          const want = compactKey(value);
          expect(slice.includes(want) || want.includes(slice)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(docText, (text) => {
        const a = run(text);
        const b = run(text);
        expect(a === null ? null : toJson(a)).toBe(b === null ? null : toJson(b));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary bytes: a document or an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          extractDocument(bytes, { path: 'random.bin' });
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random HTML built from tags and document pieces', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<table>', '</table>', '<tr>', '</tr>', '<td rowspan="2">', '<td colspan="3">', '<td>', '</td>', '<script>x</script>', '<b>', '</b>');
    const html = fc.array(fc.oneof(tag, fc.constantFrom(...pieces), cjk), { maxLength: 80 }).map((a) => `<html><body>${a.join('')}</body></html>`);
    fc.assert(
      fc.property(html, (h) => {
        try {
          const doc = extractDocument(h, { path: 'random.html' });
          expect(doc.source.format).toBe('html');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
