/** JSON output: one document, two-space indented, trailing newline. */
import type { PolicyDocument } from '../types.js';

export function toJson(doc: PolicyDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** JSON Lines: one document per line. */
export function toJsonLine(doc: PolicyDocument): string {
  return `${JSON.stringify(doc)}\n`;
}
