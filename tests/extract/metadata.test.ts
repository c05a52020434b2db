// Metadata forms, each with the document text that motivated it.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';
import { extractDocument } from '../../src/index.js';

const body = '现将《2017年全省基层政权和社区建设工作要点》印发给你们，请结合实际认真贯彻落实。';

describe('metadata', () => {
  it('reads the labels of a database export run together with the title on one line (seed 000)', () => {
    const doc = extract(
      `关于印发《2017年全省基层政权和社区建设工作要点》的通知 发文机构：黑龙江省民政厅 发布时间：2017-04-20 发文字号：黑民函〔2017〕58号 来源：http://zwgk.hlj.gov.cn/zwgk/publicInfo/detail?id=360280 关键字：监督权;信息化建设;建设 各市（地）民政局，绥芬河市、抚远市民政局， 省农垦总局、省森工总局民政局： ${body}\n黑龙江省民政厅 2017年4月14日 2017年全省基层政权和社区建设工作要点`,
    );
    expect(doc.meta).toMatchObject({
      title: '关于印发《2017年全省基层政权和社区建设工作要点》的通知',
      enclosedTitle: '2017年全省基层政权和社区建设工作要点',
      docNumber: '黑民函〔2017〕58号',
      issuers: ['黑龙江省民政厅'],
      recipients: ['各市（地）民政局', '绥芬河市', '抚远市民政局', '省农垦总局', '省森工总局民政局'],
      signedDate: '2017-04-14',
      publishedDate: '2017-04-20',
      sourceUrl: 'http://zwgk.hlj.gov.cn/zwgk/publicInfo/detail?id=360280',
      keywords: ['监督权', '信息化建设', '建设'],
      year: 2017,
    });
  });

  it('reads spaced-out web labels (索  引 号 / 标\\u00a0\\u00a0题 with no-break spaces) and prefers 成文日期 (seed 003)', () => {
    const doc = extract(
      [
        '索  引 号: 111423LL00100/2022-71548 主题分类:',
        '发文机关: 成文日期: 2022年08月08日',
        '标\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0题: 吕梁市民政局 关于印发《发挥民政职能 提升基层治理 体系和治理能力现代化建设水平行动计划》的通知',
        '发文字号: 吕民发〔2022〕31号 发布日期: 2022年08月08日',
        '吕梁市民政局',
        '关于印发《发挥民政职能  提升基层治理',
        '体系和治理能力现代化建设水平',
        '行动计划》的通知',
        '各县(市、区)民政局:',
        '根据省、市有关精神，市民政局制定了行动计划，现印发给你们，请结合实际，认真贯彻落实。',
        '                           吕梁市民政局',
        '2022年7月26日',
      ].join('\n'),
    );
    expect(doc.meta).toMatchObject({
      title: '吕梁市民政局关于印发《发挥民政职能提升基层治理体系和治理能力现代化建设水平行动计划》的通知',
      enclosedTitle: '发挥民政职能提升基层治理体系和治理能力现代化建设水平行动计划',
      docNumber: '吕民发〔2022〕31号',
      issuers: ['吕梁市民政局'],
      recipients: ['各县(市、区)民政局'],
      signedDate: '2022-08-08',
      publishedDate: '2022-08-08',
    });
  });

  it('joins a title split over several lines', () => {
    const doc = extract(['吕梁市民政局', '关于印发《发挥民政职能  提升基层治理', '体系和治理能力现代化建设水平', '行动计划》的通知', '各县(市、区)民政局:', body].join('\n'));
    expect(doc.meta.title).toBe('关于印发《发挥民政职能提升基层治理体系和治理能力现代化建设水平行动计划》的通知');
  });

  it('reads the value of an HTML label cell from the next line (gov.cn 索引号 table)', () => {
    const html = `<table><tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2019年01月24日</td></tr>
      <tr><td><b>标　　题：</b></td><td colspan="3">国务院关于印发国家职业教育改革实施方案的通知</td></tr>
      <tr><td><b>发文字号：</b></td><td>国发〔2019〕4号</td><td><b>发布日期：</b></td><td>2019年02月13日</td></tr></table>
      <div><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。</p></div>`;
    const doc = extractDocument(html, { path: 'page.html' });
    expect(doc.source.format).toBe('html');
    expect(doc.meta).toMatchObject({
      title: '国务院关于印发国家职业教育改革实施方案的通知',
      enclosedTitle: '国家职业教育改革实施方案',
      docNumber: '国发〔2019〕4号',
      issuers: ['国务院'],
      signedDate: '2019-01-24',
      publishedDate: '2019-02-13',
      recipients: ['各省', '自治区', '直辖市人民政府', '国务院各部委', '各直属机构'],
    });
  });

  it('reads a 发文字号 on a line of its own, in brackets (corpus: （皖政办秘〔2021〕82号）)', () => {
    const doc = extract(['安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知', '（皖政办秘〔2021〕82号）', '各市人民政府，省政府各部门，各直属机构：', body].join('\n'));
    expect(doc.meta.docNumber).toBe('皖政办秘〔2021〕82号');
    expect(doc.meta.issuers).toEqual(['安徽省人民政府办公厅']);
    expect(doc.meta.recipients).toEqual(['各市人民政府', '省政府各部门', '各直属机构']);
  });

  it('composes the number of a government order (上海市人民政府令 / （第19号）)', () => {
    const doc = extract(['中国(上海)自由贸易试验区临港新片区管理办法', '上海市人民政府令', '（第19号）', '《中国（上海）自由贸易试验区临港新片区管理办法》已经市政府常务会议通过，现予公布。', '市长　应勇', '2019年8月12日'].join('\n'));
    expect(doc.meta.docNumber).toBe('上海市人民政府令第19号');
    expect(doc.meta.signedDate).toBe('2019-08-12');
  });

  it('reads a signature date in Chinese numerals (二〇一七年四月十四日, 二○一二年一月九日)', () => {
    expect(extract(['关于开展试点工作的通知', body, '二〇一七年四月十四日'].join('\n')).meta.signedDate).toBe('2017-04-14');
    expect(extract(['关于开展试点工作的通知', body, '二○一二年一月九日'].join('\n')).meta.signedDate).toBe('2012-01-09');
  });

  it('reads 发布日期 with a time and 信息来源 (seed 001), and keeps the signature date as written', () => {
    const doc = extract(
      ['浙江省民政厅关于公开征求《关于加强和完善城乡社区治理的实施意见》意见的公告', '发布日期:2017-11-08 00:00 访问次数: 信息来源:省民政厅 基层政权和社区建设处', body, '浙江省民政厅', '2016年11月8日'].join('\n'),
    );
    expect(doc.meta.publishedDate).toBe('2017-11-08');
    expect(doc.meta.signedDate).toBe('2016-11-08');
    expect(doc.meta.issuers).toEqual(['浙江省民政厅']);
    expect(doc.meta.enclosedTitle).toBe('关于加强和完善城乡社区治理的实施意见');
  });

  it('keeps a redacted 文号 as written (x办发〔2015〕x号) and reads 原文链接 as the source URL', () => {
    const doc = extract(['原文链接：https://www.pkulaw.com/lar/ea5258e56c60aba96802bb670d6bf530bdfb.html', '关于转发试点方案的通知', '发文字号：x办发〔2015〕x号', body].join('\n'));
    expect(doc.meta.docNumber).toBe('x办发〔2015〕x号');
    expect(doc.meta.sourceUrl).toBe('https://www.pkulaw.com/lar/ea5258e56c60aba96802bb670d6bf530bdfb.html');
  });

  it('takes a byline organ as the issuer of an untitled text (seed 002)', () => {
    const doc = extract(['民政部基层政权和社区建设司', '五年来，适应经济社会转型发展和人民群众需求变化的实际，各级民政部门不断深化基层群众自治。'].join('\n'));
    expect(doc.meta.issuers).toEqual(['民政部基层政权和社区建设司']);
    expect(doc.meta.title).toBeNull();
  });

  it('states nothing it did not read (seed 004: a fragment)', () => {
    const doc = extract('五、基层政权和城乡社区建设\n(一)抓好换届选举,完善基层群众自治机制。\n1、完成第十届村(居)委会换届选举工作。根据统一部署，组织开展好换届选举工作。');
    expect(doc.meta).toEqual({ title: null, enclosedTitle: null, docNumber: null, issuers: [], recipients: [], signedDate: null, publishedDate: null, sourceUrl: null, keywords: [], year: null });
  });

  it('a plan title with its period is no issuer, and gives the year (corpus 027)', () => {
    const doc = extract('山东省服务业数字化转型行动方案（2021—2023）\n\n为促进我省服务业数字化转型，制定本方案。\n一、总体目标\n利用3年时间，打造一批省级特色服务出口基地。');
    expect(doc.meta.issuers).toEqual([]);
    expect(doc.meta.year).toBe(2021);
    expect(doc.deadlines.map((d) => `${d.kind} ${d.duration}`)).toEqual(['within P3Y']);
  });

  it('a bulletin takes the year it covers, so 年末 is that year (corpus 046)', () => {
    const doc = extract('万载县2022年国民经济和社会发展统计公报\n发布日期：2023-05-11\n一、综合\n年末常住人口488403人，其中城镇常住人口258266人。');
    expect(doc.meta.year).toBe(2022);
    expect(doc.indicators[0]).toMatchObject({ subject: '常住人口', value: 488403, year: 2022, kind: 'actual' });
  });

  it('an empty 主 题 词： label does not take the title below it; elliptical recipients; the enclosed title as the body cites it (corpus 024)', () => {
    const doc = extract(
      [
        '标　　题：',
        '国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知',
        '发文字号：',
        '国办发〔1996〕32号',
        '主 题 词：',
        '国务院办公厅转发国家教委',
        '关于内地西藏班（校）扩大规模',
        '有关问题请示的通知',
        '北京、天津、上海、陕西省（自治区、直辖市）人民政府：',
        '国家教委《关于内地西藏班（校）扩大规模有关问题的请示》已经国务院批准，现转发给你们。',
      ].join('\n'),
    );
    expect(doc.meta.keywords).toEqual([]);
    expect(doc.meta.recipients).toEqual(['北京', '天津', '上海', '陕西省（自治区、直辖市）人民政府']);
    expect(doc.meta.enclosedTitle).toBe('关于内地西藏班（校）扩大规模有关问题的请示');
  });
});

