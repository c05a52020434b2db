// source.furniture: the stretches of the text left out of the structure, so a reader of the
// output (the review page) can grey them. Real documents: seed 001 is a web page with a
// breadcrumb, a QR-code line and a second copy of the whole body; corpus 018 has a 目录.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/index.js';
import { CORPUS, read, SEEDS } from './helpers/fixtures.js';

const slices = (name: string, dir: string) => {
  const doc = extractDocument(read(dir, name), { includeText: true });
  return { doc, parts: doc.source.furniture!.map((f) => [f.kind, doc.source.text!.slice(f.span[0], f.span[1])] as const) };
};

describe('source.furniture', () => {
  it('seed 001: the breadcrumb over two lines is one stretch, the QR line another, the repeated body a third', () => {
    const { doc, parts } = slices('001_689cad3dc45a0018.txt', SEEDS);
    expect(parts.map(([k]) => k)).toEqual(['chrome', 'chrome', 'repeat']);
    expect(parts[0]![1]).toBe('当前位置 : 首页\n>> 通知公告');
    expect(parts[1]![1]).toBe('扫一扫在手机打开当前页');
    expect(parts[2]![1].startsWith('浙江省民政厅关于公开征求《中共浙江省委浙江省人民政府关于加强和完善城乡社区治理的实施意见》意见的公告')).toBe(true);
    expect(doc.source.furniture![2]!.span[1]).toBe(doc.source.text!.trimEnd().length);
    // No section or task lies in furniture.
    for (const x of [...doc.sections, ...doc.tasks]) for (const f of doc.source.furniture!) expect(x.span[0] >= f.span[1] || x.span[1] <= f.span[0]).toBe(true);
  });

  it('corpus 018: the 目录 is a table of contents, the footer chrome', () => {
    const { parts } = slices('018-gwy-national-grain-emergency-plan-2005.html', CORPUS);
    expect(parts.map(([k]) => k)).toEqual(['toc', 'chrome']);
    expect(parts[0]![1].startsWith('目　　录\n1　总则')).toBe(true);
  });

  it('seed 000, a plain notice, has none; without --include-text there is no field', () => {
    expect(slices('000_2c0a6bd88b2210a1.txt', SEEDS).parts).toEqual([]);
    expect(extractDocument(read(SEEDS, '001_689cad3dc45a0018.txt')).source.furniture).toBeUndefined();
  });
});
