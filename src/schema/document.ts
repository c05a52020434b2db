/**
 * The output contract (../shared/SPEC.md) as a zod schema. The TypeScript types
 * and `schemas/policy-document.schema.json` are both derived from it, so the
 * three never drift apart. Fields beyond SPEC are marked "(extension)".
 */
import { z } from 'zod';
import { isRealDay } from './days.js';

/** A day that exists: 2023-02-30 is refused (the deadline rules never write one). */
const isoDate = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/)
  .refine(isRealDay, 'no such day')
  .meta({ description: 'ISO date YYYY-MM-DD (a day that exists)' });

/** The id of the rule that produced an item (see `--explain` and the README's rule list). */
const rule = z.string().min(1).meta({ description: '(extension) id of the rule that produced the item, e.g. deadline/by-year, unit/label' });

export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end must not precede its start')
  .meta({ description: '[start, end): UTF-16 code-unit offsets into source.text, end exclusive' });

const id = z.string().min(1);

/** Only for input with pages (PDF, OFD): "page 3" is how a reader cites a printed document. */
const page = z.number().int().positive().optional().meta({ description: '(extension) for PDF and OFD input: the 1-based page the item starts on' });

export const FurnitureSchema = z
  .object({
    span: SpanSchema,
    kind: z.enum(['chrome', 'repeat', 'toc']).meta({
      description: '"chrome": page furniture (navigation, footers, share buttons, page numbers); "repeat": a later copy of text seen earlier; "toc": a table of contents',
    }),
  })
  .strict()
  .meta({ description: 'a stretch of whole lines of source.text that takes no part in the structure' });

export const SourceSchema = z
  .object({
    path: z.string().nullable().meta({ description: 'as given on the command line; null for stdin' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'of the raw input bytes' }),
    bytes: z.number().int().nonnegative(),
    encoding: z.string().meta({ description: 'detected or forced: "utf-8", "gb18030", "utf-16le", ...; "unicode" for PDF (its text layer maps glyphs to Unicode)' }),
    format: z.enum(['text', 'html', 'pdf', 'docx', 'ofd']).meta({ description: 'the input format, recognised by content: plain text, HTML, PDF, Word DOCX or OFD (GB/T 33190)' }),
    pages: z.number().int().positive().optional().meta({ description: '(extension) page count, for PDF and OFD input' }),
    producer: z
      .string()
      .optional()
      .meta({
        description:
          '(extension) the tool version and the options that change the output, as a command line, e.g. "policy-extract 0.1.0 --encoding auto"; written by the CLI, compared by --skip-existing',
      }),
    text: z.string().optional().meta({ description: 'the decoded plain text that every span indexes; only with --include-text' }),
    furniture: z.array(FurnitureSchema).optional().meta({
      description: '(extension) the stretches of source.text left out of the structure, in text order (a review page greys them); only with --include-text',
    }),
  })
  .strict();

export const MetaSchema = z
  .object({
    title: z.string().nullable().meta({ description: 'the document\'s own title as issued, e.g. 关于印发《…》的通知' }),
    enclosedTitle: z.string().nullable().meta({ description: 'the title of the document it issues/forwards/consults on (the 《…》), else null' }),
    docNumber: z.string().nullable().meta({ description: '发文字号, e.g. 黑民函〔2017〕58号 (brackets as in the source)' }),
    issuers: z.array(z.string()).meta({ description: '发文机关 / 发文机构 / 信息来源 / signature organ' }),
    recipients: z.array(z.string()).meta({ description: '主送机关' }),
    signedDate: isoDate.nullable().meta({ description: '成文日期 (the date under the signature, or a labelled 成文日期)' }),
    publishedDate: isoDate.nullable().meta({ description: '发布日期 / 发布时间' }),
    sourceUrl: z.string().nullable(),
    keywords: z.array(z.string()),
    year: z.number().int().nullable().meta({ description: '(extension) the document\'s own year, used to resolve 年末 / 当年10月底前' }),
  })
  .strict();

export const SectionSchema = z
  .object({
    id,
    parentId: z.string().nullable(),
    level: z.number().int().positive().meta({ description: '1 = outermost heading level found in this document' }),
    marker: z.string().nullable().meta({ description: '"一、", "（一）", "1.", "第三章", null for unnumbered headings' }),
    ordinal: z.number().int().nullable(),
    title: z.string().meta({ description: 'heading text without the marker and trailing 。' }),
    span: SpanSchema,
    page,
    rule,
  })
  .strict();

