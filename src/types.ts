/**
 * The shared vocabulary of the pipeline: spans, lines, the document model the
 * stages pass along, and the output types (which mirror ../shared/SPEC.md and
 * are derived from the zod schema in `schema/document.ts`).
 */
export type {
  PolicyDocument,
  SourceInfo,
  Meta,
  Section,
  Task,
  Indicator,
  Deadline,
  Unit,
  Reference,
  Table,
} from './schema/document.js';

/** `[start, end)` in UTF-16 code units of `source.text`. */
export type Span = [number, number];

/** Encodings the ingest stage can decode (`--encoding`). */
export type EncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'big5';
export type EncodingOption = EncodingName | 'auto';

/** One physical line of `source.text`, trimmed of surrounding whitespace. */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first non-space character. */
  start: number;
  /** Offset after the last non-space character (start === end for a blank line). */
  end: number;
  /** `source.text.slice(start, end)`. */
  text: string;
}

/** Why a line takes no part in the structure (it stays in `source.text`). */
export type LineRole =
  | 'body'
  /** Web-page or print furniture: navigation, footer, share buttons, counters. */
  | 'chrome'
  /** A copy of content seen earlier on the page. */
  | 'repeat'
  /** The labelled header block of a web page or database export (索引号, 发文机关 …). */
  | 'header';

/** A table cell found in HTML, with the span of its text in `source.text`. */
export interface HtmlCell {
  span: Span;
  text: string;
  colspan: number;
  rowspan: number;
  header: boolean;
}

/** A `<table>` of the HTML input, in source order; nested tables are listed separately. */
export interface HtmlTable {
  span: Span;
  rows: HtmlCell[][];
  /** Depth of `<table>` nesting (0 = outermost); layout tables usually contain others. */
  depth: number;
  containsTable: boolean;
}

/**
 * A stretch of `text` that the ingest stage knows is not the document's content: a page's
 * navigation or footer, a list of related links, a PDF page's running header or page number
 * (— 3 —). It stays in the text (spans index it); every line inside it is page furniture.
 */
export interface Furniture {
  span: Span;
  /** Why, as a rule id: `furniture/html-nav`, `furniture/pdf-page-number` … */
  rule: string;
}

/**
 * From `at` on (up to the next mark), the text came from page `page` (1-based). Marks are in
 * text order but pages need not be: a page-1 footer held back behind a paragraph that runs on
 * to page 2 is written after it, so the marks read 1, 2, 1, 2.
 */
export interface PageMark {
  at: number;
  page: number;
}

/** The result of the ingest stage. */
export interface Decoded {
  text: string;
  /** `unicode` for PDF, whose text layer maps glyphs to Unicode rather than decoding bytes. */
  encoding: EncodingName | 'unicode';
  format: 'text' | 'html' | 'pdf' | 'docx' | 'ofd';
  htmlTables: HtmlTable[];
  /** Stretches of furniture the reader of the format recognised (empty for plain text). */
  furniture: Furniture[];
  /** The document's `<title>`, when HTML has one. */
  htmlTitle: string | null;
  /** Page count, for formats with pages (PDF, OFD). */
  pages?: number;
  /** Which page each stretch of `text` came from, for formats with pages. */
  pageMarks?: PageMark[];
  warnings: string[];
}

/**
 * One candidate a rule considered, for `--explain`: taken (with the value it gave) or dropped
 * by a refiner or a guard (with the reason). Rule ids are `entity/rule-name`.
 */
export interface Candidate {
  entity: 'section' | 'task' | 'unit' | 'indicator' | 'deadline' | 'reference' | 'meta';
  span: Span;
  rule: string;
  /** The value it gave, written for a reader: `by 2020-12-31`, `>= 92 %`. */
  value?: string;
  /** Why it was dropped (absent when taken): `inside 《》`, `as-of date of a statistic`. */
  dropped?: string;
}

/** Receives candidates while the rules run; absent when nobody asked (then nothing is built). */
export type Trace = (c: Candidate) => void;

/**
 * A structured message of the pipeline (vfile's message is the model): a code, the 1-based
 * line it is about when there is one, and the sentence the user reads in `warnings`.
 */
export interface Message {
  code: string;
  message: string;
  line?: number;
  span?: Span;
}
