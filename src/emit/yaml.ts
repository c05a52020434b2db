/** YAML output. Repeated objects are written out (no anchors), long Chinese lines are not folded, spans stay on one line. */
import YAML, { isPair, isScalar, isSeq } from 'yaml';
import type { PolicyDocument } from '../types.js';

export function toYaml(doc: PolicyDocument): string {
  const ydoc = new YAML.Document(doc, { aliasDuplicateObjects: false });
  YAML.visit(ydoc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'span' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return ydoc.toString({ lineWidth: 0 });
}
