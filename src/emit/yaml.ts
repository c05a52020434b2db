/** YAML output. Repeated objects are written out (no anchors); long Chinese lines are not folded. */
import YAML from 'yaml';
import type { PolicyDocument } from '../types.js';

export function toYaml(doc: PolicyDocument): string {
  return YAML.stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
}