describe('enclosed titles and addressees (review of corpus 063, 084, 037, 161, 211, 120, 196)', () => {
  const meta = (text: string) => extract(text).meta;
  it('《X》…现印发给你们 in the opening of a notice without a title (063)', () => {
    const m = meta('各区县（功能区）工信部门，各有关单位：\n《济南“鲲鹏+昇腾”生态创新中心服务资源供给办法（V1.0）》已经中共济南市工业和信息化局党组2021年第5次会议审议通过，现印发给你们，请认真贯彻执行。\n济南市工业和信息化局\n2021年3月9日\n');
    expect(m.enclosedTitle).toBe('济南“鲲鹏+昇腾”生态创新中心服务资源供给办法（V1.0）');
  });
  it('must not match: a plan a report says was made or issued (084, 037)', () => {
    expect(meta('一、发展现状\n美国高度重视人工智能技术的发展，并于2016年制定了《国家人工智能研发战略计划》。\n').enclosedTitle).toBeNull();
    expect(meta('一、总体情况\n数据资源体系加快建设。《关于构建数据基础制度更好发挥数据要素作用的意见》印发实施，系统提出我国数据基础制度框架。\n').enclosedTitle).toBeNull();
  });
  it('a title that implements a law encloses none; one that re-issues measures does (161, 211)', () => {
    expect(meta('# 实施《中华人民共和国反外国制裁法》的规定\n\n第一条 为了实施反外国制裁法，制定本规定。\n').enclosedTitle).toBeNull();
    expect(meta('广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知\n各区人民政府：\n现将《广州市积分制入户管理办法》重新发布。\n').enclosedTitle).toBe('广州市积分制入户管理办法');
    expect(meta('关于公布第二批试点名单的通知\n各市民政局：\n现将名单公布如下。\n').enclosedTitle).toBeNull();
  });
  it('a reply names the member it answers; a report greets an audience (120, 196)', () => {
    expect(meta('国务院办公厅对全国政协十届四次会议第4626号提案的答复\n王超斌委员：\n您提出的关于加强科技创新的提案收悉，现答复如下。\n').recipients).toEqual(['王超斌委员']);
    expect(meta('政府工作报告\n各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n').recipients).toEqual([]);
  });
});

