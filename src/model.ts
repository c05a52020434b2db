/**
 * The document model the segment stage builds and the extract stage reads: the outline
 * (numbered and unnumbered headings and items), tables rebuilt as grids of cells, the labelled
 * header fields and the front matter (title, 文号, 主送, signature). Spans are offsets into
 * source.text, as everywhere.
 */
import { compactKey } from './text/clean.js';
import type { HeaderKey } from './lexicon/header-labels.js';
import type { MarkerStyle } from './lexicon/numbering.js';
import type { ColumnKind } from './lexicon/table-headers.js';
import type { Message, Span } from './types.js';

export type { ColumnKind, HeaderKey, MarkerStyle };

export interface OutlineEntry {
  index: number;
  style: MarkerStyle;
  ordinal: number | null;
  marker: string | null;
  /** Offset of the marker (or of the heading text for unnumbered headings). */
  start: number;
  /** Offset just after the marker and its spaces: where the entry's own text begins. */
  contentStart: number;
  /** End of the entry's text: the next entry or a hard boundary. */
  end: number;
  /** End of the heading or lead phrase (the title). */
  titleEnd: number;
  line: number;
  /** The marker stood at a line start (not run into a line). */
  atLineStart: boolean;
  /** The entry's text is a heading line of its own (content follows on later lines). */
  standalone: boolean;
  /** Seen while building: the marker starts a short line without a sentence inside. */
  headingLine: boolean;
  parent: number | null;
  /** 1-based depth in the style stack. */
  level: number;
  children: number[];
}

/** The span of an entry's title, trimmed. */
export function titleSpan(e: OutlineEntry, text: string): Span {
  let s = e.contentStart;
  let t = e.titleEnd;
  while (s < t && /\s/.test(text[s]!)) s++;
  while (t > s && /\s/.test(text[t - 1]!)) t--;
  return [s, t];
}

/** Compact key of an entry's title, for comparisons. */
export function titleKey(e: OutlineEntry, text: string): string {
  const [s, t] = titleSpan(e, text);
  return compactKey(text.slice(s, t));
}

export interface CellModel {
  text: string;
  /** Source spans of the cell's text (several when it was broken over lines); empty when blank. */
  spans: Span[];
  /** Carried from the row above (a merged cell written once). */
  inherited: boolean;
}

export interface TableModel {
  source: 'html' | 'text';
  span: Span;
  header: string[];
  columns: ColumnKind[];
  rows: CellModel[][];
  /** Per row: the group label of a full-width row above it (HTML 一、知识产权保护方面（共5项）), else null. */
  rowGroups: Array<CellModel | null>;
  /** Lines the table occupies (flattened tables), kept out of the outline. */
  firstLine: number;
  lastLine: number;
  warnings: string[];
}

export interface HeaderField {
  key: HeaderKey;
  /** The label as written, whitespace removed (发文机关). */
  label: string;
  value: string;
  /** Span of the value in `source.text` (empty span when the value is empty). */
  span: Span;
  line: number;
}

export interface HeaderScan {
  fields: HeaderField[];
  /** Lines made only of labels and their values. */
  headerLines: Set<number>;
}

/** The first non-empty value for a key. */
export function headerValue(fields: readonly HeaderField[], key: HeaderKey): HeaderField | undefined {
  return fields.find((f) => f.key === key && f.value !== '');
}

export interface TextPiece {
  text: string;
  span: Span;
}

/** One event of a law's legislative history (通过 / 批准 / 发布 / 修订 / 施行). */
export interface PromulgationEvent {
  kind: 'adopted' | 'approved' | 'published' | 'amended' | 'effective';
  iso: string;
  /** The words between the date and the event word: the session, the order, the organs. */
  body: string;
  /** Span of the date. */
  span: Span;
  /** An order number in the event: 中华人民共和国国务院令第181号. */
  docNumber: string | null;
  /** The organs it names (the session's body, the order's issuer): 全国人民代表大会常务委员会 / 国务院. */
  organs: string[];
}

export interface Promulgation {
  events: PromulgationEvent[];
  lines: number[];
}

export interface FrontMatter {
  /** The document's own title: the text and the lines it occupies. */
  title: (TextPiece & { lines: number[] }) | null;
  /** Lines holding the title of the enclosed document (and its status line, e.g. (代拟稿)). */
  enclosedTitleLines: number[];
  docNumber: TextPiece | null;
  recipients: TextPiece | null;
  /** The signing organ above the date; joint documents stack several organ lines (coSigners, top first). */
  signature: { organ: TextPiece | null; coSigners?: TextPiece[]; date: TextPiece & { iso: string }; line: number } | null;
  /** A byline: the first line names an organisation and nothing else. */
  byline: TextPiece | null;
  /** Organisation lines of a red header, above the 文号 and the title (济南市工业和信息化局 / 济南市公安局 …). */
  headerOrgans: TextPiece[];
  /** 附件 / 附件1 / 附件：… lines. */
  attachmentLines: number[];
  /** The legislative history under a law's title, when there is one. */
  promulgation: Promulgation | null;
  /** Lines that belong to the front matter and take no part in the outline. */
  lines: Set<number>;
}

export interface Segmented {
  header: HeaderScan;
  front: FrontMatter;
  tables: TableModel[];
  outline: OutlineEntry[];
  /** Lines that take no part in the outline (everything recognised as not-body). */
  skip: boolean[];
  /** The enclosed document's title as derived from the document title, for matching its heading line. */
  messages: Message[];
}

