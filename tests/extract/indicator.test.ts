// Indicators: each phrase form with the real phrase that motivated it, and the must-not-match list.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

/** Indicators of a short plan text, as "comparator value[-max] unit year kind". */
function ind(sentence: string, header = '关于印发2017年工作要点的通知\n黑民函〔2017〕58号\n一、重点任务') {
  const doc = extract(`${header}\n1.开展工作。${sentence}`);
  return doc.indicators.map((i) => `${i.comparator} ${i.value}${i.valueMax !== null ? `-${i.valueMax}` : ''} ${i.unit} ${i.year ?? '-'} ${i.kind}`);
}

/** The figures of one task's text, as comparator, value (..max) and unit. */
const figures = (s: string): string[] =>
  extract(`一、重点任务\n1.开展工作。${s}\n`).indicators.map((i) => `${i.comparator} ${i.value}${i.valueMax !== null ? `..${i.valueMax}` : ''} ${i.unit}`);

describe('indicators', () => {
  const cases: Array<[string, string[]]> = [
    ['到年末实现全省城市社区建设达标率达到92%，农村社区建设达标率达到30%。', ['>= 92 % 2017 target', '>= 30 % 2017 target']], // seed 000
    ['城市社区老年人日间照料中心（室）实现68%的覆盖率。', ['= 68 % - target']], // 实现 is not a >= word
    ['到2020年，全省登记和备案社区社会组织达到15万个以上，每个城市社区不少于15个，农村社区不少于5个。', ['>= 150000 个 2020 target', '>= 15 个 2020 target', '>= 5 个 2020 target']], // seed 001
    ['新建城市社区一般按1500户至3000户规模设置。', ['range 1500-3000 户 - target']],
    ['工资原则上按照当地上一年度全社会单位就业人员年平均工资的1.2-1.4倍标准确定。', ['range 1.2-1.4 倍 - target']],
    ['人口在300人以下的村一般要撤并，人口在200人以下的村原则上要在2020年前完成撤并。', ['<= 300 人 - target', '<= 200 人 2020 target']],
    ['原则上城乡社区主职干部办公用房面积不得超过15平方米。', ['<= 15 平方米 - target']],
    ['提拔担任街道中层正职干部一般应有一年以上社区工作经历。', ['>= 1 年 - target']],
    ['力争“十四五”末每万城镇常住人口拥有社区工作者18人。', ['= 18 人 2025 target']], // seed 003: 每万 is a denominator
    ['县级每年对村(社区)主干不少于2次系统培训。', ['>= 2 次 - target']],
    ['新能源汽车年产量突破1300万辆，外汇储备超过3.2万亿美元。', ['> 13000000 辆 - target', '> 3200000000000 美元 - target']], // 突破 like 超过 (corpus 003: 突破5亿)
    ['实现每个村30岁以下，本科学历大学生全覆盖。', ['<= 30 岁 - target']],
    ['抓好凯里、黄平、镇远三县(市)试点工作。', ['= 3 县(市) - target']], // seed 004
    ['百分之六十的社区建成智慧社区。', ['= 60 % - target']],
    ['控制在5%以内。', ['<= 5 % - target']],
    ['一个“标准群”中标准数量不宜少于5项、不宜超过20项。', ['>= 5 项 - target', '<= 20 项 - target']], // corpus 035: a negated strict bound
    ['奖励性绩效占比不低于绩效工资总量的70%。', ['>= 70 % - target']], // corpus 028: bound, base, 的, share
    ['城乡居民基础养老金最低标准再提高20元。', ['= 20 元 - target']], // corpus 038: 最低 names the subject
    ['全省算力规模达到14EFlops，带宽可用性5000M以上。', ['>= 14 EFlops - target', '>= 5000 M - target']], // corpus 032, 026
    ['年末生猪存栏39.8万头，家禽存笼188.7万羽，藏书量29.19万册。', ['= 398000 头 2017 target', '= 1887000 羽 2017 target', '= 291900 册 2017 target']], // corpus 046
    ['营业收入利润率为11.1\u2002%。', ['= 11.1 % - target']], // corpus 046: an en space before %
    ['制定修订行政法规28部，27部门联合印发。', ['= 28 部 - target']], // corpus 038; 27部门 is not 27 部
    ['以1995年实招人数1445名为基数，逐年扩招。', ['= 1445 名 1995 actual']], // corpus 024: a baseline
    ['累计争取科技经费750万元。', ['= 7500000 元 - actual']], // corpus 046: 争取 inside 累计争取 reports
    ['全年营业收入超亿元的工业企业达58户，其中超10亿元的6户。', ['>= 58 户 - target', '= 6 户 - target']], // corpus 046: 10亿元 qualifies the 6户
    ['对湖南、广东、广西、陕西、新疆等5省(区)的4000名村干部开展培训。', ['= 5 省(区) - target', '= 4000 名 - target']], // seed 002: both count
    ['网文出海吸引用户超1.5亿人。', ['> 150000000 人 - target']], // corpus 037: 超 is short for 超过
  ];
  for (const [sentence, expected] of cases) it(sentence, () => expect(ind(sentence)).toEqual(expected));

  it('reports figures as actual with the as-of year (seed 002: 截至2016年底…; 比2012年底 is a baseline)', () => {
    expect(
      ind('截至2016年底，全国共有城乡社区综合服务设施16.1万个，全国城市社区综合设施覆盖率达到79.3%，比2012年底增长了10.1%。', '五年来工作回顾'),
    ).toEqual(['= 161000 个 2016 actual', '>= 79.3 % 2016 actual', '= 10.1 % 2016 actual']);
    expect(ind('“十二五”期间中央投资8亿元资助23个省份社区服务项目建设，新建社区服务设施100.55万平方米。', '五年来工作回顾')).toEqual([
      '= 800000000 元 - actual',
      '= 23 个 - actual',
      '= 1005500 平方米 - actual',
    ]);
  });

  it('a second bound of a coordinated pair keeps the subject (corpus 035); a bracket note qualifies what precedes it (corpus 018)', () => {
    const doc = extract('一、重点任务\n1.开展工作。一个“标准群”中标准数量不宜少于5项、不宜超过20项。立即向国务院上报有关情况（最迟不超过4个小时）。');
    expect(doc.indicators.map((i) => i.subject)).toEqual(['一个“标准群”中标准数量', '一个“标准群”中标准数量']);
    // corpus 018: a reporting limit is a time limit, a deadline of kind within, never an indicator.
    expect(doc.deadlines.map((d) => `${d.kind} ${d.duration} ${d.text}`)).toEqual(['within PT4H 不超过4个小时']);
  });

  it('a report plans in its 工作任务 part and with 拟, and reports in its 回顾 part (corpus 038)', () => {
    const doc = extract(
      [
        '一、2024年工作回顾',
        '过去一年，国内生产总值达到134.9万亿元、增长5%，城镇新增就业1256万人。',
        '二、2025年政府工作任务',
        '（一）实施更加积极的财政政策。今年赤字率拟按4%左右安排、比上年提高1个百分点。一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。',
      ].join('\n'),
    );
    expect(doc.indicators.map((i) => `${i.subject} ${i.value} ${i.kind}`)).toEqual([
      '国内生产总值 134900000000000 actual',
      '国内生产总值达到134.9万亿元、增长 5 actual',
      '城镇新增就业 12560000 actual',
      '今年赤字率 4 target',
      '今年赤字率拟按4%左右安排、比上年提高 1 target',
      '一般公共预算支出规模 29700000000000 target',
      '一般公共预算支出规模29.7万亿元、比上年增加 1200000000000 target',
    ]);
  });

  it('names the measured subject', () => {
    const doc = extract('一、重点任务\n1.加强设施建设。到年末实现全省城市社区建设达标率达到92%。');
    expect(doc.indicators[0]!.subject).toBe('城市社区建设达标率');
    expect(doc.indicators[0]!.text).toBe('到年末实现全省城市社区建设达标率达到92%');
  });

  const negatives = [
    '依法成立省级第十一届村委会换届选举指导机构。', // ordinal
    '推广第二批实验区创新经验。', // ordinal
    '推动96345服务信息平台规范运营。', // a name
    '运用5G、物联网等现代信息技术。', // a name
    '推进社区养老服务“1251工程”。', // a name
    '积极探索推广台江县“十户一体”经验。', // a quoted name
    '加快推进社区、社会组织、社会工作“三社联动”。', // a name
    '扎实推进消除经济薄弱村三年行动计划。', // a plan's name, not a duration
    '再过5到10年，城乡社区治理体制更加成熟定型。', // a time horizon
    '打造一张网，推行一站式服务，取消一票否决。', // words containing numerals
    '依据《城乡社区服务体系建设规划（2016-2020年）》（民发〔2016〕191号）。', // a title and a 文号
    '按照每万城镇常住人口配备。', // a denominator without a figure
    '从进一步加强村务公开等四个方面来推进。', // the structure of the text
    '力争突破一批原创性成果。', // corpus 032: 一批 is vague
    '（一）知识产权保护方面5项', // corpus 016: a heading counting the items below it
    '一、推广的改革举措（共23项）', // corpus 016
    '庭审时法官主要审理上述两个表格中的焦点问题。', // corpus 016: a reference back
  ];
  for (const s of negatives) it(`not an indicator: ${s}`, () => expect(ind(s)).toEqual([]));
});

