/** Patterns of labelled header fields (src/lexicon/header-labels.ts) and of task-table headers (table-headers.ts). */
import { HEADER_KEY_OF } from '../lexicon/header-labels.js';
import { LABEL_HEADS, LABEL_TAILS } from '../lexicon/roles.js';
import { CONTENT_HEADERS, DEADLINE_HEADERS, EXTRA_UNIT_HEADERS, GROUP_HEADERS, OTHER_HEADERS, PATH_HEADERS, SEQ_HEADERS, type ColumnKind } from '../lexicon/table-headers.js';
import { alternation, prefixTree } from '../text/words.js';

// 索  引 号 / 标　　题: characters of a label may be spaced out (table layout in the source).
const LABEL_GAP = '[ \\t\\u3000\\u00a0]{0,8}';
const LABELS = prefixTree([...HEADER_KEY_OF.keys()], LABEL_GAP);

/** A label at a line start or after whitespace, then a colon; group 1 the label as written. */
export const HEADER_LABEL = new RegExp(`(?:^|(?<=[\\s\\u3000]))(${LABELS})${LABEL_GAP}[:：]`, 'g');
/** A bullet before a label: ● 文号： / · 发布日期：. */
export const BULLET = /^[·•●○◆◇■□▪▶►][ \t\u3000]{0,2}/;
/** A line that starts with a label and its colon (maybe after a bullet). */
export const LINE_STARTS_WITH_LABEL = new RegExp(`^(?:[·•●○◆◇■□▪▶►][ \\t\\u3000]{0,2})?(?:${LABELS})${LABEL_GAP}[:：]`);
/** A label with no colon, at the line start (after a bullet) or after spaces, then spaces or the line end. */
export const BARE_LABEL = new RegExp(`(?:^(?:[·•●○◆◇■□▪▶►][ \\t\\u3000]{0,2})?|(?<=[ \\t\\u3000]{2}))(${LABELS})(?:[ \\t\\u3000\\u00a0]{1,8}|$)`, 'g');
/** BARE_LABEL's first alternative alone: a line can hold bare labels only if it starts with one (checked first, as most lines do not). */
export const STARTS_WITH_BARE_LABEL = new RegExp(`^(?:[·•●○◆◇■□▪▶►][ \\t\\u3000]{0,2})?(?:${LABELS})(?:[ \\t\\u3000\\u00a0]{1,8}|$)`);

const UNIT_COLUMNS: ReadonlyArray<readonly [ColumnKind, string]> = [
  ...LABEL_HEADS.flatMap((h) => LABEL_TAILS.map((t) => [h.role === 'responsible' ? 'unit' : h.role, `${h.word}${t}`] as const)),
  ...EXTRA_UNIT_HEADERS,
];
const words = (kind: ColumnKind): string[] => UNIT_COLUMNS.filter(([k]) => k === kind).map(([, w]) => w);

/** Header words of task tables by column kind, matched on the whole compacted cell. */
export const TABLE_HEADER_KINDS: ReadonlyArray<readonly [ColumnKind, RegExp]> = [
  ['seq', new RegExp(`^${alternation(SEQ_HEADERS)}$`)],
  ['lead', new RegExp(`^${alternation(words('lead'))}$`)],
  ['support', new RegExp(`^${alternation(words('support'))}$`)],
  // 责任单位（部门） / 责任单位(牵头单位排第一): a unit column with a note.
  ['unit', new RegExp(`^(?:${alternation(words('unit'))}|责任单位[(（].{1,8}[)）])$`)],
  ['deadline', new RegExp(`^${alternation(DEADLINE_HEADERS)}$`)],
  ['group', new RegExp(`^${alternation(GROUP_HEADERS)}$`)],
  ['content', new RegExp(`^${alternation(CONTENT_HEADERS)}$`)],
  ['path', new RegExp(`^${alternation(PATH_HEADERS)}$`)],
  ['other', new RegExp(`^${alternation(OTHER_HEADERS)}$`)],
];

export const HEADER_PATTERNS: Readonly<Record<string, RegExp>> = {
  HEADER_LABEL, LINE_STARTS_WITH_LABEL, BARE_LABEL, STARTS_WITH_BARE_LABEL, ...Object.fromEntries(TABLE_HEADER_KINDS.map(([k, re]) => [`TABLE_HEADER_${k}`, re])),
};
