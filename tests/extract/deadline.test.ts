// Deadlines: each phrase form, normalised to kind, start and end, with the phrase that motivated it.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

function dl(sentence: string, header = '关于印发2017年工作要点的通知\n黑民函〔2017〕58号\n一、重点任务') {
  const doc = extract(`${header}\n1.开展工作。${sentence}`);
  return doc.deadlines.map((d) => `${d.kind} ${d.start ?? '-'} ${d.end ?? '-'} ${d.text}`);
}

describe('deadlines', () => {
  const cases: Array<[string, string[]]> = [
    ['到2020年，城乡社区治理体系不断完善。', ['by - 2020-12-31 到2020年']],
    ['人口在200人以下的村原则上要在2020年前完成撤并。', ['by - 2020-12-31 在2020年前']],
    ['到2020年底前全面取消居民区设置。', ['by - 2020-12-31 到2020年底前']],
    ['请于2017年11月14日前以电子邮件方式反馈。', ['by - 2017-11-14 于2017年11月14日前']],
    ['2019年12月底前完成整合工作。', ['by - 2019-12-31 2019年12月底前']],
    ['2020年4月底前完成验收。', ['by - 2020-04-30 2020年4月底前']],
    ['2023年底实现全覆盖。', ['by - 2023-12-31 2023年底']],
    ['2022年上半年完成试点。', ['by - 2022-06-30 2022年上半年']],
    ['2022年第一季度启动。', ['by - 2022-03-31 2022年第一季度']],
    ['到年末实现全省城市社区建设达标率达到92%。', ['by - 2017-12-31 到年末']],
    ['请于当年10月底前报市民政局。', ['by - 2017-10-31 于当年10月底前']],
    ['明确“十三五”时期全省城乡社区服务体系建设的指导思想。', ['range 2016-01-01 2020-12-31 “十三五”时期']],
    ['力争“十四五”末每万城镇常住人口拥有社区工作者18人。', ['by - 2025-12-31 力争“十四五”末']],
    ['2022年-2025年开展试点。', ['range 2022-01-01 2025-12-31 2022年-2025年']],
    ['2022年实现村级综合服务设施全覆盖。', ['by - 2022-12-31 2022年']],
    ['定期研究基层治理工作。', ['recurring - - 定期研究基层治理工作']],
    ['原则上每年由县（市、区）组织综合考核。', ['recurring - - 每年由县（市、区）组织综合考核']],
    ['到2020年，城乡社区治理体系不断完善。再过5到10年，城乡社区治理体制更加成熟定型。', ['by - 2020-12-31 到2020年', 'by - 2030-12-31 再过5到10年']],
    ['利用2-3年时间，建立健全数据专区运营机制。', ['within - - 利用2-3年时间']], // corpus 002: a time limit (within.test.ts)
    ['自2022年3月1日至3月31日开展自查。', ['range 2022-03-01 2022-03-31 2022年3月1日至3月31日']],
  ];
  for (const [sentence, expected] of cases) it(sentence, () => expect(dl(sentence)).toEqual(expected));

  const negatives = [
    '截至2016年底，全国25个省份制定了实施办法。', // an as-of date
    '比2012年底增长了10.1%。', // a baseline
    '依据《城乡社区服务体系建设规划（2016- 2020年）》开展工作。', // a date inside a title
    '根据《中共中央国务院关于加强和完善城乡社区治理的意见》(中发〔2017〕13号)精神。', // a 文号
    '持续推进城乡社区综合服务设施建设。', // 持续推进 as a verb
    '完善村(居)民委员会成员竞职、创业、辞职“三项承诺”制度和定期述职制度。', // part of a system's name
    '建立社区定期调度、专报、媒体通报等机制。', // a mechanism
    '各项存款中定期存款增长较快。', // a time deposit
    '2017年4月14日召开全省工作会议。', // a past event, no 前
    '国务院办公厅已于2017年印发通知予以推广。', // corpus 016: 已于 dates a past event
    '本办法自2012年2月1日至2017年1月31日施行。', // corpus 009: a rule's validity, not a period of work
    '全市工业总产值相当于2017年的2倍。', // corpus 194 (相当于一九四九年的4.2倍): a base year, not a due date
    '犯罪分子在2017年10月1日以后的缓刑考验期间又犯新罪的，依法处理。', // corpus 172: a start, not a year due
  ];
  for (const s of negatives) it(`not a deadline: ${s}`, () => expect(dl(s)).toEqual([]));

  it('a time-limit cell: 持续推进 is ongoing, 2022年 is by its year end (seed 003 table)', () => {
    const doc = extract(
      ['主要任务', '工作措施', '工作路径及任务指标', '完成时限', '责任单位', '1.健全基层治理党的领导体制', '积极推行村(社区)党组织书记通过法定程序担任村(居)民委员会主任。', '会同组织部门巩固深化换届成果。', '持续推进', '各县(市、区)民政局、市局基政科', '会同有关部门认真总结新冠肺炎疫情防控经验。', '协助做好社区疫情防控工作。', '2022年', '各县(市、区)民政局,市局基政科'].join('\n'),
    );
    expect(doc.deadlines.map((d) => [d.kind, d.end, d.taskId])).toEqual([
      ['ongoing', null, doc.tasks[0]!.id],
      ['by', '2022-12-31', doc.tasks[1]!.id],
    ]);
  });

  it('a year with a leading zero is damaged: no deadline, and a warning naming the line (corpus 027: 0402年启动)', () => {
    const doc = extract('一、重点任务\n1.发展智慧健康养老。0402年启动智慧健康养老示范工程，0403年底前建成一批示范基地。');
    expect(doc.deadlines).toEqual([]);
    expect(doc.warnings).toEqual(['damaged years: 2 year(s) written with a leading zero (0402年 …) on line(s) 2; their deadlines are not read']);
  });
});

