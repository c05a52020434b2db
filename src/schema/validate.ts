/**
 * Validation: the zod schema, then what a schema cannot say — spans inside the
 * text, ids unique, links pointing at items that exist. Output that fails is a
 * bug in the extractor: it is reported and never written.
 */
import { ValidationError } from '../errors.js';
import type { PolicyDocument } from '../types.js';
import { PolicyDocumentSchema } from './document.js';

export function validateDocument(doc: PolicyDocument, text: string): PolicyDocument {
  const parsed = PolicyDocumentSchema.safeParse(doc);
  const issues: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) issues.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  const check = (kind: string, items: ReadonlyArray<{ id: string; span: [number, number] }>): void => {
    for (const item of items) {
      if (ids.has(item.id)) issues.push(`${kind} ${item.id}: duplicate id`);
      ids.add(item.id);
      if (item.span[1] > text.length || item.span[0] > item.span[1]) issues.push(`${kind} ${item.id}: span ${item.span.join('-')} outside the text (${text.length})`);
    }
  };
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
  if (issues.length > 0) throw new ValidationError(`output failed validation (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${issues[0]}`, issues);
  return parsed.data ?? doc;
}