describe('issuers of resolutions and reports (corpus 201, 194, 196)', () => {
  it('a session resolves: 第二届全国人民代表大会第三次会议关于政府工作报告的决议 (201)', () => {
    expect(extract('第二届全国人民代表大会第三次会议关于政府工作报告的决议\n会议批准周恩来总理代表国务院所作的政府工作报告。\n').meta.issuers).toEqual(['第二届全国人民代表大会第三次会议']);
  });
  it('a report speaks for the body it represents: 我代表国务院 (196), 我代表中央人民政府 (194)', () => {
    expect(extract('各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n').meta.issuers).toEqual(['国务院']);
    expect(extract('各位代表：\n现在，我代表中央人民政府作工作报告。\n').meta.issuers).toEqual(['中央人民政府']);
  });
  it('a resolution opens with the session that resolves: 第二届全国人民代表大会第三次会议听取了… (201)', () => {
    expect(extract('第二届全国人民代表大会第三次会议听取了周恩来总理代表国务院所作的政府工作报告，并且进行了充分的讨论。\n会议批准这个报告。\n').meta.issuers).toEqual(['第二届全国人民代表大会第三次会议']);
  });
  it('must not match: a session named inside the text, not opening it', () => {
    expect(extract('根据第二届全国人民代表大会第三次会议的决定，现将有关事项通知如下。\n').meta.issuers).toEqual([]);
  });
  it('a reply names its organ before 对: 民政部对“关于应对老龄社会…的建议”的答复 (095)', () => {
    expect(extract('民政部对“关于应对老龄社会，深化运用人工智能技术强化老年人群体关爱的建议”的答复\n你们提出的建议收悉。\n').meta.issuers).toEqual(['民政部']);
    // must not match: a title with 对 that is no reply
    expect(extract('关于对违规企业进行处理的通知\n各区：\n现将有关事项通知如下。\n').meta.issuers).toEqual([]);
  });
  it('must not match: 我代表 followed by no organisation', () => {
    expect(extract('各位代表：\n我代表个人谈几点体会。\n').meta.issuers).toEqual([]);
  });
});

