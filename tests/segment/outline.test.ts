// The section tree and the items, each rule with the text that motivated it.
import { describe, expect, it } from 'vitest';
import { extract, outlineOf, taskStarts } from '../helpers/extract.js';

const para = '这是一段足够长的正文内容，用来说明该项工作的具体要求和实施办法，确保各项任务落到实处。';

describe('outline', () => {
  it('splits a heading run together with its first item (seed 000: 一、强化… 1.深化…)', () => {
    const doc = extract(
      [
        '一、强化法制机制建设，提高基层民主自治能力 1.深化城乡社区民主协商。',
        `按照要求，${para}`,
        '2. 加强村委会换届选举指导 。',
        `组织协调相关部门，${para}`,
        '二、加强服务体系建设，提高城乡社区治理能力 3.编制全省城乡社区服务体系建设规划。',
        `依据规划，${para}`,
      ].join('\n'),
    );
    expect(outlineOf(doc)).toEqual(['1 一、 强化法制机制建设，提高基层民主自治能力', '1 二、 加强服务体系建设，提高城乡社区治理能力']);
    expect(taskStarts(doc)).toEqual(['1. 深化城乡社区民主', '2. 加强村委会换届选', '3. 编制全省城乡社区']);
    expect(doc.tasks[0]!.title).toBe('深化城乡社区民主协商');
    expect(doc.tasks[1]!.title).toBe('加强村委会换届选举指导');
    expect(doc.tasks[2]!.sectionId).toBe(doc.sections[1]!.id);
  });

  it('does not take a number in running text for a heading (确定2个以上的试点县; 2. inside a sentence)', () => {
    const doc = extract(
      ['一、总体安排', `1.开展试点。指导各市（地）结合实际，确定2个以上的试点县（市、区）。 5. 这里不是新条目。${para}`, `2.推广经验。${para}`].join('\n'),
    );
    expect(taskStarts(doc, 4)).toEqual(['1. 开展试点', '2. 推广经验']);
  });

  it('numbers must be consecutive to be siblings; an inline number continues only the open sequence', () => {
    const doc = extract(['一、工作任务', `1.第一项工作。${para} 2.第二项工作。${para}`, `3.第三项工作。${para}`].join('\n'));
    expect(taskStarts(doc, 5)).toEqual(['1. 第一项工作', '2. 第二项工作', '3. 第三项工作']);
  });

  it('levels follow the order styles appear, not a fixed map (a document that skips （一）)', () => {
    const doc = extract(['一、重点任务', '（1）加强领导', `1.具体工作。${para}`, `2.具体工作。${para}`, '二、保障措施', `1.加强保障。${para}`].join('\n'));
    expect(outlineOf(doc)).toEqual(['1 一、 重点任务', '2 （1） 加强领导', '1 二、 保障措施']);
    expect(doc.tasks.map((t) => t.marker)).toEqual(['1.', '2.', '1.']);
  });

  it('a fragment may start mid-sequence (seed 004 starts at 五、)', () => {
    const doc = extract(['五、基层政权和城乡社区建设', '(一)抓好换届选举,完善基层群众自治机制。', `1、完成换届选举工作。${para}`, `2、探索城乡社区协商民主。${para}`].join('\n'));
    expect(outlineOf(doc)).toEqual(['1 五、 基层政权和城乡社区建设', '2 (一) 抓好换届选举,完善基层群众自治机制']);
    expect(doc.sections[0]!.ordinal).toBe(5);
    expect(taskStarts(doc, 4)).toEqual(['1、 完成换届', '2、 探索城乡']);
  });

  it('chapters and articles: 第一章 run together with 第一条 on one line', () => {
    const doc = extract(['第一章　总则　　第一条 　为规范政务数据资源管理，制定本办法。', '第二条 　本办法适用于本州行政区域。', '第二章　管理职责', '第三条　州政府负责统筹全州政务数据资源工作。', '第四条　各部门负责本部门政务数据资源管理。'].join('\n'));
    expect(outlineOf(doc)).toEqual(['1 第一章 总则', '1 第二章 管理职责']);
    // 总则 is not one of the GUIDE's preamble headings: its articles are items too
    expect(taskStarts(doc, 4)).toEqual(['第一条 为规范政', '第二条 本办法适', '第三条 州政府负', '第四条 各部门负']);
  });

  it('一是/二是 enumerations inside paragraphs are items (seed 002)', () => {
    const doc = extract(
      [
        '民政部基层政权和社区建设司',
        `五年来，${para}`,
        '基层群众自治基础有效夯实',
        `一是完善有关制度。${para}二是加强村级民主管理、民主协商、民主监督。${para}三是加强有关能力建设。${para}`,
        '城乡社区建设不断深化',
        `一是有关政策制度进一步健全。${para}二是城乡统筹格局初步形成。${para}`,
      ].join('\n'),
    );
    expect(outlineOf(doc)).toEqual(['1 · 基层群众自治基础有效夯实', '1 · 城乡社区建设不断深化']);
    expect(taskStarts(doc, 6)).toEqual(['一是 完善有关制度', '二是 加强村级民主', '三是 加强有关能力', '一是 有关政策制度', '二是 城乡统筹格局']);
    expect(doc.meta.issuers).toEqual(['民政部基层政权和社区建设司']);
  });

  it('a lone 一是 without 二是 is not an enumeration', () => {
    const doc = extract(['一、工作要求', `1.加强领导。其中最重要的一是要统一思想。${para}`, `2.强化保障。${para}`].join('\n'));
    expect(doc.tasks.map((t) => t.marker)).toEqual(['1.', '2.']);
  });

  it('items under the preamble headings are not tasks; run-in preamble items are sub-headings (seed 001)', () => {
    const doc = extract(
      [
        '一、总体要求',
        `(一)指导思想。${para}`,
        '(二)基本原则',
        `——坚持党的全面领导，固本强基。${para}`,
        `(三)总体目标。到2020年，${para}`,
        '二、推进城乡社区治理体系现代化',
        `(一)充分发挥基层党组织的领导核心作用。${para}`,
        `(二)有效发挥基层政府主导作用。${para}`,
      ].join('\n'),
    );
    expect(outlineOf(doc)).toEqual(['1 一、 总体要求', '2 (一) 指导思想', '2 (二) 基本原则', '2 (三) 总体目标', '1 二、 推进城乡社区治理体系现代化']);
    expect(taskStarts(doc, 6)).toEqual(['(一) 充分发挥基层', '(二) 有效发挥基层']);
  });

  it('an unnumbered heading above a task table is a top-level section (seed 001 附件)', () => {
    const doc = extract(
      [
        '一、重点任务',
        `(一)加强组织领导。${para}`,
        '附件:',
        '部门重点工作任务分工',
        '序号',
        '工作任务',
        '负责单位',
        '1',
        '引导基层党组织强化政治功能，健全完善社区党组织领导基层群众性自治组织开展工作的相关制度。',
        '省委组织部',
      ].join('\n'),
    );
    expect(outlineOf(doc)).toEqual(['1 一、 重点任务', '1 · 部门重点工作任务分工']);
  });

  it('the enclosed document title after the signature is not a heading (seed 001: 关于…的实施意见 / (代拟稿))', () => {
    const doc = extract(
      [
        '浙江省民政厅关于公开征求《关于加强和完善城乡社区治理的实施意见》意见的公告',
        `根据要求，${para}`,
        '浙江省民政厅',
        '2016年11月8日',
        '关于加强和完善城乡社区治理的实施意见',
        '(代拟稿)',
        `城乡社区是社会治理的基本单元。${para}`,
        '一、总体要求',
        `(一)指导思想。${para}`,
      ].join('\n'),
    );
    expect(outlineOf(doc)).toEqual(['1 一、 总体要求', '2 (一) 指导思想']);
    expect(doc.meta.signedDate).toBe('2016-11-08');
    expect(doc.meta.issuers).toEqual(['浙江省民政厅']);
  });

  it('table cells (1.健全…) are not read as headings', () => {
    const doc = extract(
      [
        '主要任务',
        '工作措施',
        '工作路径及任务指标',
        '完成时限',
        '责任单位',
        '1.健全基层治理党的领导体制',
        '积极推行村(社区)党组织书记通过法定程序担任村(居)民委员会主任。',
        '会同组织部门巩固深化村(社区)换届成果。',
        '持续推进',
        '各县(市、区)民政局、市局基政科',
      ].join('\n'),
    );
    expect(doc.sections).toEqual([]);
    expect(doc.tables).toHaveLength(1);
  });
});

