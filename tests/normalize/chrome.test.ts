// Page chrome: each pattern with the line that motivated it, and body lines that must stay body.
import { describe, expect, it } from 'vitest';
import { chromeRule } from '../../src/normalize/chrome.js';
import { extract } from '../helpers/extract.js';

describe('page chrome lines', () => {
  const chrome: Array<[string, string]> = [
    ['当前位置 : 首页', 'chrome/location'], // seed 001
    ['您现在的位置：首页 > 政务公开 > 政策文件', 'chrome/location'],
    ['首页 >> 通知公告', 'chrome/breadcrumb'],
    ['>> 通知公告', 'chrome/breadcrumb-tail'], // seed 001 line 2
    ['扫一扫在手机打开当前页', 'chrome/qr'], // seed 001
    ['扫一扫在手机打开当前页面', 'chrome/qr'], // seed 003
    ['首页  |   网站地图  |   网站声明  |   联系我们  |   关于我们', 'chrome/site-links'], // seed 003 footer
    ['版权所有:吕梁市人民政府网  晋ICP备06004910号-1  网站标识码:1411000003', 'chrome/copyright'],
    ['晋公网安备 14110002000102号', 'chrome/copyright'],
    ['吕梁市人民政府办公室主办   吕梁市政府信息中心承办   技术支持:吕梁市政府信息中心', 'chrome/operator'],
    ['地址:吕梁市离石区永宁中路9号     网站技术联系电话:0358-8222583', 'chrome/operator'],
    ['已有0人发表了评论', 'chrome/comments'], // seed 004 last line
    ['访问次数:', 'chrome/counter'],
    ['【打印本页】【关闭窗口】', 'chrome/buttons'],
    ['字体：【大 中 小】', 'chrome/buttons'],
    ['上一篇：关于开展2022年度统计执法检查的通知', 'chrome/prev-next'],
    ['【法宝引证码】 CLI.12.5115678', 'chrome/citation-code'], // corpus pkulaw exports
    ['2020年2月份.xlsx附件预览', 'chrome/attachment-preview'], // corpus 011
    ['- 3 -', 'chrome/page-number'],
    ['— 1 —', 'chrome/page-number'], // corpus 033 (PDF)
  ];
  for (const [line, rule] of chrome) {
    it(`${rule}: ${line}`, () => expect(chromeRule(line)).toBe(rule));
  }

  const body = [
    '一、强化法制机制建设，提高基层民主自治能力',
    '按照“最多跑一次”要求，优化社区服务流程，全面推行首问负责、一窗受理、全程代办、服务承诺等制度，方便群众办事。', // contains 服务
    '发布日期:2017-11-08 00:00 访问次数: 信息来源:省民政厅 基层政权和社区建设处', // a header line, read as metadata
    '推动政府网站首页改版，完善网站地图等功能，提高政府网站的可用性，方便公众查找信息。这一段是正文不是页面导航，长度超过了导航行的上限。',
  ];
  for (const line of body) {
    it(`body: ${line.slice(0, 20)}`, () => expect(chromeRule(line)).toBeNull());
  }

  it('chrome stays in source.text but out of the structure (seed 004 ends with 已有0人发表了评论)', () => {
    const doc = extract('一、工作任务\n1、加强队伍建设。推动各县（市）积极吸纳社会工作专业人才从事社区工作。\n已有0人发表了评论');
    expect(doc.source.text).toContain('已有0人发表了评论');
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]!.text).not.toContain('评论');
  });

  it('a license notice broken over lines by its links is chrome to the blank line (corpus 038, Wikisource)', () => {
    const doc = extract(
      ['一、工作任务', '1、加强队伍建设。推动各县（市）积极吸纳社会工作专业人才从事社区工作。', '', '本作品是中华人民共和国的', '法律', '，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《', '中华人民共和国著作权法', '》第五条第一项，本作品不适用于该法，在', '中国大陆', '，也可能在其他管辖区，属于', '公有领域', '。'].join('\n'),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['工作任务']);
    expect(doc.references).toEqual([]);
    expect(doc.tasks[0]!.text).not.toContain('本作品');
  });

  it('本作品 in a rule on works is text, not a license notice', () => {
    const doc = extract(['第一条 本作品登记办法适用于本市行政区域内的作品登记。', '第二条 作品登记应当提交《作品登记申请表》。'].join('\n'));
    expect(doc.references.map((r) => r.title)).toEqual(['作品登记申请表']);
  });
});
