/**
 * Validation: the published JSON Schema (compiled to code at build time, see build-validator.ts),
 * the two checks the zod schema makes beyond JSON Schema (a date is a day that exists, a span's
 * end does not precede its start), then what no schema can say — spans inside the text, ids
 * unique, links pointing at items that exist. Output that fails is a bug in the extractor: it is
 * reported and never written. tests/schema.test.ts proves these accept and reject what zod does.
 */
import { ValidationError } from '../errors.js';
import type { PolicyDocument } from '../types.js';
import { isRealDay } from './days.js';
import { validate as matchesJsonSchema } from './validator.generated.js';

interface AjvError {
  instancePath: string;
  message?: string;
}

type Spanned = ReadonlyArray<{ span: readonly [number, number] }>;

/** What the document's shape breaks: the JSON Schema's first error, then every reversed span and impossible day. */
export function schemaIssues(doc: unknown): string[] {
  if (!matchesJsonSchema(doc)) {
    const errors = ((matchesJsonSchema as unknown as { errors?: AjvError[] }).errors ?? []).slice(0, 10);
    return errors.map((e) => `${e.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)'}: ${e.message ?? 'invalid'}`);
  }
  const d = doc as PolicyDocument;
  const issues: string[] = [];
  const lists: Array<[string, Spanned]> = [
    ['source.furniture', d.source.furniture ?? []],
    ['sections', d.sections],
    ['tasks', d.tasks],
    ['indicators', d.indicators],
    ['deadlines', d.deadlines],
    ['responsibleUnits', d.responsibleUnits],
    ['references', d.references],
    ['tables', d.tables],
  ];
  for (const [path, items] of lists) {
    items.forEach((item, i) => {
      if (item.span[1] < item.span[0]) issues.push(`${path}.${i}.span: span end must not precede its start`);
    });
  }
  const days: Array<[string, string | null]> = [
    ['meta.signedDate', d.meta.signedDate],
    ['meta.publishedDate', d.meta.publishedDate],
    ...d.deadlines.flatMap((x, i): Array<[string, string | null]> => [
      [`deadlines.${i}.start`, x.start],
      [`deadlines.${i}.end`, x.end],
    ]),
  ];
  for (const [path, day] of days) if (day !== null && !isRealDay(day)) issues.push(`${path}: no such day`);
  return issues;
}

export function validateDocument(doc: PolicyDocument, text: string): PolicyDocument {
  const issues = schemaIssues(doc);
  const ids = new Set<string>();
  const check = (kind: string, items: ReadonlyArray<{ id: string; span: [number, number] }>): void => {
    for (const item of items) {
      if (ids.has(item.id)) issues.push(`${kind} ${item.id}: duplicate id`);
      ids.add(item.id);
      if (item.span[1] > text.length || item.span[0] > item.span[1]) issues.push(`${kind} ${item.id}: span ${item.span.join('-')} outside the text (${text.length})`);
    }
  };
  // Only a document of the right shape can be walked.
  if (issues.length === 0) checkLinks(doc, check, ids, issues);
  if (issues.length > 0) throw new ValidationError(`output failed validation (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${issues[0]}`, issues);
  return doc;
}

function checkLinks(doc: PolicyDocument, check: (kind: string, items: ReadonlyArray<{ id: string; span: [number, number] }>) => void, ids: Set<string>, issues: string[]): void {
  check('section', doc.sections);
  check('task', doc.tasks);
  check('indicator', doc.indicators);
  check('deadline', doc.deadlines);
  check('unit', doc.responsibleUnits);
  check('reference', doc.references);
  check('table', doc.tables);
  const has = (id: string | null): boolean => id === null || ids.has(id);
  for (const s of doc.sections) if (!has(s.parentId)) issues.push(`section ${s.id}: parent ${s.parentId} does not exist`);
  for (const t of doc.tasks) {
    if (!has(t.sectionId)) issues.push(`task ${t.id}: section ${t.sectionId} does not exist`);
    if (!has(t.tableId)) issues.push(`task ${t.id}: table ${t.tableId} does not exist`);
  }
  for (const x of [...doc.indicators, ...doc.deadlines]) {
    if (!has(x.taskId) || !has(x.sectionId)) issues.push(`${x.id}: links to a missing task or section`);
  }
  for (const u of doc.responsibleUnits) if (!has(u.taskId)) issues.push(`unit ${u.id}: task ${u.taskId} does not exist`);
}
