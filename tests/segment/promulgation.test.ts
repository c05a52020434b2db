// The legislative history under a law's title gives its date, its enacting body and the order that
// published it (corpus 137, 139, 146, 148, 155, 170, 175); a body line with a date is no history.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

const law = (history: string, title = '# 中华人民共和国密码法'): ReturnType<typeof extract>['meta'] =>
  extract(`${title}\n\n${history}\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了规范密码应用和管理，制定本法。\n\n第二条 本法所称密码，是指采用特定变换的方法的技术。\n`).meta;

describe('the legislative history of a law or a regulation', () => {
  it('第十三届全国人民代表大会常务委员会第十四次会议通过 → the standing committee, the adoption date (137)', () => {
    const m = law('2019年10月26日 第十三届全国人民代表大会常务委员会第十四次会议通过');
    expect([m.title, m.issuers, m.signedDate, m.publishedDate, m.docNumber]).toEqual(['中华人民共和国密码法', ['全国人民代表大会常务委员会'], '2019-10-26', null, null]);
  });
  it('通过, 修订 and 修正 lines: the date is the first adoption (139)', () => {
    const m = law('1993年9月2日 第八届全国人民代表大会常务委员会第三次会议通过\n2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议修订\n2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国建筑法〉等八部法律的决定》修正');
    expect([m.issuers, m.signedDate]).toEqual([['全国人民代表大会常务委员会'], '1993-09-02']);
  });
  it('国务院令第181号发布 → the order as 文号, 国务院 as issuer, the publication date (148)', () => {
    const m = law('1995年7月19日 中华人民共和国国务院令第181号发布　', '# 中央预算执行情况审计监督暂行办法');
    expect([m.docNumber, m.issuers, m.signedDate, m.publishedDate]).toEqual(['中华人民共和国国务院令第181号', ['国务院'], null, '1995-07-19']);
  });
  it('常务会议通过 then 令公布 then 施行 (155)', () => {
    const m = law('2007年2月14日 国务院第169次常务会议通过\n2007年2月25日 中华人民共和国国务院令第488号公布\n2007年5月1日 施行', '# 残疾人就业条例');
    expect([m.docNumber, m.issuers, m.signedDate, m.publishedDate]).toEqual(['中华人民共和国国务院令第488号', ['国务院'], '2007-02-14', '2007-02-25']);
  });
  it('an event broken over lines, two publishing organs, 国务院 only approving (146)', () => {
    const m = law('1958年3月17日 国务院批准\n1958年4月19日 交通部\n水产部发布\n1958年7月1日 施行', '# 中华人民共和国非机动船舶海上安全航行暂行规则');
    expect([m.issuers, m.signedDate, m.publishedDate]).toEqual([['交通部', '水产部'], '1958-03-17', '1958-04-19']);
  });
  it('a court: 审判委员会 is the court; 公告公布 publishes (170)', () => {
    const m = law('2010年5月17日 最高人民法院审判委员会第1487次会议通过\n2010年7月1日 最高人民法院公告公布\n2010年10月1日 施行', '# 最高人民法院关于限制被执行人高消费的若干规定');
    expect([m.issuers, m.signedDate, m.publishedDate]).toEqual([['最高人民法院'], '2010-05-17', '2010-07-01']);
  });
  it('a city regulation approved by the province, the date broken in the middle (175)', () => {
    const m = law('2015年12月14日 济南市第十五届人民代表大会常务委员会第二十五次会议通过\n2016年1月22\n日山东省第十二届人民代表大会常务委员会第十八次会议批准', '# 济南市湿地保护条例');
    expect([m.issuers, m.signedDate]).toEqual([['济南市人民代表大会常务委员会'], '2015-12-14']);
  });
  it('must not match: a body line that opens with a year and names no event', () => {
    const m = extract('关于加强社区建设的通知\n2020年，全省社区服务覆盖率达到90%以上。\n一、重点任务\n1.推进服务。\n').meta;
    expect([m.issuers, m.signedDate, m.publishedDate]).toEqual([[], null, null]);
  });
});
