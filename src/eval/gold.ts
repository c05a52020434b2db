/**
 * Gold files: one YAML file per document, `<document file name>.gold.yaml`, in the format of
 * the annotation guide (docs/annotation-guide.md). A value may be a list of alternatives;
 * `optional: true` marks a judgement call. Unknown keys are allowed (annotators' notes).
 */
import { parse } from 'yaml';
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.date()]);
/** One value, or the list of values any of which is correct. */
const alt = z.union([scalar, z.array(scalar)]);
const optional = z.boolean().optional().meta({ description: 'a judgement call: allowed, not required' });

const GoldUnit = z.looseObject({ name: z.string(), role: z.enum(['lead', 'support', 'responsible']).nullish() });

export const GoldSchema = z.looseObject({
  doc: z.string().optional(),
  year: z.number().int().optional(),
  meta: z.record(z.string(), z.union([alt, z.null()])).nullish(),
  sections: z.array(z.looseObject({ title: alt, level: z.number().int().nullish(), marker: alt.nullish(), optional })).nullish(),
  tasks: z
    .array(z.looseObject({ start: alt, origin: z.enum(['body', 'table']).nullish(), units: z.array(GoldUnit).nullish(), optional }))
    .nullish(),
  indicators: z
    .array(
      z.looseObject({
        subject: z.string().nullish(),
        comparator: alt.nullish(),
        value: alt,
        unit: alt,
        kind: alt.nullish(),
        year: alt.nullish(),
        valueMax: alt.nullish(),
        optional,
      }),
    )
    .nullish(),
  deadlines: z
    .array(z.looseObject({ kind: alt.nullish(), start: alt.nullish(), end: alt.nullish(), duration: alt.nullish(), text: z.string().nullish(), optional }))
    .nullish(),
  references: z.array(z.looseObject({ title: alt, docNumber: alt.nullish(), optional })).nullish(),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldSection = NonNullable<Gold['sections']>[number];
export type GoldTask = NonNullable<Gold['tasks']>[number];
export type GoldUnit = z.infer<typeof GoldUnit>;
export type GoldIndicator = NonNullable<Gold['indicators']>[number];
export type GoldDeadline = NonNullable<Gold['deadlines']>[number];
export type GoldReference = NonNullable<Gold['references']>[number];

export const GOLD_SUFFIX = '.gold.yaml';

/** A gold file that cannot be used, with the reason in one line. */
export class GoldError extends Error {}

/** Parse one gold file's text. `fileName` names the document when the file has no `doc:`. */
export function parseGold(yamlText: string, fileName: string): Gold & { doc: string } {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    throw new GoldError(`not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = GoldSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GoldError(`${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return { ...parsed.data, doc: parsed.data.doc ?? fileName.slice(0, -GOLD_SUFFIX.length) };
}
