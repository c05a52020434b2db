/**
 * YAML output. Repeated objects are written out (no anchors), long Chinese lines are not folded,
 * spans stay on one line. The output loads with the same data in YAML 1.2 readers (the `yaml`
 * package) and in YAML 1.1 ones (PyYAML's safe_load, ruamel.yaml): a string that a 1.1 reader
 * would take for something else is quoted (`comparator: =` is PyYAML's "value" tag and fails to
 * load; `end: 2023-12-31` would load as a date), characters PyYAML refuses or reads as line breaks
 * are escaped, and figures keep a decimal point in exponent form (1.0e+21, not 1e+21, a string in 1.1).
 */
import YAML, { isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { PolicyDocument } from '../types.js';

// Plain scalars YAML 1.1 resolves to booleans, nulls, merge keys or the value tag: yes, Off, ~, <<, =.
const YAML11_WORD = /^(?:y|n|yes|no|on|off|true|false|null|~|=|<<)$/i;
// Numbers, sexagesimal numbers and timestamps in YAML 1.1 (1_000, 1:30, 2023-12-31, 2023-1-5 10:00:00):
// anything that starts like a number and holds only number characters is quoted.
const NUMBER_LIKE = /^[-+.\d][\w:.+\- ]*$/;
// Characters PyYAML refuses (DEL, C1 controls, U+FFFE/U+FFFF), reads as line breaks (U+0085,
// U+2028, U+2029), or may drop (a BOM); JSON-style quoting leaves them raw, so they are escaped.
const RAW_UNSAFE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const HAS_RAW_UNSAFE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
// Everything else JSON.stringify escapes in a double-quoted string: C0 controls but tab and newline.
const CONTROL = /[\x00-\x08\x0b-\x1f]/;
const LINE_START_TAB = /(?:^|\n)\t/;

/**
 * True when the string must be double-quoted to read back as the same string in YAML 1.1. A tab
 * in a one-line string too: PyYAML's scanner refuses a tab inside a plain scalar; a multi-line
 * string is a block literal, where libyaml refuses a tab only at the start of a line.
 */
function needsQuotes(s: string): boolean {
  return (
    YAML11_WORD.test(s) || NUMBER_LIKE.test(s) || CONTROL.test(s) || hasLoneSurrogate(s) || HAS_RAW_UNSAFE.test(s) ||
    (s.includes('\t') && (!s.includes('\n') || LINE_START_TAB.test(s)))
  );
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** `\u2028` → `\L`, U+0085 → `\N`, others as `\xNN` / `\uNNNN` (YAML double-quoted escapes). */
function escapeRaw(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x85) return '\\N';
  if (c === 0x2028) return '\\L';
  if (c === 0x2029) return '\\P';
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** As JSON writes the figure (so -0 is 0), with a decimal point before an exponent: 1e+21 → 1.0e+21. */
function numberText(value: number): string {
  const json = JSON.stringify(value);
  return json.includes('e') && !json.includes('.') ? json.replace('e', '.0e') : json;
}

const numbers: YAML.ScalarTag = {
  identify: (v) => typeof v === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  // A `test` makes the tag preferred over the schema's own int and float tags (listed after it).
  test: /^-?\d+(?:\.\d+)?(?:e[-+]\d+)?$/,
  resolve: (s) => Number(s),
  stringify: (item) => numberText(Number((item as Scalar).value)),
};

export function toYaml(doc: PolicyDocument): string {
  return render(doc);
}

/** One `key: value` line as toYaml writes it (for finding a recorded field in an output's first lines). */
export function yamlPair(key: string, value: string | number | null): string {
  return render({ [key]: value }).trimEnd();
}

function render(value: object): string {
  const ydoc = new YAML.Document(value, { aliasDuplicateObjects: false, customTags: (tags) => [numbers, ...tags] });
  YAML.visit(ydoc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'span' && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && needsQuotes(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // One line per quoted string (no folded line breaks to get wrong); then the raw characters
  // JSON-style quoting leaves are escaped. They occur only inside the strings quoted above.
  return ydoc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER }).replace(RAW_UNSAFE, escapeRaw);
}
