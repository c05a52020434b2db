import { extractDocument } from '../../src/index.js';
import type { PolicyDocument } from '../../src/types.js';

/** Extract from a text snippet, with source.text included. */
export function extract(text: string, path = 'snippet.txt'): PolicyDocument {
  return extractDocument(text, { path, includeText: true });
}

/** Sections as "level marker title" lines, for compact assertions. */
export function outlineOf(doc: PolicyDocument): string[] {
  return doc.sections.map((s) => `${s.level} ${s.marker ?? '·'} ${s.title}`);
}

export function taskStarts(doc: PolicyDocument, n = 8): string[] {
  return doc.tasks.map((t) => `${t.marker ?? '·'} ${t.text.slice(0, n)}`);
}
