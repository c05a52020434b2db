/**
 * Labelled header fields: the 索引号 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期
 * block of government web pages and the 发文机构 / 发布时间 / 关键字 lines of
 * database exports. Labels may be spaced out (`索  引 号:`, `标　　题：`), several
 * may share a line, and in HTML a value often sits on the line after its label.
 */
import { type HeaderField, type HeaderKey, type HeaderScan, headerValue } from '../model.js';
import { KEY_OF, labelMatches, startsWithLabel } from '../normalize/labels.js';
import { BARE_LABEL, BULLET, STARTS_WITH_BARE_LABEL } from '../patterns/headers.js';
import { compactKey } from '../text/clean.js';
import { parseDate } from '../text/dates.js';
import { looksLikeDocNumber } from '../text/doc-numbers.js';
import type { Line, Span } from '../types.js';

/** Values of these keys are single tokens: a date, a number, a URL, a list without spaces. */
const TOKEN_VALUED = new Set<HeaderKey>(['index', 'signedDate', 'docNumber', 'publishedDate', 'sourceUrl', 'keywords', 'other', 'subject']);


/** How far into a document header fields are looked for. */
const MAX_HEADER_LINES = 200;

/**
 * Read header fields from the first lines of a document. Fields are read on lines that start
 * with a label (a bullet may stand before it: ● 文号：), on the first lines of a database export
 * where labels follow the title on the same line, and — where the value shows what it is — on
 * lines with no colon: `文    号 X政发〔2023〕1号`, a pipe table `| 文号 | X政办发〔2022〕10号 |`
 * (its bars blanked in the view), or a label alone with its value on the next line.
 */
export function scanHeader(lines: readonly Line[], skip: readonly boolean[]): HeaderScan {
  const fields: HeaderField[] = [];
  const headerLines = new Set<number>();
  let nonEmptySeen = 0;
  const limit = Math.min(lines.length, MAX_HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.text === '' || skip[i]) continue;
    nonEmptySeen++;
    const starts = startsWithLabel(line.text);
    const matches = starts || nonEmptySeen <= 3 ? labelMatches(line.text) : [];
    if (matches.length > 0) {
      if (starts) headerLines.add(i);
      fieldsWithColons(lines, i, matches, fields, headerLines);
      continue;
    }
    const bare = fieldsWithoutColons(lines, i);
    if (bare.length === 0) continue;
    for (const f of bare) {
      fields.push(f);
      headerLines.add(f.line);
    }
    headerLines.add(i);
  }
  return { fields, headerLines };
}

/** The labelled values of one line with `label：value` pairs. */
function fieldsWithColons(lines: readonly Line[], i: number, matches: RegExpExecArray[], fields: HeaderField[], headerLines: Set<number>): void {
  const line = lines[i]!;
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m]!;
    const label = match[1]!.replace(/[ \t\u3000\u00a0]/g, '');
    const key = KEY_OF.get(label) ?? 'other';
    const valueStart = match.index + match[0].length;
    const next = matches[m + 1];
    let raw = line.text.slice(valueStart, next ? next.index : line.text.length);
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim();
    if (!next && raw !== '') {
      // The last label of a line: its value ends at the first space when running text follows
      // (关键字：监督权;信息化 各市（地）民政局，…).
      const spaceAt = raw.search(/[\s\u3000]/);
      const rest = spaceAt >= 0 ? raw.slice(spaceAt).trim() : '';
      if (spaceAt >= 0 && (TOKEN_VALUED.has(key) ? !/^\d{1,2}:\d{2}/.test(rest) : rest.length > 60)) raw = raw.slice(0, spaceAt);
    }
    let span: Span = [line.start + valueStart + lead, line.start + valueStart + lead + raw.length];
    let valueLine = i;
    if (raw === '' && !next) {
      const below = valueBelow(lines, i, key, fields);
      if (below) {
        raw = below.text;
        span = [below.start, below.end];
        valueLine = below.index;
        headerLines.add(below.index);
      }
    }
    fields.push({ key, label, value: raw, span, line: valueLine });
  }
}

/**
 * HTML layouts put the value in the next cell, i.e. on the very next line; an empty cell leaves a
 * blank line, and then the label has no value (主题词 with nothing after it) — unless the next line
 * is where the body starts: 主 题 词： then the title again.
 */
function valueBelow(lines: readonly Line[], i: number, key: HeaderKey, fields: readonly HeaderField[]): Line | null {
  const below = lines[i + 1];
  if (!below?.text || startsWithLabel(below.text) || below.text.length > 200) return null;
  const title = key === 'title' ? undefined : headerValue(fields, 'title');
  const k = compactKey(below.text);
  return title !== undefined && k.length >= 2 && compactKey(title.value).startsWith(k) ? null : below;
}

/** Whether a value is what its label announces: a 文号, a date, a title, an organ … (a label word opening body text is none). */
function valueFits(key: HeaderKey, value: string): boolean {
  const v = compactKey(value);
  if (v === '' || v.length > 150) return false;
  switch (key) {
    case 'docNumber':
      return looksLikeDocNumber(v);
    case 'signedDate':
    case 'publishedDate':
      return parseDate(v) !== null;
    case 'title':
      return v.length >= 5 && !/[。；;]$/.test(v);
    case 'issuer':
    case 'source':
      return v.length >= 2 && v.length <= 60 && !/[。；;，,]/.test(v);
    case 'index':
      return /^[\dA-Za-z][\w\-/.]{3,}$/.test(v);
    default:
      return v.length <= 60 && !/[。；;]/.test(v);
  }
}


/** `文    号 X政发〔2023〕1号` / `文号   X政办发〔2022〕10号   发布日期   2022-01-01` / a label alone above its value. */
function fieldsWithoutColons(lines: readonly Line[], i: number): HeaderField[] {
  const line = lines[i]!;
  if (line.text.length > 200 || !STARTS_WITH_BARE_LABEL.test(line.text)) return [];
  const found = [...line.text.matchAll(BARE_LABEL)];
  if (found.length === 0 || found[0]!.index !== (BULLET.exec(line.text)?.[0].length ?? 0)) return [];
  const out: HeaderField[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const label = m[1]!.replace(/[ \t\u3000\u00a0]/g, '');
    const key = KEY_OF.get(label) ?? 'other';
    const from = m.index + m[0].length;
    const raw = line.text.slice(from, found[k + 1]?.index ?? line.text.length);
    const value = raw.trim();
    if (value === '' && found.length === 1) {
      // A label alone on its line, its value on the next one.
      const below = lines[i + 1];
      if (!below?.text || !valueFits(key, below.text)) return [];
      out.push({ key, label, value: below.text, span: [below.start, below.end], line: below.index });
      continue;
    }
    if (!valueFits(key, value)) return [];
    const at = line.start + from + (raw.length - raw.trimStart().length);
    out.push({ key, label, value, span: [at, at + value.length], line: i });
  }
  return out;
}
