// A page that carries the same document body twice (seed 001) yields each section and task once.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

const body = [
  '关于加强和完善城乡社区治理的实施意见',
  '一、推进城乡社区治理体系现代化',
  '(一)充分发挥基层党组织的领导核心作用。把加强基层党的建设、巩固党的执政基础贯穿城乡社区治理始终，积极探索党建引领城乡社区治理的有效路径。',
  '(二)有效发挥基层政府主导作用。完善乡镇分类管理机制，优化街道(乡镇)行政区划规模设置，着力加强街道(乡镇)服务能力建设。',
  '二、强化组织保障',
  '(一)完善领导体制和工作机制。省城乡社区建设联席会议要定期研究城乡社区治理工作重大事项，负责统筹协调推进全省城乡社区治理工作。',
  '(二)优化社区资源配置。加强城乡社区布局规划，做好社区规划与土地利用规划、城乡规划的相衔接。',
];

describe('repeated content', () => {
  it('reads the body once and says so in warnings', () => {
    const text = ['当前位置 : 首页', ...body, '扫一扫在手机打开当前页', '发布时间:2017-11-08', ...body].join('\n');
    const doc = extract(text);
    expect(doc.sections.map((s) => s.title)).toEqual(['推进城乡社区治理体系现代化', '强化组织保障']);
    expect(doc.tasks).toHaveLength(4);
    expect(doc.warnings.some((w) => w.startsWith('repeated content'))).toBe(true);
    // every span points into the first copy
    const secondCopy = doc.source.text!.lastIndexOf(body[1]!);
    for (const t of doc.tasks) expect(t.span[1]).toBeLessThan(secondCopy);
  });

  it('does not treat a repeated short line (a table header, a unit cell) as a repeated body', () => {
    const text = [...body, '各县(市、区)民政局,市局基政科', '各县(市、区)民政局,市局基政科'].join('\n');
    expect(extract(text).warnings.filter((w) => w.startsWith('repeated content'))).toEqual([]);
  });

  it('reads the title, 文号 and joint signature when the header sits only above the second copy (corpus 035)', () => {
    const letter = [
      '各省、自治区、直辖市市场监管局（厅、委）、工业和信息化主管部门：',
      ...body.slice(1),
      '市场监管总局办公厅',
      '工业和信息化部办公厅',
      '2022年4月13日',
    ];
    const title = '市场监管总局办公厅、工业和信息化部办公厅关于开展2022年度智能制造标准应用试点工作的通知';
    const doc = extract([...letter, '注：1.推荐项目按优先级先后顺序排列；', title, '', title, '（市监标技发〔2022〕34号）', ...letter].join('\n'));
    expect(doc.meta).toMatchObject({
      title,
      docNumber: '市监标技发〔2022〕34号',
      issuers: ['市场监管总局办公厅', '工业和信息化部办公厅'],
      signedDate: '2022-04-13',
    });
    expect(doc.sections.map((s) => s.title)).toEqual(['推进城乡社区治理体系现代化', '强化组织保障']);
  });
});