describe('figures from the review of corpus 063, 196 and 146', () => {
  const ind = (s: string) => extract(`一、重点任务\n1.开展工作。${s}\n`).indicators.map((i) => `${i.comparator} ${i.value} ${i.unit}`);
  it('补贴上限为每年 200 万元 is a cap (063, spaced PDF text)', () => expect(ind('补贴上限为每年 200 万元。')).toEqual(['<= 2000000 元']));
  it('600多万人 is more than six million (196)', () => expect(ind('实现再就业的下岗职工600多万人。')).toEqual(['> 6000000 人']));
  it('1000万以上 counts without a unit (196)', () => expect(ind('力争今年农村贫困人口再减少1000万以上。')).toEqual(['>= 10000000 ']));
  it('must not match: 第 5 次会议 (an ordinal in spaced text), 依照前两项 (provisions of the text)', () => {
    expect(ind('已经局党组 2021 年第 5 次会议审议通过。')).toEqual([]);
    expect(ind('违反本条规定的，也应当依照前两项执行。')).toEqual([]);
  });
});

describe('a bound outside a report is a threshold (corpus 180, 208)', () => {
  const kinds = (s: string) => extract(`一、重点任务\n1.开展工作。${s}\n`).indicators.map((i) => `${i.value} ${i.kind}`);
  it('已建成面积在三千平方米以上的公共绿地 / 均已年满60周岁: target, whatever 已 says', () => {
    expect(kinds('将城市规划区内已建成面积在三千平方米以上的公共绿地划定为绿线。')).toEqual(['3000 target']);
    expect(kinds('如所有家庭成员均已年满60周岁，可以延长审查期。')).toEqual(['60 target']);
  });
  it('must not match: a plain figure with 已 (已建成12个) stays actual', () => expect(kinds('全市已建成12个社区服务中心。')).toEqual(['12 actual']));
});