describe('boxes (专栏)', () => {
  const para = '这是一段足够长的正文内容，用来说明该项工作的具体要求和实施办法，确保各项任务落到实处。';
  it('a box without numbered items does not break the main list (corpus 003)', () => {
    const doc = extract(
      ['二、行动步骤', '（一）网络体系强基行动。', `1﹒推进工业互联网外网建设。${para}`, `2﹒推进企业内网改造升级。${para}`, '专栏1  工业互联网网络互联互通工程', `优化网络基础设施。${para}`, '（二）基础支撑增强行动。', `3﹒加快标识解析体系建设。${para}`, '专栏2  工业互联网标识解析体系增强工程', `持续争取标识解析体系国家二级节点。${para}`, `4﹒推进工业大数据能力建设。${para}`, '（三）平台体系赋能行动。', `5﹒建设跨行业、跨领域综合型平台。${para}`].join('\n'),
    );
    expect(doc.tasks.map((t) => t.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.tasks[3]!.sectionId).toBe(doc.sections.find((s) => s.title === '基础支撑增强行动')!.id);
  });

  it('a box numbers its own items from 1; the main list goes on after it (corpus 036)', () => {
    const doc = extract(
      ['二、重点任务', '（一）培育数字化转型典型场景和解决方案', `1.培育数字化转型典型场景。${para}`, `2.加强数字化转型解决方案研发。${para}`, '专栏1数字化解决方案研发推广工程', '1.家用电器行业：个性化定制平台、家电垂域大模型技术等解决方案。', '2.家具行业：家具数字化设计平台、3D建模技术等解决方案。', '（二）深入开展数字化转型改造', `3.梯次推进企业“智改数转网联”。${para}`, `4.实施大规模设备数字化改造更新。${para}`].join('\n'),
    );
    expect(doc.sections.map((s) => `${s.level} ${s.title}`)).toEqual(['1 重点任务', '2 培育数字化转型典型场景和解决方案', '3 专栏1数字化解决方案研发推广工程', '2 深入开展数字化转型改造']);
    expect(doc.tasks.map((t) => `${t.marker}${t.text.slice(0, 4)}`)).toEqual(['1.培育数字', '2.加强数字', '1.家用电器', '2.家具行业', '3.梯次推进', '4.实施大规']);
  });
});

describe('outline forms from the review of corpus 065, 064, 196 and 179', () => {
  it('a numbered heading with only paragraphs under it is a task (065: 一、推行“零材料+自动获取”申报模式)', () => {
    const doc = extract('关于数据赋能的工作信息\n一、推行“零材料+自动获取”申报模式\n依托大数据平台，实现12个领域“零材料”申报。\n二、推行“区块链+远程刷脸”认证模式\n通过区块链技术实现远程认证。\n');
    expect(outlineOf(doc)).toEqual([]);
    expect(doc.tasks.map((t) => `${t.marker} ${t.title} ${t.rule}`)).toEqual([
      '一、 推行“零材料+自动获取”申报模式 task/heading-with-paragraphs',
      '二、 推行“区块链+远程刷脸”认证模式 task/heading-with-paragraphs',
    ]);
  });
  it('…but among sibling headings that mostly hold numbered items it is a heading too (196: 二、继续扩大内需…)', () => {
    const doc = extract(
      [
        '各位代表：', '一、1998年工作回顾', '第一，经济较快增长。去年增长7.8%。', '第二，改革继续推进。国有企业改革取得进展。',
        '二、继续扩大内需和实施积极的财政政策', '综合分析国内外的有利条件，要继续实施积极的财政政策。', '今年拟发行长期国债，继续加强基础设施建设。',
        '三、促进农业和农村经济全面发展', '第一，调整和优化农业结构。要适应市场需求。', '第二，加强农业基本建设。要加大投入。',
        '四、努力促进祖国和平统一大业', '香港回归祖国以来，一国两制方针得到贯彻。',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => `${s.marker} ${s.rule}`)).toEqual(['一、 section/has-items', '二、 section/among-headings', '三、 section/has-items']);
    // 四、 has one paragraph: an item, as 四、其他事宜 of a notice (077).
    expect(doc.tasks.map((t) => t.marker)).toEqual(['第一，', '第二，', '第一，', '第二，', '四、']);
  });
  it('must not match: a safeguard heading (五、组织实施) or one whose paragraphs are numbered lines the outline missed', () => {
    const doc = extract(
      [
        '一、重点任务', '（一）加强统筹。推进数据共享。', '（二）完善机制。建立工作机制。', '二、主要举措', '（一）强化支撑。加大投入。', '（二）优化服务。提升效能。',
        '三、组织实施', '加强组织领导。建立协调机制。', '强化督促检查。定期通报进展。',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.marker)).toEqual(['一、', '二、']);
    expect(doc.tasks.map((t) => t.marker)).toContain('三、');
  });
  it('a marker alone on its line takes the next line as its item (196: 一是 / 认真完善银行…)', () => {
    const doc = extract('五、认真做好金融工作\n我国金融运行平稳。\n一是\n认真完善银行、证券的监管制度。要加强监管。\n二是\n加快国有商业银行的改革。要推进改革。\n');
    expect(doc.tasks.map((t) => `${t.marker} ${t.title} ${t.text}`)).toEqual(['一是 认真完善银行、证券的监管制度 认真完善银行、证券的监管制度。要加强监管。', '二是 加快国有商业银行的改革 加快国有商业银行的改革。要推进改革。']);
    expect(doc.source.text!.slice(...doc.tasks[0]!.span)).toBe('一是\n认真完善银行、证券的监管制度。要加强监管。');
  });
  it('must not match: a bare 一是 without a 二是, a bare 1. (a table cell or page number)', () => {
    expect(extract('一、重点任务\n一是\n认真完善监管制度。\n').tasks.map((t) => t.marker)).toEqual(['一、']);
    expect(extract('一、重点任务\n1.\n认真完善监管制度。\n').tasks.map((t) => t.marker)).toEqual(['一、']);
  });
  it('after the signature, an unnumbered line before numbered items heads an annex whose 附件 label is lost (090)', () => {
    const doc = extract('关于支持开展交通强国建设试点工作的意见\n北京工业大学：\n一、加强组织领导。确保试点工作取得实效。\n二、加强跟踪督导。每年报送总结。\n交通运输部\n2022年9月20日\n\n交通强国建设试点任务要点（北京工业大学）\n一、城市公共交通智能化技术研究\n（一）试点单位。北京工业大学。\n（二）试点内容。开展技术研究。\n');
    expect(outlineOf(doc)).toEqual(['1 · 交通强国建设试点任务要点（北京工业大学）', '2 一、 城市公共交通智能化技术研究']);
  });
  it('must not match: the title of measures the notice issues, whose 第一章 follows (093)', () => {
    const doc = extract('关于印发管理办法的通知\n各省医疗保障局：\n现将办法印发给你们，请遵照执行。\n国家医疗保障局\n2022年3月30日\n医疗保障基金智能审核和监控知识库管理办法（试行）\n第一章 总则\n第一条 为健全监管体系，制定本办法。\n第二章 建设\n第二条 知识库由国家医保局组织建设。\n');
    expect(outlineOf(doc)).toEqual(['1 第一章 总则', '1 第二章 建设']);
  });
  it('一、充分认识…的重要意义 with a paragraph is an item, not a preamble heading (108; as 050 …的重要性)', () => {
    const doc = extract('一、充分认识赋予科研机构和人员自主权的重要意义\n深入推进科技体制改革，是落实创新驱动发展战略的必然要求。\n二、制定配套制度和具体实施办法\n各部门要抓紧制定实施办法。\n');
    expect(doc.tasks.map((t) => `${t.marker} ${t.rule}`)).toEqual(['一、 task/heading-with-paragraphs', '二、 task/heading-with-paragraphs']);
  });
  it('…but a chapter heading stays a section, and a preamble heading too', () => {
    const doc = extract('一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n二、重点任务\n（一）加强统筹\n推进数据共享。\n（二）完善机制\n建立工作机制。\n');
    expect(outlineOf(doc)).toEqual(['1 一、 指导思想', '1 二、 重点任务']);
  });
  it('an enumeration run into a line after a colon opens its level (064: 分别是：1.加快… 2.提升…)', () => {
    const doc = extract('二、主要任务\n一是强化数字产业化引领，共2项任务。分别是：1.加快软件产业发展；2.提升集成电路水平。\n二是加快产业数字化转型升级，共2项任务。分别是：1.提升制造业数字化水平；2.加快服务业数字化。\n');
    expect(doc.tasks.map((t) => t.text)).toEqual(['加快软件产业发展；', '提升集成电路水平。', '提升制造业数字化水平；', '加快服务业数字化。']);
    expect(outlineOf(doc)).toEqual(['1 二、 主要任务', '2 一是 强化数字产业化引领，共2项任务', '2 二是 加快产业数字化转型升级，共2项任务']);
  });
  it('must not match: a 1. after a colon with no 2. in the line (要求如下：1.5倍)', () => {
    const doc = extract('一、重点任务\n1.加强统筹。补贴标准如下：1.5倍计算。\n2.完善机制。\n');
    expect(doc.tasks.map((t) => t.marker)).toEqual(['1.', '2.']);
  });
  it('第一，第二， are a report\'s points (196)', () => {
    const doc = extract('三、促进农业和农村经济全面发展\n第一，调整和优化农业结构。要适应市场需求。\n第二，加强以水利为重点的农业基本建设。今年要继续加大投入。\n');
    expect(doc.tasks.map((t) => `${t.marker} ${t.title}`)).toEqual(['第一， 调整和优化农业结构', '第二， 加强以水利为重点的农业基本建设']);
  });
  it('a chapter heading line opens its level whatever its number (179 lost ## 第一章)', () => {
    const doc = extract('第一条 为了加强规划建设，制定本条例。\n第二条 本条例适用于本市。\n第二章 规划\n第三条 市教育主管部门应当编制规划。\n');
    expect(outlineOf(doc)).toEqual(['1 第二章 规划']);
    expect(doc.tasks.map((t) => t.marker)).toEqual(['第一条', '第二条', '第三条']);
  });
});
