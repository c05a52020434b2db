/** Patterns of titles and section headings, built from src/lexicon/doc-types.ts and section-kinds.ts. */
import { CENTRAL_ORGANS as CENTRAL_ORGAN_NAMES, DOC_TYPES, PLAN_TITLE_ENDS, REPORT_TITLE_ENDS, REVIEW_TITLE_ENDS, TITLE_STATUSES } from '../lexicon/doc-types.js';
import { BOX_WORDS, PLAN_SECTION_WORDS, PREAMBLE_WORDS, REVIEW_SECTION_WORDS, SAFEGUARD_SECTION_WORDS, TABLE_HEADING_ENDS } from '../lexicon/section-kinds.js';
import { alternation } from '../text/words.js';

const statuses = alternation(TITLE_STATUSES);
const STATUS = `(?:[（(](?:${statuses}|\\d{4}[-—–~至]\\d{4}年?|\\d{4}年|\\d{4}年修订|第[一二三四五六七八九十\\d]+号)[)）])?`;

/** A title's end: a document type, maybe a closing 》, maybe a status: …实施方案（试行） / …行动计划（2021—2023年）. */
export const TITLE_END = new RegExp(`${alternation(DOC_TYPES)}》?${STATUS}$`);

/** A status line under a title: (代拟稿) / （征求意见稿） / （2021—2023年）. */
export const STATUS_LINE = new RegExp(`^[（(](?:${statuses}|\\d{4}\\s*[-—–~至]\\s*\\d{4}\\s*年?|\\d{4}\\s*年)[)）]$`);

/** 附件1： / 附件 / 附表2： / 附： (a line of its own above an annex's title). */
export const ATTACHMENT_LINE = /^附\s{0,3}(?:件|表|录)?\s{0,3}\d{0,2}\s{0,3}(?:[:：]|$)/;

/** 抄送 / 印发 / 主题词 / 联系人 lines at a document's foot. */
export const CC_LINE = /^(?:抄送|抄报|印发|主题词|联系人|联系电话|（此件公开发布）|\(此件公开发布\))/;

const preamble = alternation(PREAMBLE_WORDS);
/** 指导思想 / 实施乡村振兴战略的总体要求 / 总体目标：… (at the start, or ending a 的-phrase). */
export const PREAMBLE_TITLE = new RegExp(`^${preamble}|的${preamble}$`);

/** Section titles of the coming work in a report (三、2025年政府工作任务). */
export const PLAN_TITLE = new RegExp(alternation(PLAN_SECTION_WORDS));
/** Section titles of a review of past work (一、2024年工作回顾). */
export const REVIEW_TITLE = new RegExp(alternation(REVIEW_SECTION_WORDS));

/** A report or bulletin title: its figures are actual, its year is the year it covers. */
export const REPORT_TITLE = new RegExp(`${alternation(REPORT_TITLE_ENDS)}$`);
export const REVIEW_DOCUMENT_TITLE = new RegExp(`${alternation(REVIEW_TITLE_ENDS)}$`);
export const PLAN_DOCUMENT_TITLE = new RegExp(`${alternation(PLAN_TITLE_ENDS)}》?(?:[（(].{1,10}[)）])?$`);

/** 四、保障措施 / 五、组织实施: a safeguard section, its items tasks (GUIDE). */
export const SAFEGUARD_TITLE = new RegExp(alternation(SAFEGUARD_SECTION_WORDS));

/** 专栏1 … / 专栏 … / 专题3: a box beside the main text, with numbering of its own. */
export const BOX_HEADING = new RegExp(`^${alternation(BOX_WORDS)}\\s*\\d{0,2}`);

/** An unnumbered heading may be title-like when it heads a table: …任务分工 / …清单. */
export const TABLE_HEADING_END = new RegExp(`${alternation(TABLE_HEADING_ENDS)}$`);

/** Central organs run together once spaces are cleaned: 中共中央国务院 → 中共中央, 国务院. */
export const CENTRAL_ORGANS = new RegExp(alternation(CENTRAL_ORGAN_NAMES), 'g');

/** 第二届全国人民代表大会第三次会议: a session of a congress or its standing committee. */
const SESSION = '第[一二三四五六七八九十\\d]{1,4}届[\\u4e00-\\u9fff]{2,16}?第[一二三四五六七八九十\\d]{1,4}次(?:全体)?会议';
export const SESSION_NAME = new RegExp(`^${SESSION}$`);
// 第二届全国人民代表大会第三次会议听取了周恩来总理…所作的政府工作报告 (corpus 201): a resolution whose
// first words are the session that resolves.
export const RESOLVING_SESSION = new RegExp(`^\\s*(${SESSION})(?:听取|审议|审查|批准|决定|通过|认为)`);
/** A heading line's start up to its year: 二、1999年 / 一、１９９４年 (digits folded first). */
const HEADING_YEAR = '^[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][ \\t\\u3000]*)?((?:19|20)\\d{2})\\s?年(?:的)?';
// 二、1999年工作的总体要求: a plan heading, not 全面完成了1994年的工作任务 in the review (corpus 195).
export const PLANNED_YEAR = new RegExp(`${HEADING_YEAR}(?:政府)?工作(?:的)?(?:总体要求|主要任务|任务|安排|部署)`, 'm');
// 一、１９９４年国内工作的回顾 / 一、2020年工作回顾: a report reviews the year before its own.
export const REVIEWED_YEAR = new RegExp(`${HEADING_YEAR}(?:国内|政府)?工作(?:的)?回顾`, 'm');

export const TITLE_PATTERNS: Readonly<Record<string, RegExp>> = {
  TITLE_END, STATUS_LINE, PREAMBLE_TITLE, SAFEGUARD_TITLE, PLAN_TITLE, REVIEW_TITLE, REPORT_TITLE, REVIEW_DOCUMENT_TITLE, PLAN_DOCUMENT_TITLE, BOX_HEADING, TABLE_HEADING_END, CENTRAL_ORGANS,
  SESSION_NAME, RESOLVING_SESSION, PLANNED_YEAR, REVIEWED_YEAR,
};