describe('预期 as a target and as a yardstick (corpus 200)', () => {
  const kinds = (s: string) => extract(`各位代表：\n现在，我代表国务院向大会作政府工作报告。\n${s}\n`).indicators.map((i) => `${i.value} ${i.kind}`);
  it('经济恢复好于预期，全年国内生产总值增长2.3％ reports; 今年发展主要预期目标 plans', () => {
    expect(kinds('经济恢复好于预期，全年国内生产总值增长2.3％。')).toEqual(['2.3 actual']);
    expect(kinds('今年发展主要预期目标是：国内生产总值增长6%以上。')).toEqual(['6 target']);
  });
});

describe('a speech to a congress reports (corpus 194, 196)', () => {
  it('各位代表： opens a report: its figures are actual, its past years no deadlines', async () => {
    const { isReportDocument } = await import('../../src/extract/indicator/index.js');
    expect(isReportDocument(null, '各位代表：\n现在，我代表国务院，向大会作政府工作报告。')).toBe(true);
    expect(isReportDocument(null, '各市人民政府：\n现将有关事项通知如下。')).toBe(false);
    // 通报 (130), an award decision (107) and a summary opening 今年以来 (065) tell what was done.
    expect(isReportDocument('国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报', '')).toBe(true);
    expect(isReportDocument('国务院关于2018年度国家科学技术奖励的决定', '')).toBe(true);
    expect(isReportDocument(null, '今年以来，为贯彻落实部署要求，青岛市行政审批服务局打造全链条智能审批新模式。')).toBe(true);
    // must not match: a decision that is no award, a notice that opens 近年来.
    expect(isReportDocument('国务院关于修改部分行政法规的决定', '力争确保')).toBe(false);
    expect(isReportDocument(null, '近年来，我省数字经济快速发展。力争到2025年实现。')).toBe(false);
  });
});

