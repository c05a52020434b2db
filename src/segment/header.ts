/**
 * Labelled header fields: the 索引号 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期
 * block of government web pages and the 发文机构 / 发布时间 / 关键字 lines of
 * database exports. Labels may be spaced out (`索  引 号:`, `标　　题：`), several
 * may share a line, and in HTML a value often sits on the line after its label.
 */
import { type HeaderField, type HeaderKey, type HeaderScan, headerValue } from '../model.js';
import { KEY_OF, labelMatches, startsWithLabel } from '../normalize/labels.js';
import { compactKey } from '../text/clean.js';
import type { Line, Span } from '../types.js';

/** Values of these keys are single tokens: a date, a number, a URL, a list without spaces. */
const TOKEN_VALUED = new Set<HeaderKey>(['index', 'signedDate', 'docNumber', 'publishedDate', 'sourceUrl', 'keywords', 'other', 'subject']);


/** How far into a document header fields are looked for. */
const MAX_HEADER_LINES = 200;

/**
 * Read header fields from the first lines of a document. Fields are read on
 * lines that start with a label, and on the first lines of a database export
 * where labels follow the title on the same line.
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
    if (!starts && nonEmptySeen > 3) continue;
    const matches = labelMatches(line.text);
    if (matches.length === 0) continue;
    if (starts) headerLines.add(i);
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
        // HTML layouts put the value in the next cell, i.e. on the very next line; an empty cell
        // leaves a blank line, and then the label has no value (主题词 with nothing after it).
        const j = lines[i + 1]?.text ? i + 1 : null;
        // …unless the next line is where the body starts: 主 题 词： then the title again.
        const title = key === 'title' ? undefined : headerValue(fields, 'title');
        const nextKey = j !== null ? compactKey(lines[j]!.text) : '';
        const opensBody = title !== undefined && nextKey.length >= 2 && compactKey(title.value).startsWith(nextKey);
        if (j !== null && !opensBody && !startsWithLabel(lines[j]!.text) && lines[j]!.text.length <= 200) {
          raw = lines[j]!.text;
          span = [lines[j]!.start, lines[j]!.end];
          valueLine = j;
          headerLines.add(j);
        }
      }
      fields.push({ key, label, value: raw, span, line: valueLine });
    }
  }
  return { fields, headerLines };
}


