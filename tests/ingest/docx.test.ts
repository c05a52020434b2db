import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { readDocx } from '../../src/ingest/docx.js';
import { chineseCounting, formatNumber } from '../../src/ingest/docx-numbering.js';
import { makeDocx, wp, wtbl, wtc, wtr } from '../helpers/formats.js';

describe('DOCX reader', () => {
  it('renders Word automatic numbering into the text: 一、 / （一） / 1., counters restart below a higher level', async () => {
    const body = [
      wp('总体要求', { numId: 1, ilvl: 0 }),
      wp('主要任务', { numId: 1, ilvl: 0 }),
      wp('优化服务', { numId: 1, ilvl: 1 }),
      wp('精简材料。', { numId: 1, ilvl: 2 }),
      wp('压缩时限。', { numId: 1, ilvl: 2 }),
      wp('强化保障', { numId: 1, ilvl: 1 }),
      wp('加强督查。', { numId: 1, ilvl: 2 }),
      wp('一个圆点项目', { numId: 2, ilvl: 0 }),
    ].join('');
    const d = await readDocx(makeDocx(body));
    expect(d.text.split('\n').filter((l) => l !== '')).toEqual(['一、总体要求', '二、主要任务', '（一）优化服务', '1.精简材料。', '2.压缩时限。', '（二）强化保障', '1.加强督查。', '一个圆点项目']);
    const doc = await extract(makeDocx(body), { path: 'n.docx' });
    expect(doc.source.format).toBe('docx');
    expect(doc.sections.map((s) => `${s.marker}${s.title}`)).toEqual(['一、总体要求', '二、主要任务', '（一）优化服务', '（二）强化保障']);
    expect(doc.tasks.map((t) => `${t.marker}${t.text.slice(0, 5)}`)).toEqual(['1.精简材料。', '2.压缩时限。', '1.加强督查。']);
  });

  it('keeps merged cells: w:gridSpan is a colspan, w:vMerge a rowspan', async () => {
    const table = wtbl(
      wtr(wtc('序号'), wtc('任务'), wtc('责任单位')),
      wtr(wtc('一、优化营商环境', { span: 3 })),
      wtr(wtc('1'), wtc('推行一网通办。'), wtc('市政务服务局', { vMerge: 'restart' })),
      wtr(wtc('2'), wtc('压缩审批时限。'), wtc('', { vMerge: 'continue' })),
    );
    const d = await readDocx(makeDocx(table));
    const [t] = d.htmlTables;
    expect(t!.rows.map((r) => r.map((c) => `${c.text}${c.colspan > 1 ? `|c${c.colspan}` : ''}${c.rowspan > 1 ? `|r${c.rowspan}` : ''}`))).toEqual([
      ['序号', '任务', '责任单位'],
      ['一、优化营商环境|c3'],
      ['1', '推行一网通办。', '市政务服务局|r2'],
      ['2', '压缩审批时限。'],
    ]);
    for (const row of t!.rows) for (const c of row) expect(d.text.slice(...c.span)).toBe(c.text);
    const doc = await extract(makeDocx(table), { path: 't.docx' });
    expect(doc.tasks.map((x) => `${x.text} ${x.group}`)).toEqual(['推行一网通办。 一、优化营商环境', '压缩审批时限。 一、优化营商环境']);
    expect(doc.responsibleUnits.map((u) => `${u.taskId} ${u.name}`)).toEqual(['t1 市政务服务局', 't2 市政务服务局']);
  });

  it('headers and footers are page furniture, before and after the body', async () => {
    const d = await readDocx(makeDocx(wp('各区人民政府：') + wp('现将有关事项通知如下。'), { header: ['某某市人民政府文件'], footer: ['— 1 —'] }));
    expect(d.text).toBe('某某市人民政府文件\n各区人民政府：\n现将有关事项通知如下。\n— 1 —\n');
    expect(d.furniture.map((f) => `${f.rule} ${d.text.slice(...f.span)}`)).toEqual(['furniture/page-header 某某市人民政府文件', 'furniture/page-number — 1 —']);
  });

  it('formats Word numbers', () => {
    expect([1, 10, 11, 20, 21, 105].map(chineseCounting)).toEqual(['一', '十', '十一', '二十', '二十一', '一百零五']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(1, 'bullet')).toBe('');
  });
});