describe('shares, ratios, two-sided bounds and limits (issue: quantities)', () => {
  const ind = figures;
  it('三分之一 / 2/3以上 / 1∶4000 (corpus 198, 154, 076)', () => {
    expect(ind('中央对地方专项转移支付项目减少三分之一。')).toEqual([`= ${1 / 3} `]);
    expect(ind('经2/3以上委员同意。')).toEqual([`>= ${2 / 3} `]);
    expect(ind('各高校按师生比不低于1∶4000配备。')).toEqual(['>= 0.00025 ']);
  });
  it('百分之五十 stays a percentage; 千分之五 is per mille', () => {
    expect(ind('可以并处非法经营总额百分之五十罚款。')).toEqual(['= 50 %']);
    expect(ind('按职工工资总额千分之五提取。')).toEqual(['= 5 ‰']);
  });
  it('3000人以上5000人以下 is a range', () => expect(ind('人口在3000人以上5000人以下的村。')).toEqual(['range 3000..5000 人']));
  it('只能享受一次 is a limit', () => expect(ind('同一家庭只能享受一次。')).toEqual(['<= 1 次']));
  it('must not match: a date written with slashes, a clock time', () => {
    expect(ind('于2023/5/6召开会议，8:30报到。')).toEqual([]);
  });
});