describe('an opening purpose clause is no title (corpus 074)', () => {
  it('must not match: 为深入贯彻…，…，制定如下措施', () => {
    expect(extract('为深入贯彻关于发展数字经济的重要论述，全面落实工作会议部署要求，结合工作实际，制定如下措施\n一、强化统筹协调\n1.加强工作统筹。充分发挥统筹协调作用。\n').meta.title).toBe(null);
  });
  it('a title still counts: 关于进一步做好稳就业工作的若干措施', () => {
    expect(extract('关于进一步做好稳就业工作的若干措施\n一、强化统筹协调\n1.加强工作统筹。充分发挥统筹协调作用。\n').meta.title).toBe('关于进一步做好稳就业工作的若干措施');
  });
});

describe('the signature of a saved web page (corpus 211, 210)', () => {
  it('the organ and date under the notice sign it, not the page\'s date under the title', () => {
    const page = '当前位置：首页 > 政务公开\n广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知\n2025-07-05\n来源： 广州市人民政府办公厅\n各区人民政府：\n现将管理办法重新发布。\n广州市人民政府办公厅\n2025年6月30日\n';
    expect(extract(page).meta.signedDate).toBe('2025-06-30');
  });
  it('a date alone still signs when no organ signs with a date', () => {
    expect(extract('关于开展社区建设工作的通知\n各区人民政府：\n现将有关事项通知如下。\n2025年6月30日\n').meta.signedDate).toBe('2025-06-30');
  });
});

