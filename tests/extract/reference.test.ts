// References: every 《title》 once, with the 文号 in the brackets right after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

const refs = (text: string) => extract(text).references.map((r) => [r.title, r.docNumber]);

describe('references', () => {
  it('reads the 文号 in the brackets after the title, spaces removed (seed 000)', () => {
    expect(refs('按照《关于加强全省 城乡社区协商的实施意见》（黑办发〔2016〕46号）文件要求，深入贯彻落实《关于建立健全村务监督委员会的通知》（黑 民基〔2015〕174号）。')).toEqual([
      ['关于加强全省城乡社区协商的实施意见', '黑办发〔2016〕46号'],
      ['关于建立健全村务监督委员会的通知', '黑民基〔2015〕174号'],
    ]);
  });

  it('keeps nested titles whole: 《A<B>》 (seed 000)', () => {
    expect(refs('按照《省民政厅关于转发<民政部关于开展全国农村社区建设示范创建活动的通知>的通知》（黑民函〔2017〕3号）文件要求。')).toEqual([
      ['省民政厅关于转发<民政部关于开展全国农村社区建设示范创建活动的通知>的通知', '黑民函〔2017〕3号'],
    ]);
  });

  it('keeps nested 《A《B》》 whole', () => {
    expect(refs('根据《关于印发《数字政府建设方案》的通知》（京政发〔2021〕5号）。')[0]).toEqual(['关于印发《数字政府建设方案》的通知', '京政发〔2021〕5号']);
  });

  it('does not give a title the 文号 of the notice around it (seed 004: 《…》的通知(x委厅发〔2016〕x号))', () => {
    expect(refs('省委办公厅印发《关于开展城乡社区协商试点工作的实施意见》的通知(x委厅发〔2016〕x号)精神。')).toEqual([['关于开展城乡社区协商试点工作的实施意见', null]]);
  });

  it('keeps redacted and unusual brackets as written (x办发〔2015〕x号, 黔民发﹝2010﹞48号)', () => {
    expect(refs('依据《关于加强城乡社区协商的意见》(x办发〔2015〕x号)和《贵州省村务公开办法(试行)》(黔民发﹝2010﹞48号)。')).toEqual([
      ['关于加强城乡社区协商的意见', 'x办发〔2015〕x号'],
      ['贵州省村务公开办法(试行)', '黔民发﹝2010﹞48号'],
    ]);
  });

  it('lists a title once, taking the 文号 from whichever mention has it', () => {
    expect(refs('落实《中共中央 国务院关于加强和完善城乡社区治理的意见》要求。根据《中共中央国务院关于加强和完善城乡社区治理的意见》(中发〔2017〕13号)精神。')).toEqual([
      ['中共中央国务院关于加强和完善城乡社区治理的意见', '中发〔2017〕13号'],
    ]);
  });

  it('ignores bracketed text that is not a 文号 and media titles', () => {
    expect(refs('经《人民日报》报道，《城乡社区服务体系建设规划（2016- 2020年）》（以下简称《规划》）印发。')).toEqual([
      ['城乡社区服务体系建设规划（2016-2020年）', null],
      ['规划', null],
    ]);
  });
});