describe('points, fen, incidents, approximate counts and small-numeral ranges (corpus 211, 116, 130, 065, 194, 137, 142)', () => {
  const ind = figures;
  it('每满1年计8分，最高计20分 (211): points; 最高计 caps them; 每满1年 is a denominator', () => expect(ind('在广州市办理居住证，每满1年计8分，最高计20分。')).toEqual(['= 8 分', '<= 20 分']));
  it('每千瓦时加价2分钱 (116): a fen', () => expect(ind('对非居民用电每千瓦时加价2分钱。')).toEqual(['= 2 分']));
  it('must not match 分: 十分重要, 15时30分, 三分之一 as points, 2分局', () => {
    expect(ind('这项工作十分重要。')).toEqual([]);
    expect(ind('会议于15时30分召开。')).toEqual([]);
    expect(ind('设立2分局。')).toEqual([]);
    expect(ind('占三分之一。')).toEqual(['= 0.3333333333333333 ']);
  });
  it('3起事故 (130) and 每宗 (211): incidents and cases are counted', () => expect(ind('连续发生3起特大瓦斯爆炸事故。')).toEqual(['= 3 起']));
  it('must not match: 一起 (together), 两度 (twice)', () => {
    expect(ind('共同研究，一起推进。')).toEqual([]);
    expect(ind('两度获得冠军。')).toEqual([]);
  });
  it('电力产量108亿度 (194): kilowatt-hours', () => expect(ind('电力产量达到108亿度。')).toEqual(['>= 10800000000 度']));
  it('十八摄氏度 (176), 18℃, 55分贝: temperatures and noise levels', () => {
    expect(ind('保证卧室、起居室的温度不低于十八摄氏度。')).toEqual(['>= 18 摄氏度']);
    expect(ind('室温不低于18℃。')).toEqual(['>= 18 ℃']);
    expect(ind('昼间噪声不超过55分贝。')).toEqual(['<= 55 分贝']);
  });
  it('1万余次 / 144亿多元 / 200多项 (065, 194, 196): 多 or 余 between the figure and its unit is more than it', () => {
    expect(ind('减少企业群众跑腿1万余次。')).toEqual(['> 10000 次']);
    expect(ind('积压资金144亿多元。')).toEqual(['> 14400000000 元']);
    expect(ind('移交职能200多项。')).toEqual(['> 200 项']);
  });
  it('must not match: 二十多年来 / 10余天 (an approximate span of time)', () => {
    expect(ind('二十多年来，改革不断深化。')).toEqual([]);
    expect(ind('历时10余天完成调查。')).toEqual([]);
  });
  it('18周岁以上，35周岁以下 (213): two bounds a comma apart are two figures; 3000人以上5000人以下 one range', () => {
    expect(ind('申请入住人年龄应在18周岁以上，35周岁以下。')).toEqual(['>= 18 岁', '<= 35 岁']);
    expect(ind('常住人口3000人以上5000人以下的村。')).toEqual(['range 3000..5000 人']);
  });
  it('满4年 (211) reaches a bound; 未满18周岁 / 不满十六周岁 (154, 165) stay below it; 1到2处 (061) counts places', () => {
    expect(ind('申请人缴纳社会保险满4年。')).toEqual(['>= 4 年']);
    expect(ind('任何组织不得摘取未满18周岁公民的活体器官。')).toEqual(['< 18 岁']);
    expect(ind('被盘问人的家属为不满十六周岁的未成年人。')).toEqual(['< 16 岁']);
    expect(ind('载人超过核定人数未达到百分之二十的，处罚款。')).toEqual(['< 20 %']);
    expect(ind('各煤矿企业要结合实际明确1到2处示范煤矿。')).toEqual(['range 1..2 处']);
  });
  it('每隔约1分钟 (146): an interval between repeats is a measure; 每满1年 stays a denominator', () => {
    expect(ind('在雾中航行时，应当每隔约1分钟发放雾号响声一次。')).toEqual(['= 1 分钟']);
    expect(ind('每满1年计2分。')).toEqual(['= 2 分']);
  });
  it('12个领域199个高频事项 (065): fields of work are counted; 5个方面 stays the text\'s own parts', () => {
    expect(ind('青岛市涉及社会组织、卫生许可等12个领域199个高频事项实现零材料申报。')).toEqual(['= 12 个', '= 199 个']);
    expect(ind('从以下5个方面推进工作。')).toEqual([]);
  });
  it('must not match 满 or 处 as figures: 期满前, 满意度, 处5000元罚款 keeps 元', () => {
    expect(ind('合同期满前提出申请。')).toEqual([]);
    expect(ind('对违法行为处5000元罚款。')).toEqual(['= 5000 元']);
  });
  it('一倍以上三倍以下罚款 (137) and 委员三至九人 (142): a range of small Chinese numerals counts', () => {
    expect(ind('并处违法所得一倍以上三倍以下罚款。')).toEqual(['range 1..3 倍']);
    expect(ind('人民调解委员会由委员三至九人组成。')).toEqual(['range 3..9 人']);
  });
  it('must not match: 一至二年 (a span of time), 一张网', () => {
    expect(ind('用一至二年时间完成。')).toEqual([]);
    expect(ind('建设全省一张网。')).toEqual([]);
  });
});