describe('deadlines from the review of corpus 077, 126, 127 and 196', () => {
  const dl = (sentence: string, header = '关于印发2024年工作要点的通知\n鲁教发〔2024〕5号\n一、重点任务') =>
    extract(`${header}\n1.开展工作。${sentence}\n`).deadlines.map((d) => `${d.kind} ${d.start ?? '-'} ${d.end ?? '-'} ${d.text}`);
  it('2024年，围绕…主题，立项打造… (077) and 2020年，制定…；2021年，启动… (060): a clause opened by its year sets that year\'s work', () => {
    expect(dl('以服务国家战略为目标，2024年，围绕“人工智能赋能高等教育教学改革”主题，立项打造10个左右本科专业高质量发展共同体。')).toEqual(['by - 2024-12-31 2024年']);
    expect(dl('2024年，制定课程纲要；2025年，启动实验室建设。')).toEqual(['by - 2024-12-31 2024年', 'by - 2025-12-31 2025年']);
  });
  it('must not match: a year of what was done (…提高了) or of a forecast (可能)', () => {
    expect(dl('2024年，农作物耕种收综合机械化率超过72%，智慧农业新模式得到广泛推广，大幅提高了农业生产效率。')).toEqual([]);
    expect(dl('2024年，我国大陆发生7级以上地震的可能性较大。')).toEqual([]);
  });
  it('于9月16日—23日: a range of days of the document year (077)', () => expect(dl('于9月16日—23日举办教学案例展示活动。')).toEqual(['range 2024-09-16 2024-09-23 于9月16日—23日']));
  it('于六月底前: a month in Chinese numerals (127)', () => expect(dl('各地应于六月底前将基数情况报农业部备案。')).toEqual(['by - 2024-06-30 于六月底前']));
  it('今年要…: the year a report plans for (196)', () => {
    expect(dl('今年要以交通和车辆收费改革为突破口。', '政府工作报告\n二、1999年工作的总体要求')).toEqual(['by - 1999-12-31 今年']);
  });
  it('今年的农业和农村工作，要… and 力争今年… (196): the plan cue after a comma, or before the year', () => {
    const report = '政府工作报告\n二、1999年工作的总体要求';
    expect(dl('今年的农业和农村工作，要全面贯彻落实三中全会精神。', report)).toEqual(['by - 1999-12-31 今年']);
    expect(dl('力争今年农村贫困人口再减少1000万以上。', report)).toEqual(['by - 1999-12-31 力争今年']);
  });
  it('must not match: 今年以来 after 力争 / 今年的工作取得成效 (no plan cue)', () => {
    const report = '政府工作报告\n二、1999年工作的总体要求';
    expect(dl('确保今年以来的成果得到巩固。', report)).toEqual([]);
    expect(dl('今年的工作，取得明显成效。', report)).toEqual([]);
  });
  it('in a report, a period that ends after the report\'s year is still running (194: 在第一个五年计划期间, in 1954)', () => {
    const report = '政府工作报告\n各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n二、2008年工作的总体要求';
    expect(dl('“十二五”时期新建和改建的重大项目约有六百个。', report)).toEqual(['range 2011-01-01 2015-12-31 “十二五”时期']);
    // must not match: a period of the past
    expect(dl('“十五”时期新建和改建的重大项目约有六百个。', report)).toEqual([]);
  });
  it('a report plans a year when it says so: 将在 / 预计 (194), not when the year measures a figure', () => {
    const report = '政府工作报告\n各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n一、工作回顾';
    expect(dl('这些项目的大部分将在2008年完成，少数需要更长时间。', report)).toEqual(['by - 2008-12-31 在2008年']);
    expect(dl('公私合营工业的产值预计在2004年又将等于2003年的两倍多。', report)).toEqual([]);
    expect(dl('2003年全国完成了基本建设投资。', report)).toEqual([]);
  });
  const negatives = [
    '2018年12月30日至2019年1月1日放假调休，共3天。', // a holiday (126)
    '4月13日至15日，考察组赴巴东县实地考察。', // the date of a visit (117)
    '经过二十年的改革开放，综合国力明显增强。', // looking back (196)
  ];
  for (const sentence of negatives) it(`not a deadline: ${sentence}`, () => expect(dl(sentence)).toEqual([]));
});

