// The working view: Markdown markup blanked, Traditional read as Simplified, the same length
// as the source so every span still indexes source.text; output text in the source's script.
import { describe, expect, it } from 'vitest';
import { blankMarkup, restoreScript, workingView } from '../../src/normalize/view.js';
import { extract } from '../helpers/extract.js';

describe('Markdown markup in the view', () => {
  it('blanks heading marks and keeps the length (corpus 137: ## 第一章 总 则)', () => {
    const src = '# 中华人民共和国密码法\n\n## 第一章 总 则\n\n第一条 为了规范密码应用和管理，制定本法。\n';
    const v = blankMarkup(src);
    expect(v.text).toHaveLength(src.length);
    expect(v.text.split('\n')[2]).toBe('   第一章 总 则');
  });
  it('blanks paired emphasis, quote marks, bullets and pipe-table bars', () => {
    const src = '# 标题\n**第一条** 为了规范管理，制定本办法。\n> 引文\n- 一项\n| 文号 | 京政办发〔2022〕10号 |\n|---|---|\n';
    const lines = blankMarkup(src).text.split('\n');
    expect(lines[1]).toBe('  第一条   为了规范管理，制定本办法。');
    expect(lines[2]).toBe('  引文');
    expect(lines[3]).toBe('  一项');
    expect(lines[4]!.trim()).toBe('文号   京政办发〔2022〕10号');
    expect(lines[5]!.trim()).toBe('');
  });
  it('makes an HTML comment line furniture (<!-- INFO END -->)', () => {
    const src = '# 标题\n\n<!-- INFO END -->\n\n第一条 正文。\n';
    expect(blankMarkup(src).furniture).toEqual([{ span: [6, 23], rule: 'furniture/markup-comment' }]);
  });
  it('leaves plain text alone: no heading line, no bold run', () => {
    const src = '一、总体要求\n按1*2的比例配置；#3号楼除外。\n- 2 -\n';
    expect(blankMarkup(src)).toEqual({ text: src, furniture: [] });
  });
  it('a Markdown regulation gets its title, its chapters and no ## in any value (corpus 137)', () => {
    const doc = extract('# 中华人民共和国密码法\n\n2019年10月26日 第十三届全国人民代表大会常务委员会第十四次会议通过\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了规范密码应用和管理，制定本法。\n\n第二条 本法所称密码，是指采用特定变换的方法对信息等进行加密保护的技术。\n\n## 第二章 核心密码\n\n第三条 核心密码用于保护国家秘密信息。\n');
    expect(doc.meta.title).toBe('中华人民共和国密码法');
    expect(doc.sections.map((s) => `${s.marker} ${s.title}`)).toEqual(['第一章 总则', '第二章 核心密码']);
    expect(doc.tasks.map((t) => t.marker)).toEqual(['第一条', '第二条', '第三条']);
    expect(JSON.stringify(doc.sections) + JSON.stringify(doc.tasks)).not.toContain('#');
    expect(doc.source.text).toContain('## 第一章 总 则');
  });
});

describe('Traditional characters through a simplified view', () => {
  const src = '關於加強社區建設的通知\n一、重點任務\n1.推進社區服務。到2020年，社區服務覆蓋率達到90%。（牽頭單位：省民政廳；責任單位：各縣（市、區）民政局）\n';
  it('keeps every line its length and records how to write values back', () => {
    const v = workingView(src);
    expect(v.text).toHaveLength(src.length);
    expect(v.text).toContain('牵头单位：省民政厅');
    expect(restoreScript('省民政厅', v.restore)).toBe('省民政廳');
  });
  it('reads 牽頭單位 / 責任單位 / 達到 / 到2020年 like their simplified forms, and writes the source characters', () => {
    const doc = extract(src);
    expect(doc.responsibleUnits.map((u) => `${u.name} ${u.role}`)).toEqual(['省民政廳 lead', '各縣（市、區）民政局 responsible']);
    expect(doc.indicators.map((i) => `${i.comparator} ${i.value}${i.unit}`)).toEqual(['>= 90%']);
    expect(doc.deadlines.map((d) => `${d.kind} ${d.end} ${d.text}`)).toEqual(['by 2020-12-31 到2020年']);
    expect(doc.meta.title).toBe('關於加強社區建設的通知');
  });
  it('a simplified document is not converted (no restore map)', () => {
    expect(workingView('关于加强社区建设的通知\n一、重点任务\n').restore).toBeNull();
  });
});