describe('formulas, restated bounds and windows (corpus 181, 211)', () => {
  const ind = figures;
  it('800万吨/年 (116), 32.5元/平方米/月 (213), 120万吨/年以上 (061): a rate keeps what it is per', () => {
    expect(ind('建设炼油规模800万吨/年的石化项目。')).toEqual(['= 8000000 吨/年']);
    expect(ind('租金标准为富力大厦32.5元/平方米/月。')).toEqual(['= 32.5 元/平方米/月']);
    expect(ind('省属煤矿、生产能力120万吨/年以上的煤矿实现智能化开采。')).toEqual(['>= 1200000 吨/年']);
  });
  it('505户1748人 (117): a CJK unit ends a figure, so two figures; 5G and 3A stay names', () => {
    expect(ind('全村13个村民小组505户1748人。').sort()).toEqual(['= 13 个', '= 1748 人', '= 505 户']);
    expect(ind('建设5G基站，创建3A级景区。')).toEqual([]);
  });
  it('must not match as a rate: 2/3 (a share) or 5G/千兆 names', () => {
    expect(ind('占比为2/3。')).toEqual(['= 0.6666666666666666 ']);
  });
  it('不超过本市3个月最低生活保障标准 (209): months of a standard are an amount, not a time limit', () => {
    expect(ind('急难型临时救助标准原则上人均不超过本市3个月最低生活保障标准。')).toEqual(['<= 3 个月']);
    expect(ind('个人临时救助标准原则上不低于当地两个月城镇最低生活保障标准。')).toEqual(['>= 2 个月']);
  });
  it('must not match: 不超过3个月 alone (a time limit) or 申请日前12个月内 (a window)', () => {
    expect(ind('审批时间不超过3个月。')).toEqual([]);
    expect(ind('救助事由应发生在申请日前12个月内。')).toEqual([]);
  });
  it('must not match: 点评处方数/处方总数×100% (a formula of an indicator table)', () => expect(ind('处方点评率=点评处方数/处方总数×100%。')).toEqual([]));
  it('a size keeps both measures: 480毫米×140毫米', () => expect(ind('汽车号牌规格为480毫米×140毫米。')).toEqual(['= 480 毫米', '= 140 毫米']));
  it('1万—3万元（含1万元，不含3万元）（4分）: the range and the points, not the restated bounds', () => {
    expect(ind('累计缴纳个人所得税：1万—3万元（含1万元，不含3万元）（4分）。')).toEqual(['range 10000..30000 元', '= 4 分']);
  });
  it('must not match: 近3个纳税年度 (the window a record is counted over)', () => expect(ind('近3个纳税年度累计在广州市纳税。')).toEqual([]));
});

describe('figures in the cells of a table that is no task table (corpus 211)', () => {
  it('a points scale with a merged group column: every row\'s points are read', async () => {
    const { extractDocument } = await import('../../src/index.js');
    const cell = (s: string, extra = '') => `<td${extra}>${s}</td>`;
    const html = `<html><body><h1>积分制入户管理办法</h1><p>第一条 为规范积分制入户，制定本办法。</p><table>
<tr>${cell('类别')}${cell('序号')}${cell('指标')}${cell('指标内容及分值')}</tr>
<tr>${cell('基础指标', ' rowspan="2"')}${cell('1')}${cell('合法稳定住所')}${cell('每满1年计8分，最高计20分。')}</tr>
<tr>${cell('2')}${cell('合法稳定就业')}${cell('每个险种每满1年计2分。')}</tr>
</table></body></html>`;
    const doc = extractDocument(html, { path: 'points.html' });
    expect(doc.indicators.map((i) => `${i.comparator} ${i.value} ${i.unit}`)).toEqual(['= 8 分', '<= 20 分', '= 2 分']);
    // Only a 类别 column and no unit or time-limit column: the scale assigns no work.
    expect(doc.tasks.filter((t) => t.origin === 'table')).toEqual([]);
  });

  it('a 类别 column with a 责任单位 column still makes a task of each row', async () => {
    const { extractDocument } = await import('../../src/index.js');
    const html = '<html><body><h1>工作方案</h1><p>一、总体要求</p><table><tr><td>类别</td><td>责任单位</td></tr><tr><td>完善社区服务设施</td><td>市民政局</td></tr><tr><td>推进智慧社区建设</td><td>市大数据局</td></tr></table></body></html>';
    const doc = extractDocument(html, { path: 'plan.html' });
    expect(doc.tasks.filter((t) => t.origin === 'table').map((t) => t.text)).toEqual(['完善社区服务设施', '推进智慧社区建设']);
  });
});
