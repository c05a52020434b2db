/**
 * The output contract (../shared/SPEC.md) as a zod schema. The TypeScript types
 * and `schemas/policy-document.schema.json` are both derived from it, so the
 * three never drift apart. Fields beyond SPEC are marked "(extension)".
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'ISO date YYYY-MM-DD' });

export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end must not precede its start')
  .meta({ description: '[start, end): UTF-16 code-unit offsets into source.text, end exclusive' });

const id = z.string().min(1);

export const SourceSchema = z
  .object({
    path: z.string().nullable().meta({ description: 'as given on the command line; null for stdin' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'of the raw input bytes' }),
    bytes: z.number().int().nonnegative(),
    encoding: z.string().meta({ description: 'detected or forced: "utf-8", "gb18030", "utf-16le", ...' }),
    format: z.enum(['text', 'html']),
    producer: z
      .string()
      .optional()
      .meta({
        description:
          '(extension) the tool version and the options that change the output, as a command line, e.g. "policy-extract 0.1.0 --encoding auto"; written by the CLI, compared by --skip-existing',
      }),
    text: z.string().optional().meta({ description: 'the decoded plain text that every span indexes; only with --include-text' }),
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
    group: z.string().nullable().optional().meta({ description: '(extension) for table rows: the row\'s group cell (主要任务 …)' }),
    row: z.number().int().positive().nullable().optional().meta({ description: '(extension) for table rows: 1-based data row in the table' }),
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
  })
  .strict();

export const DeadlineSchema = z
  .object({
    id,
    taskId: z.string().nullable(),
    sectionId: z.string().nullable(),
    kind: z.enum(['by', 'range', 'ongoing', 'recurring']),
    start: isoDate.nullable().meta({ description: 'for "range": first day (2022年-2025年 → 2022-01-01)' }),
    end: isoDate.nullable().meta({ description: 'last day the work is due: 到2020年 → 2020-12-31' }),
    text: z.string(),
    span: SpanSchema,
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
  })
  .strict();

export const ReferenceSchema = z
  .object({
    id,
    title: z.string().meta({ description: 'inside 《》' }),
    docNumber: z.string().nullable(),
    span: SpanSchema,
  })
  .strict();

export const TableSchema = z
  .object({
    id,
    sectionId: z.string().nullable(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    span: SpanSchema,
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
export type Meta = z.infer<typeof MetaSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Table = z.infer<typeof TableSchema>;