export const TaskSchema = z
  .object({
    id,
    sectionId: z.string().nullable(),
    origin: z.enum(['body', 'table']),
    tableId: z.string().nullable().meta({ description: 'for origin "table"' }),
    marker: z.string().nullable().meta({ description: '"1.", "（三）", "一是", "3、", null for table rows' }),
    ordinal: z.number().int().nullable(),
    title: z.string().nullable().meta({ description: 'the lead phrase when the item has one (e.g. 深化城乡社区民主协商)' }),
    text: z.string().meta({ description: 'the whole item text without its marker (title included)' }),
    span: SpanSchema,
    page,
    group: z.string().nullable().optional().meta({ description: '(extension) for table rows: the row\'s group cell (主要任务 …)' }),
    row: z.number().int().positive().nullable().optional().meta({ description: '(extension) for table rows: 1-based data row in the table' }),
    rule,
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id,
    taskId: z.string().nullable(),
    sectionId: z.string().nullable(),
    kind: z.enum(['target', 'actual']),
    subject: z.string().meta({ description: 'what is measured, e.g. 城市社区建设达标率' }),
    comparator: z.enum(['>=', '>', '<=', '<', '=', 'range']),
    value: z.number().meta({ description: 'magnitude applied: 15万个 → 150000' }),
    valueMax: z.number().nullable().meta({ description: 'for "range": 1.2-1.4倍 → value 1.2, valueMax 1.4' }),
    unit: z.string().meta({ description: 'base unit without magnitude: "%", "个", "人", "平方米", "元", "倍", "户" ...' }),
    year: z.number().int().nullable(),
    text: z.string(),
    span: SpanSchema,
    page,
    rule,
  })
  .strict();

export const DeadlineSchema = z
  .object({
    id,
    taskId: z.string().nullable(),
    sectionId: z.string().nullable(),
    kind: z.enum(['by', 'range', 'ongoing', 'recurring', 'within']),
    start: isoDate.nullable().meta({ description: 'for "range": first day (2022年-2025年 → 2022-01-01)' }),
    end: isoDate.nullable().meta({ description: 'last day the work is due: 到2020年 → 2020-12-31; for "within", the due date only when the anchor is a date the document states' }),
    duration: z
      .string()
      .regex(/^P(?:\d{1,4}[DWMY]|T\d{1,4}H)$/)
      .nullable()
      .optional()
      .meta({ description: 'for "within": the time limit as ISO 8601 (15个工作日内 → P15D, 3个月内 → P3M, 4个小时 → PT4H)' }),
    workingDays: z.boolean().optional().meta({ description: 'for "within": the days are working days (工作日)' }),
    anchor: z.string().nullable().optional().meta({ description: 'for "within": the event the limit counts from, as written (受理申请之日, 印发)' }),
    text: z.string(),
    span: SpanSchema,
    page,
    rule,
  })
  .strict();

export const UnitSchema = z
  .object({
    id,
    taskId: z.string().nullable(),
    name: z.string().meta({ description: 'one organisation, e.g. 省民政厅, 各县(市、区)民政局' }),
    role: z.enum(['lead', 'support', 'responsible']),
    text: z.string(),
    span: SpanSchema,
    page,
    rule,
  })
  .strict();

export const ReferenceSchema = z
  .object({
    id,
    title: z.string().meta({ description: 'inside 《》' }),
    docNumber: z.string().nullable(),
    span: SpanSchema,
    page,
  })
  .strict();

export const TableSchema = z
  .object({
    id,
    sectionId: z.string().nullable(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    span: SpanSchema,
    page,
  })
  .strict();

export const PolicyDocumentSchema = z
  .object({
    schemaVersion: z.literal('1'),
    source: SourceSchema,
    meta: MetaSchema,
    sections: z.array(SectionSchema),
    tasks: z.array(TaskSchema),
    indicators: z.array(IndicatorSchema),
    deadlines: z.array(DeadlineSchema),
    responsibleUnits: z.array(UnitSchema),
    references: z.array(ReferenceSchema),
    tables: z.array(TableSchema),
    warnings: z.array(z.string()).meta({ description: 'what the extractor noticed and could not resolve (never silent)' }),
  })
  .strict()
  .meta({
    id: 'PolicyDocument',
    title: 'policy-extract document',
    description: 'One policy document extracted by policy-extract (see SPEC.md).',
  });

export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;
export type SourceInfo = z.infer<typeof SourceSchema>;
export type SourceFurniture = z.infer<typeof FurnitureSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Table = z.infer<typeof TableSchema>;
