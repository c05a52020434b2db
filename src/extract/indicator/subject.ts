/** What a figure measures (SPEC Indicator.subject): the clause before it, or the noun after it. */
import { cleanText } from '../../text/clean.js';

// Words that open a clause without naming what is measured: markers, time phrases, adverbs, 全省.
const LEAD_WORDS = /^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|(?:到|至)?(?:19|20)\d{2}年(?:底|末)?[，,]?|(?:到|至)?(?:年末|年底|当年)|[“"]?十[一二三四五六七八九]五[”"]?末|力争|确保|争取|实现|其中|全省|全市|全县|全国|并|且|和|及|同时|进一步|按照|在)/;
// Words between the subject and its figure: 要有 / 约 / 共有 / 达 / 其中 / 拟按.
const TAIL_WORDS = /(?:一般应有|应有|要有|要在|在|为|有|要|约|近|共|共有|约有|达|实现|其中|一般应|应|拟按|按照|按)$/;
// 上报有关情况（最迟不超过4个小时）: the figure qualifies what precedes its bracket.
const OPEN_BRACKET = /[（(][^（）()]{0,8}$/;

export const SUBJECT_MAX = 80;

function stripLead(s: string): string {
  let out = s;
  for (let i = 0; i < 6; i++) {
    const next = out.replace(LEAD_WORDS, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

export interface SubjectInput {
  /** The clause before the figure (or before its prefix cue), raw. */
  before: string;
  /** The rest of the clause after the figure, raw. */
  after: string;
  /** The clause before the figure's clause, raw (对…平台省级给予奖补，最高3000万元). */
  previousClause: string;
  /** The subject of the previous figure of the sentence, and whether this one is coordinated with it. */
  previousSubject: string | null;
  coordinated: boolean;
}

/** The subject and the cleaned clause text before the figure (its length decides the span). */
export function subjectOf(input: SubjectInput): { subject: string; before: string } {
  let before = stripLead(cleanText(input.before).replace(TAIL_WORDS, ''));
  const bracket = OPEN_BRACKET.exec(before);
  if (bracket && bracket.index >= 4) before = before.slice(0, bracket.index);
  const afterText = cleanText(input.after).replace(/^的/, '');
  // The counted noun may follow the figure: 至少要有2名以上本社区居民 → …本社区居民.
  const nounAfter = afterText.length > 0 && afterText.length <= 12 && /^[\u4e00-\u9fff]/.test(afterText) && !/[0-9０-９%]/.test(afterText);
  let subject = before.length >= 4 ? (nounAfter ? `${before}${afterText}` : before) : `${before}${afterText}`;
  // 最少不低于350平方米: a clause continuing the previous figure's subject; 2000万元、5000万元: a list of figures.
  if (input.coordinated && input.previousSubject) subject = input.previousSubject;
  else if (subject.length < 4 && input.previousSubject) subject = `${input.previousSubject}${subject}`;
  if (subject === '' && input.previousClause !== '') subject = stripLead(cleanText(input.previousClause)).slice(-30);
  return { subject: subject.slice(0, SUBJECT_MAX), before };
}