describe('the year of a work report that carries no date (corpus 194, 195, 039, 200)', () => {
  const year = (text: string) => extract(text).meta.year;
  const OPEN = '各位代表：\n现在，我代表国务院向大会作政府工作报告。\n';
  it('一、１９９４年国内工作的回顾 (195): the year after the one reviewed', () => expect(year(`${OPEN}一、１９９４年国内工作的回顾\n过去的一年，全国人民团结奋斗。\n`)).toBe(1995));
  it('——2021年3月5日在第十三届全国人民代表大会第四次会议上 (200): the day it was delivered', () => {
    expect(year('政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n国务院总理\n各位代表：\n今年发展主要预期目标是。\n')).toBe(2021);
  });
  it('一九五三年 reviewed and 一九五四年预计 (194): the latest year named together with the year before it', () => {
    expect(year(`${OPEN}一九五三年工业总产值增长了百分之三十。一九五四年预计增长百分之十七，到一九五七年完成五年计划。\n`)).toBe(1954);
  });
  it('must not match: a target year (到2020年, 2030年前) or a year whose year before is not named', () => {
    expect(year(`${OPEN}到2020年全面建成小康社会，2030年前碳排放达峰。2019年全年工作。\n`)).toBe(null);
    expect(year('同志们：\n一九九六年和一九九七年的工作。\n')).toBe(null);
  });
  it('must not match: 全面完成了1994年的工作任务 in the text, which is no heading', () => {
    expect(year(`${OPEN}全面完成了1994年的工作任务。\n`)).toBe(null);
  });
});

describe('labelled header blocks in the forms they take (issue: header forms)', () => {
  const meta = (text: string) => extract(text).meta;
  const BODY = '\n关于加强社区建设的通知\n各县（市、区）人民政府：\n现将有关事项通知如下。\n';
  it('labels padded with spaces and no colon: 文    号 X政发〔2023〕1号', () => {
    expect(meta(`文    号 某政发〔2023〕1号\n发布日期 2023-01-05${BODY}`)).toMatchObject({ docNumber: '某政发〔2023〕1号', publishedDate: '2023-01-05' });
  });
  it('a Markdown pipe table: | 文号 | 京政办发〔2022〕10号 | 发文日期 | 2022年3月1日 |', () => {
    const m = meta(`# 关于加强社区建设的通知\n\n| 文号 | 京政办发〔2022〕10号 | 发文日期 | 2022年3月1日 |\n|---|---|---|---|\n\n各区人民政府：\n现将有关事项通知如下。\n`);
    expect(m).toMatchObject({ docNumber: '京政办发〔2022〕10号', signedDate: '2022-03-01' });
  });
  it('a bullet before a label, 名称 as the title, 发表时间 as the publication date', () => {
    expect(meta(`● 名称：关于加强社区建设的通知\n● 发表时间：2025-08-11 18:04:59\n各县（市、区）人民政府：\n现将有关事项通知如下。\n`)).toMatchObject({ title: '关于加强社区建设的通知', publishedDate: '2025-08-11' });
  });
  it('a label alone above its value, and a 文号 written without 号', () => {
    expect(meta(`发文字号\n某政办发〔2022〕10${BODY}`).docNumber).toBe('某政办发〔2022〕10');
  });
  it('must not match: body text that opens with a label word', () => {
    const m = meta('关于加强社区建设的通知\n一、工作要求\n标题 不能超过二十个字。\n来源 应当真实可靠，不得编造。\n');
    expect([m.docNumber, m.publishedDate, m.issuers]).toEqual([null, null, []]);
  });
});

describe('titles as pages and scrapes write them', () => {
  const meta = (first: string) => extract(`${first}\n各县（市、区）人民政府：\n现将有关事项通知如下。\n`).meta;
  it('a 文号 run into the title line is split off, with or without a space, before or after', () => {
    for (const line of ['关于印发《社区建设行动计划》的通知 某政发〔2023〕1号', '关于印发《社区建设行动计划》的通知某政发〔2023〕1号', '某政发〔2023〕1号 关于印发《社区建设行动计划》的通知']) {
      expect([meta(line).title, meta(line).docNumber]).toEqual(['关于印发《社区建设行动计划》的通知', '某政发〔2023〕1号']);
    }
  });
  it('never a breadcrumb or a page label', () => {
    expect(meta('首页 > 政务公开 > 通知公告').title).toBeNull();
    expect(meta('【音频解读】\n关于加强社区建设的通知').title).toBe('关于加强社区建设的通知');
  });
});
