// Every word of the lexicon works in every form that uses it: a role word in parentheses,
// after 由X, behind a 责任单位： label and in a table's unit column; a time word in each
// deadline form. Adding a word to src/lexicon/ is one line there and nothing else.
import { describe, expect, it } from 'vitest';
import { BY_ROLE_WORDS, BY_SUPPORT_WORDS, LABEL_HEADS, LABEL_TAILS, ROLE_WORDS } from '../../src/lexicon/roles.js';
import {
  AS_OF_WORDS, BY_PERIODS, DAY_SUFFIXES, EVERY_PERIODS, MONTH_SUFFIXES, ONGOING_NOTE_WORDS, ONGOING_WORDS, PAST_EVENT_WORDS,
  THIS_YEAR_WORDS, YEAR_END_WORDS, YEAR_SUFFIXES,
} from '../../src/lexicon/time-words.js';
import { extract } from '../helpers/extract.js';

const HEAD = '关于印发2017年工作要点的通知\n黑民函〔2017〕58号\n一、重点任务\n';
const units = (body: string): string[] => extract(`${HEAD}${body}\n`).responsibleUnits.map((u) => `${u.name} ${u.role}`);
const deadlines = (sentence: string): string[] =>
  extract(`${HEAD}1.开展工作。${sentence}\n`).deadlines.map((d) => `${d.kind} ${d.end ?? '-'}`);

describe('role words in every unit form', () => {
  for (const { word, role } of ROLE_WORDS) {
    it(`（省大数据局${word}）→ ${role}`, () => {
      expect(units(`1.推进数据共享。建立共享目录（省大数据局${word}）。`)).toEqual([`省大数据局 ${role}`]);
    });
  }
  for (const { word, role } of LABEL_HEADS) {
    for (const tail of LABEL_TAILS) {
      it(`${word}${tail}：省大数据局 → ${role}`, () => {
        expect(units(`1.推进数据共享。建立共享目录。\n${word}${tail}：省大数据局`)).toEqual([`省大数据局 ${role}`]);
      });
      it(`a table column ${word}${tail} → ${role}`, () => {
        const table = `序号\n工作任务\n${word}${tail}\n完成时限\n1\n建立数据共享目录\n省大数据局\n2017年底前\n2\n完善数据共享机制\n省财政厅\n2017年底前`;
        expect(units(`1.推进数据共享。建立共享目录。\n${table}`)).toEqual([`省大数据局 ${role}`, `省财政厅 ${role}`]);
      });
    }
  }
  for (const { word, role } of BY_ROLE_WORDS) {
    it(`由省大数据局${word} → ${role}`, () => {
      expect(units(`1.推进数据共享。由省大数据局${word}建立共享目录。`)).toEqual([`省大数据局 ${role}`]);
    });
  }
  for (const word of BY_SUPPORT_WORDS) {
    it(`由省大数据局牵头，省财政厅${word} → support`, () => {
      expect(units(`1.推进数据共享。由省大数据局牵头，省财政厅${word}，建立共享目录。`)).toEqual(['省大数据局 lead', '省财政厅 support']);
    });
  }
});

describe('time words in every deadline form', () => {
  for (const s of YEAR_SUFFIXES) it(`到2020年${s} → by 2020-12-31`, () => expect(deadlines(`到2020年${s}完成整合。`)).toEqual(['by 2020-12-31']));
  for (const s of MONTH_SUFFIXES) it(`2020年4月${s} → by 2020-04-30`, () => expect(deadlines(`2020年4月${s}完成验收。`)).toEqual(['by 2020-04-30']));
  for (const s of DAY_SUFFIXES) it(`2020年4月14日${s} → by 2020-04-14`, () => expect(deadlines(`请于2020年4月14日${s}报送。`)).toEqual(['by 2020-04-14']));
  for (const w of THIS_YEAR_WORDS) it(`于${w}10月底前 → by 2017-10-31`, () => expect(deadlines(`请于${w}10月底前报市民政局。`)).toEqual(['by 2017-10-31']));
  for (const w of YEAR_END_WORDS) it(`到${w} → by 2017-12-31`, () => expect(deadlines(`到${w}完成摸底。`)).toEqual(['by 2017-12-31']));
  for (const p of EVERY_PERIODS) it(`每${p} → recurring`, () => expect(deadlines(`每${p}组织一次检查。`)).toEqual(['recurring -']));
  for (const p of BY_PERIODS) it(`按${p} → recurring`, () => expect(deadlines(`按${p}报送工作进展。`)).toEqual(['recurring -']));
  for (const w of ONGOING_NOTE_WORDS) it(`（${w}） → ongoing`, () => expect(deadlines(`建立健全工作机制（${w}）。`)).toEqual(['ongoing -']));
  for (const w of ONGOING_WORDS) {
    it(`a 完成时限 cell ${w} → ongoing`, () => {
      const table = `序号\n工作任务\n责任单位\n完成时限\n1\n建立数据共享目录\n省大数据局\n${w}`;
      expect(extract(`${HEAD}1.推进数据共享。建立共享目录。\n${table}\n`).deadlines.map((d) => d.kind)).toEqual(['ongoing']);
    });
  }
  for (const w of AS_OF_WORDS) it(`${w}2016年底 is no deadline`, () => expect(deadlines(`${w}2016年底，全省已建成社区服务中心。`)).toEqual([]));
  for (const w of PAST_EVENT_WORDS) it(`${w}于2017年印发 is no deadline`, () => expect(deadlines(`国务院办公厅${w}于2017年印发通知。`)).toEqual([]));
});
