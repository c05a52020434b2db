// Time limits counted from an event (SPEC kind within), each with the phrase that showed it in the
// corpus (158, 166, 209, 063, 124, 208), and the windows, bans and rates that are none.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

const HEAD = '关于印发《某某办法》的通知\n某府发〔2021〕3号\n一、工作要求\n1.办理登记。';
const SIGN = '\n某某市人民政府\n2021年12月7日\n';
const limits = (sentence: string) =>
  extract(`${HEAD}${sentence}${SIGN}`).deadlines.map((d) => `${d.kind} ${d.duration ?? '-'}${d.workingDays ? ' working' : ''} ${d.anchor ?? '-'} ${d.end ?? '-'} ${d.text}`);
const indicators = (sentence: string) => extract(`${HEAD}${sentence}${SIGN}`).indicators.map((i) => i.text);

describe('time limits (within)', () => {
  const cases: Array<[string, string[]]> = [
    ['应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定。', ['within P7D working 收到投诉 - 自收到投诉之日起七个工作日内']], // 166
    ['清算组应当自成立之日起10日内通知债权人。', ['within P10D 成立 - 自成立之日起10日内']], // 158
    ['登记机关应当在3个工作日内予以登记。', ['within P3D working - - 在3个工作日内']], // 158
    ['获批后三个月内完成使用。', ['within P3M 获批 - 获批后三个月内']], // 063
    ['办理时限最长不超过15个工作日。', ['within P15D working - - 最长不超过15个工作日']], // 124
    ['请于本通知印发后3个月内完成清理。', ['within P3M 本通知印发 2022-03-07 于本通知印发后3个月内']],
    ['应当自营业执照签发之日起三十日内办理备案。', ['within P30D 营业执照签发 - 自营业执照签发之日起三十日内']], // 178: a licence's issue is no date the text states
    ['本办法自印发之日起施行，有效期5年。', ['within P5Y 印发之日 2026-12-06 有效期5年']], // 209
    ['申请主体应在合同期满前3个月向人才公寓所有权人提出续租申请。', ['within P3M 合同期满 - 申请主体应在合同期满前3个月']], // 213
    ['有效期届满前30日内申请延续。', ['within P30D 有效期届满 - 有效期届满前30日内']], // one limit, not also 30日内
    ['未有居住证的提供承诺半年内申领的承诺书。', ['within P6M - - 半年内']], // 213
    ['通过1～2年时间，城市公共交通服务品质明显提升。', ['within P2Y - - 通过1～2年时间']], // 090: the longer figure of a range
    ['利用3年时间，打造一批省级特色服务出口基地。', ['within P3Y - - 利用3年时间']], // 027
  ];
  for (const [sentence, expected] of cases) it(sentence, () => expect(limits(sentence)).toEqual(expected));

  it('a time limit is never an indicator', () => {
    expect(indicators('应当自受理申请之日起15个工作日内作出决定，审查期限不超过30天。')).toEqual([]);
  });

  const negatives = [
    '申请人近12个月内未受过行政处罚。', // a window of a condition (213)
    '该医疗机构3年内不得再申请人体器官移植诊疗科目登记。', // a ban (154)
    '经营性文化事业单位转制为企业后，五年内免征企业所得税。', // an exemption (113)
    '上半年内完成摸底。', // a half of the year, not a half-year limit
    '通过2年的努力，形成一批可复制经验。', // no 时间: not the within-years form
    '申请入住人年龄不超过35周岁。', // an age (213): 周岁 is no week
  ];
  for (const sentence of negatives) it(`not a time limit: ${sentence}`, () => expect(limits(sentence)).toEqual([]));
});

describe('recurring periods that are rates or caps (208)', () => {
  it('每月1309元 and 每年最高补贴5万元 are no recurring deadlines; 每年2月底前报送 and 每季度一次 are', () => {
    const kinds = (s: string) => extract(`${HEAD}${s}${SIGN}`).deadlines.map((d) => `${d.kind} ${d.text}`);
    expect(kinds('城市低保标准为每月1309元。')).toEqual([]);
    expect(kinds('对认定的平台每年最高补贴5万元。')).toEqual([]);
    expect(kinds('每年2月底前报送。')).toEqual(['recurring 每年2月底前报送']);
    expect(kinds('每季度一次通报进展。')).toEqual(['recurring 每季度一次通报进展']);
    expect(kinds('每年度给予1000万元补贴。')).toEqual(['recurring 每年度给予1000万元补贴']);
  });
  it('每年降低不少于1个百分点 (028) and 每年提高一个百分点 (197) are rates of change, no recurring deadlines', () => {
    const kinds = (s: string) => extract(`${HEAD}${s}${SIGN}`).deadlines.map((d) => `${d.kind} ${d.text}`);
    expect(kinds('总体近视率每年降低不少于1个百分点。')).toEqual([]);
    expect(kinds('城镇化率每年提高一个百分点。')).toEqual([]);
    expect(kinds('每年提高一次补助标准。')).toEqual(['recurring 每年提高一次补助标准']);
  });
});
