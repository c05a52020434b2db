// One test per numbering style, with the phrase that motivated it, and the must-not-match list.
import { describe, expect, it } from 'vitest';
import { matchMarker } from '../../src/segment/markers.js';

const at0 = (s: string) => matchMarker(s, 0, true);

describe('numbering styles', () => {
  const cases: Array<[string, string, number, string]> = [
    ['一、强化法制机制建设，提高基层民主自治能力', 'cn-dun', 1, '一、'],
    ['十一、各部部长、各委员会主任负责本部门的工作', 'cn-dun', 11, '十一、'],
    ['（一）指导思想。全面贯彻党的十九大精神', 'cn-paren', 1, '（一）'],
    ['(二)基本原则', 'cn-paren', 2, '(二)'],
    ['（十二）多措并举打造“双师型”教师队伍', 'cn-paren', 12, '（十二）'],
    ['1.深化城乡社区民主协商。', 'num', 1, '1.'],
    ['2. 加强村委会换届选举指导 。', 'num', 2, '2.'],
    ['1、完成第十届村(居)委会换届选举工作。', 'num', 1, '1、'],
    ['1．除涉密、法律法规禁止和必须人员、车辆现场核验的事项外', 'num', 1, '1．'],
    ['1﹒推进工业互联网外网建设。', 'num', 1, '1﹒'],
    ['（1）统一领导、分级负责。', 'num-paren', 1, '（1）'],
    ['①建立健全基本殡葬服务制度', 'circled', 1, '①'],
    ['第一章　总则', 'chapter', 1, '第一章'],
    ['第三节 数据共享', 'section', 3, '第三节'],
    ['第二十一条 居民委员会应当', 'article', 21, '第二十一条'],
    ['第一部分 发展基础', 'part', 1, '第一部分'],
    ['一是完善有关制度。中办、国办印发', 'cn-shi', 1, '一是'],
    ['1.1　编制目的及依据', 'decimal2', 1, '1.1'],
    ['1.2.1　国家级（Ⅰ级）：两个以上省', 'decimal3', 1, '1.2.1'],
    ['2　组织机构和职责', 'num-space', 2, '2'],
    ['㈠新型节能建筑体系，包括墙体、保温隔热技术与产品', 'cn-paren', 1, '㈠'], // corpus 009: U+3220 form of （一）
    ['4.2024年启动智慧健康养老示范工程。', 'num', 4, '4.'], // a marker run into a year (corpus 027)
    ['b.满足条件2的企业请提交：国家高新技术企业证书；', 'latin', 2, 'b.'], // corpus 213: a list of materials
  ];
  for (const [text, style, ordinal, marker] of cases) {
    it(`${style}: ${text}`, () => {
      const m = at0(text);
      expect(m).not.toBeNull();
      expect(m!.style).toBe(style);
      expect(m!.ordinal).toBe(ordinal);
      expect(m!.marker).toBe(marker);
      expect(text.slice(m!.length).trim().length).toBeGreaterThan(0);
    });
  }

  it('matches a marker run into a line only where asked (inline position)', () => {
    const line = '一、强化法制机制建设，提高基层民主自治能力 1.深化城乡社区民主协商。';
    const p = line.indexOf('1.');
    expect(matchMarker(line, p, false)?.style).toBe('num');
  });
});

describe('not markers', () => {
  const negatives = [
    '2个以上的试点县（市、区）', // a count, no dot
    '1.2-1.4倍标准确定', // a decimal
    '3、4月份开展督查', // a list of numbers
    '2020年前完成撤并', // a year
    '一是否按时完成', // 一是否 is a question
    '第一条件是', // 第一条件
    '第二批实验区', // an ordinal, not a heading
    '5G、物联网等现代信息技术', // a name
    '100%乡镇(街道)建立协商制度', // a percentage
    '1.', // a bare marker: a table cell or page number
    '4.0402亿元', // a decimal, even when four digits follow the dot
    'a.m. 9点开会', // a Latin abbreviation, no Chinese after the point
    'e.g.参照执行', // a Latin abbreviation: its letter is followed by another letter
  ];
  for (const text of negatives) {
    it(text, () => {
      const m = at0(text);
      if (m) expect.fail(`${text} matched as ${m.style} ${m.marker}`);
    });
  }
  it('decimal numbering only at a line start (1.2倍 mid-line is a number)', () => {
    expect(matchMarker('约为1.2 倍', 2, false)).toBeNull();
  });
});