describe('deadlines from the review of corpus 172, 194 and 163', () => {
  const dl = (sentence: string, header = '关于印发2017年工作要点的通知\n黑民函〔2017〕58号\n一、重点任务') =>
    extract(`${header}\n1.开展工作。${sentence}\n`).deadlines.map((d) => `${d.kind} ${d.start ?? '-'} ${d.end ?? '-'} ${d.text}`);
  it('第一个五年计划期间 / 第十个五年计划末 (194)', () => {
    expect(dl('我国在第一个五年计划期间新建项目约有六百个。', '一、总体情况')).toEqual(['range 1953-01-01 1957-12-31 在第一个五年计划期间']);
    expect(dl('到第十个五年计划末，基本实现目标。', '一、总体情况')).toEqual(['by - 2005-12-31 到第十个五年计划末']);
  });
  it('a year in Chinese numerals (194: 这些项目的大部分将在一九五八年完成)', () => {
    expect(dl('这些项目的大部分将在一九五八年完成。', '一、总体情况')).toEqual(['by - 1958-12-31 在一九五八年']);
  });
  it('本年度内 / 今年可以 (163, 194)', () => {
    expect(dl('未休年休假的，应当在本年度内安排。')).toEqual(['by - 2017-12-31 在本年度内']);
  });
  const negatives = [
    '对于1997年9月30日以前实施的犯罪行为，适用当时的法律。', // a scope date (172)
    '在2012年，全省已建成社区服务中心。', // before the document's year: past
    '2012年-2015年开展了第一轮试点。', // a past period
  ];
  for (const sentence of negatives) it(`not a deadline: ${sentence}`, () => expect(dl(sentence)).toEqual([]));
});
