/**
 * The parts of an official document around its body: the title (possibly split
 * over lines, possibly run into a header line), the 发文字号 line, the 主送
 * (recipients) line, the signature block (organ and date), the enclosed
 * document's title line, and 附件 lines.
 */
import type { Line, Span } from '../types.js';
import { cleanText, compactKey } from '../normalize/clean.js';
import { DATE_CHINESE, DATE_DIGITS, findDocNumbers, ORG_SUFFIX } from '../patterns.js';
import { ELLIPTICAL_PLACE, splitOutsideParens } from './cells.js';
import type { HeaderField } from './header.js';
import { firstLabelIndex } from '../normalize/labels.js';
import { parseChineseInt } from '../normalize/numerals.js';
import { matchMarker } from './markers.js';

export interface TextPiece {
  text: string;
  span: Span;
}

export interface FrontMatter {
  /** The document's own title: the text and the lines it occupies. */
  title: (TextPiece & { lines: number[] }) | null;
  /** Lines holding the title of the enclosed document (and its status line, e.g. (代拟稿)). */
  enclosedTitleLines: number[];
  docNumber: TextPiece | null;
  recipients: TextPiece | null;
  /** The signing organ above the date; joint documents stack several organ lines (coSigners, top first). */
  signature: { organ: TextPiece | null; coSigners?: TextPiece[]; date: TextPiece & { iso: string }; line: number } | null;
  /** A byline: the first line names an organisation and nothing else. */
  byline: TextPiece | null;
  /** Organisation lines of a red header, above the 文号 and the title (济南市工业和信息化局 / 济南市公安局 …). */
  headerOrgans: TextPiece[];
  /** 附件 / 附件1 / 附件：… lines. */
  attachmentLines: number[];
  /** Lines that belong to the front matter and take no part in the outline. */
  lines: Set<number>;
}

/** Document-type words a title ends with (before an optional status in brackets). */
const DOC_TYPE =
  '(?:通知|通报|意见|决定|公告|通告|报告|请示|批复|复函|函|办法|规定|条例|细则|规则|方案|计划|规划|纲要|要点|指南|指引|清单|标准|规范|措施|政策|章程|制度|预案|决议|命令|令|公报|说明|答复|纪要|守则|准则|目录|名录|意见书|提纲|实施方案|行动计划|工作要点|分工|安排|建议|倡议书|通则|总结)';
const STATUS = '(?:[（(](?:试行|暂行|代拟稿|征求意见稿|修订|修订稿|草案|送审稿|公开征求意见稿|\\d{4}[-—–~至]\\d{4}年?|\\d{4}年|\\d{4}年修订|第[一二三四五六七八九十\\d]+号)[)）])?';
export const TITLE_END = new RegExp(`${DOC_TYPE}》?${STATUS}$`);
/** A status line under a title: (代拟稿) / （征求意见稿） / （2021—2023年）. */
export const STATUS_LINE = /^[（(](?:试行|暂行|代拟稿|征求意见稿|修订|修订稿|草案|送审稿|公开征求意见稿|\d{4}\s*[-—–~至]\s*\d{4}\s*年?|\d{4}\s*年)[)）]$/;
// 附件1： / 附件 / 附表2： / 附： (a line of its own above an annex's title)
const ATTACHMENT = /^附\s{0,3}(?:件|表|录)?\s{0,3}\d{0,2}\s{0,3}(?:[:：]|$)/;
const CC_LINE = /^(?:抄送|抄报|印发|主题词|联系人|联系电话|（此件公开发布）|\(此件公开发布\))/;

export function isTitleLike(s: string): boolean {
  const k = compactKey(s).replace(/^#+/, '');
  if (k.length < 5 || k.length > 150) return false;
  if (/[。；;：:]$/.test(k)) return false;
  return TITLE_END.test(k) || /^关于.{2,}的/.test(k);
}

export function isAttachmentLine(s: string): boolean {
  return ATTACHMENT.test(s.trim());
}

/** Parse a full date anywhere in `s` (2017年4月14日, 2017-04-20, 二〇一七年四月十四日). */
export function parseDate(s: string): { iso: string; index: number; length: number } | null {
  const d = DATE_DIGITS.exec(s);
  const c = DATE_CHINESE.exec(s);
  const pick = d && (!c || d.index <= c.index) ? 'digits' : c ? 'chinese' : null;
  if (pick === 'digits' && d) {
    const y = Number(d[1]);
    const m = Number(d[2] ?? d[4]);
    const day = Number(d[3] ?? d[5]);
    const iso = isoOf(y, m, day);
    return iso ? { iso, index: d.index, length: d[0].length } : null;
  }
  if (pick === 'chinese' && c) {
    const y = parseChineseInt(c[1]!);
    const m = parseChineseInt(c[2]!);
    const day = parseChineseInt(c[3]!);
    const iso = y !== null && m !== null && day !== null ? isoOf(y, m, day) : null;
    return iso ? { iso, index: c.index, length: c[0].length } : null;
  }
  return null;
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An organisation name on its own (a signature organ or a byline): 黑龙江省民政厅. */
export function isOrgName(s: string): boolean {
  const k = compactKey(s);
  if (k.length < 3 || k.length > 40 || /[。，,；;：:、《》"]/.test(k)) return false;
  // 山东省服务业数字化转型行动方案（2021—2023）: a title with its period, not 各县（市、区）.
  if (TITLE_END.test(k)) return false;
  return ORG_SUFFIX.test(k) && !/(?:工作|建设|治理|发展|管理|服务)$/.test(k);
}

/** A line that is only a date, maybe in brackets: 2017年4月14日 / （2019年8月12日）. */
function dateOnly(line: Line): { iso: string; index: number; length: number } | null {
  if (line.text.length > 30) return null;
  const d = parseDate(line.text);
  if (!d) return null;
  const rest = (line.text.slice(0, d.index) + line.text.slice(d.index + d.length)).replace(/[\s（）()]/g, '');
  return rest === '' ? d : null;
}

export interface FrontInput {
  text: string;
  lines: readonly Line[];
  skip: readonly boolean[];
  headerFields: readonly HeaderField[];
  headerLines: ReadonlySet<number>;
  /** First line of a repeated copy of the page, if any. */
  copyStart?: number;
}

const MAX_FRONT_LINES = 40;
const MAX_CO_SIGNERS = 4;

/** The first title-like line(s) of `window`, joined when split over lines; a numbered line or a finished sentence ends the search. */
function findTitle(window: readonly Line[], input: FrontInput): FrontMatter['title'] {
  for (let k = 0; k < window.length; k++) {
    const l = window[k]!;
    if (input.headerLines.has(l.index)) continue;
    // The title precedes the body: a numbered line or a finished sentence ends the search.
    if (matchMarker(l.text, 0, true)) break;
    const head = beforeFirstLabel(l);
    if (head.text === '') continue;
    if (isTitleLike(head.text)) {
      return { text: stripHashes(head.text), span: head.span, lines: [l.index] };
    }
    // A title broken over lines: 关于印发《发挥民政职能  提升基层治理 / 体系和… / 行动计划》的通知
    if (head.span[1] === l.end && /关于|印发|《/.test(head.text) && !/[。；;：:，,]$/.test(head.text) && head.text.length < 60) {
      let joined = head.text;
      const used = [l.index];
      let end = l.end;
      for (let n = k + 1; n < Math.min(window.length, k + 4); n++) {
        const next = window[n]!;
        if (input.headerLines.has(next.index) || next.text.length > 60) break;
        joined += next.text;
        used.push(next.index);
        end = next.end;
        if (isTitleLike(joined)) return { text: joined, span: [l.start, end], lines: used };
      }
    }
    if ((l.text.length > 80 && /。/.test(l.text)) || /[。；;]$/.test(l.text)) break;
  }
  return null;
}

/** The short, unnumbered lines right above a repeated copy: its title block. */
function headerAboveCopy(content: readonly Line[], copyStart: number): Line[] {
  const out: Line[] = [];
  let k = content.findIndex((l) => l.index >= copyStart) - 1;
  if (k < -1) k = content.length - 1;
  for (; k >= 0 && out.length < MAX_COPY_HEADER_LINES; k--) {
    const l = content[k]!;
    if (l.text.length > 100 || /[。；;]$/.test(l.text) || matchMarker(l.text, 0, true)) break;
    out.unshift(l);
  }
  return out;
}
const MAX_COPY_HEADER_LINES = 8;

export function findFrontMatter(input: FrontInput): FrontMatter {
  const { lines, skip } = input;
  const front: FrontMatter = {
    title: null,
    enclosedTitleLines: [],
    docNumber: null,
    recipients: null,
    signature: null,
    byline: null,
    headerOrgans: [],
    attachmentLines: [],
    lines: new Set(),
  };
  const content: Line[] = [];
  for (const l of lines) if (l.text !== '' && !skip[l.index]) content.push(l);

  // Title: the first title-like line(s) near the top. A page saved twice may carry its
  // header only above the second copy (corpus 035): then the lines just before the copy.
  const headWindow = content.slice(0, MAX_FRONT_LINES);
  const copyWindow = input.copyStart === undefined ? [] : headerAboveCopy(content, input.copyStart);
  front.title = findTitle(headWindow, input) ?? findTitle(copyWindow, input);
  if (front.title) for (const i of front.title.lines) front.lines.add(i);

  // Repeated title lines (database exports print the title twice).
  if (front.title) {
    const key = compactKey(front.title.text);
    for (const l of [...headWindow, ...copyWindow]) if (compactKey(l.text) === key) front.lines.add(l.index);
  }

  // 发文字号 on a line of its own: 包府办发〔2022〕43号 / （皖政办秘〔2021〕82号）
  for (const l of [...headWindow, ...copyWindow]) {
    if (input.headerLines.has(l.index) || l.text.length > 40) continue;
    const k = l.text.replace(/^[（(]\s{0,3}/, '').replace(/[)）]$/, '').trim();
    const found = findDocNumbers(k)[0];
    if (found && found[0] === 0 && found[1] === k.length) {
      const offset = l.text.indexOf(k);
      front.docNumber = { text: cleanText(k), span: [l.start + offset, l.start + offset + k.length] };
      front.lines.add(l.index);
      break;
    }
    // 上海市人民政府令 / （第19号）
    const order = /^[（(]\s*第\s*(\d{1,5})\s*号\s*[)）]$/.exec(l.text);
    const prev = content[content.indexOf(l) - 1];
    if (order && prev && /令$/.test(compactKey(prev.text))) {
      front.docNumber = { text: `${compactKey(prev.text)}第${order[1]}号`, span: [prev.start, l.end] };
      front.lines.add(l.index);
      front.lines.add(prev.index);
      break;
    }
  }

  front.recipients = findRecipients(input, content);
  if (front.recipients) {
    const line = lines.find((l) => l.start <= front.recipients!.span[0] && front.recipients!.span[1] <= l.end);
    if (line && line.end - front.recipients.span[1] <= 2) front.lines.add(line.index);
  }

  // Signature: an organ line then a date line, or "organ date" at a line start, or a date alone.
  for (let k = 0; k < content.length; k++) {
    const l = content[k]!;
    if (input.headerLines.has(l.index)) continue;
    const d = dateOnly(l);
    if (d) {
      const prev = content[k - 1];
      const organ = prev && isOrgName(prev.text) && !input.headerLines.has(prev.index) ? { text: cleanText(prev.text), span: [prev.start, prev.end] as Span } : null;
      // 市场监管总局办公厅 / 工业和信息化部办公厅 / 2022年4月13日: a joint signature.
      const coSigners: TextPiece[] = [];
      for (let j = k - 2; organ && j >= 0 && k - j <= MAX_CO_SIGNERS + 1; j--) {
        const above = content[j]!;
        if (!isOrgName(above.text) || input.headerLines.has(above.index)) break;
        coSigners.unshift({ text: cleanText(above.text), span: [above.start, above.end] });
        front.lines.add(above.index);
      }
      front.signature = { organ, coSigners, date: { text: cleanText(l.text.slice(d.index, d.index + d.length)), span: [l.start + d.index, l.start + d.index + d.length], iso: d.iso }, line: l.index };
      front.lines.add(l.index);
      if (organ && prev) front.lines.add(prev.index);
      break;
    }
    // 山东省人民政府办公厅2019年3月15日印发 (the 印发 line at the foot of a document)
    const issued = /^(\S{3,40}?)\s{0,2}((?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s{0,2}(?:印发|发布|公布)$/.exec(l.text);
    if (issued && isOrgName(issued[1]!)) {
      const dd = parseDate(issued[2]!)!;
      const at = l.start + l.text.indexOf(issued[2]!);
      front.signature = {
        organ: { text: cleanText(issued[1]!), span: [l.start, l.start + issued[1]!.length] },
        date: { text: cleanText(issued[2]!), span: [at, at + issued[2]!.length], iso: dd.iso },
        line: l.index,
      };
      front.lines.add(l.index);
      break;
    }
    // 黑龙江省民政厅 2017年4月14日 2017年全省…  (PDF text run together)
    const m = /^(\S{3,40})[\s\u3000]+/.exec(l.text);
    if (m && isOrgName(m[1]!)) {
      const after = l.text.slice(m[0].length);
      const dd = parseDate(after);
      if (dd && dd.index === 0) {
        const at = l.start + m[0].length;
        front.signature = {
          organ: { text: cleanText(m[1]!), span: [l.start, l.start + m[1]!.length] },
          date: { text: cleanText(after.slice(0, dd.length)), span: [at, at + dd.length], iso: dd.iso },
          line: l.index,
        };
        break;
      }
    }
  }

  // Byline: a first line that only names an organisation (民政部基层政权和社区建设司).
  const first = content[0];
  if (first && !front.title && isOrgName(first.text) && !input.headerLines.has(first.index)) {
    front.byline = { text: cleanText(first.text), span: [first.start, first.end] };
    front.lines.add(first.index);
  }
  // Red-header organ lines: the organisation lines at the very top, before the 文号, the title or the body.
  for (const l of content.slice(0, 8)) {
    if (input.headerLines.has(l.index)) continue;
    if (isOrgName(l.text)) {
      front.headerOrgans.push({ text: cleanText(l.text), span: [l.start, l.end] });
      front.lines.add(l.index);
      continue;
    }
    if (/^(?:[A-Z]{2,10}[-—－]?[\dA-Z—－-]{4,30}|文件)$/.test(compactKey(l.text))) continue; // JNCR—2022—0040001 / 文件
    break;
  }
  // A red-header organ line right above the title (吕梁市民政局 / 关于印发…).
  if (front.title) {
    const at = content.findIndex((l) => l.index === front.title!.lines[0]);
    const above = content[at - 1];
    if (above && isOrgName(above.text) && !input.headerLines.has(above.index)) front.lines.add(above.index);
  }

  for (const l of content) {
    if (isAttachmentLine(l.text)) front.attachmentLines.push(l.index);
    if (CC_LINE.test(l.text)) front.lines.add(l.index);
  }
  return front;
}

/** The part of a line before its first header label (关于印发《…》的通知 发文机构：…). */
function beforeFirstLabel(l: Line): TextPiece {
  const at = firstLabelIndex(l.text);
  const cut = at >= 0 ? at : l.text.length;
  const raw = l.text.slice(0, cut);
  const trimmed = raw.trimEnd();
  return { text: cleanText(trimmed), span: [l.start, l.start + trimmed.length] };
}

function stripHashes(s: string): string {
  return s.replace(/^#+\s*/, '');
}

/** Each piece of a 主送 list must name an organisation or a group of them. */
function isRecipientList(s: string): boolean {
  const k = compactKey(s);
  if (k.length < 2 || k.length > 300 || /[。《》“”]/.test(k)) return false;
  const parts = splitOutsideParens(k).filter((p) => p.text !== '');
  if (parts.length === 0) return false;
  // Elliptical members are place names: 绥芬河市、抚远市民政局 / 北京、天津、…陕西省（自治区、直辖市）人民政府.
  const orgLike = (t: string): boolean => t.length <= 40 && (ORG_SUFFIX.test(t) || /(?:省|市|县|区|州|盟|旗)$/.test(t) || /^(各|有关|全)/.test(t) || /(各|有关)(单位|部门)/.test(t));
  const lastIsOrg = parts.length > 1 && ORG_SUFFIX.test(parts[parts.length - 1]!.text);
  return parts.every((p) => orgLike(p.text) || (lastIsOrg && ELLIPTICAL_PLACE.test(p.text)));
}

const RECIPIENT_SCAN_LINES = 30;

/** The 主送 list: organisations separated by 、，, ending in a colon, before the body text. */
function findRecipients(input: FrontInput, content: readonly Line[]): TextPiece | null {
  for (const l of content.slice(0, RECIPIENT_SCAN_LINES)) {
    if (input.headerLines.has(l.index)) continue;
    // Skip past header fields on the same line (关键字：…;信息化 各市（地）民政局，…：).
    let from = 0;
    for (const f of input.headerFields) if (f.line === l.index && f.span[1] > l.start) from = Math.max(from, f.span[1] - l.start);
    const rest = l.text.slice(from);
    const colon = rest.search(/[：:]/);
    if (colon < 0) continue;
    const candidate = rest.slice(0, colon);
    const lead = candidate.length - candidate.trimStart().length;
    const list = candidate.trim();
    if (/^(附件|联系人|抄送|主题词|地址|电话|邮箱)/.test(list)) continue;
    if (!isRecipientList(list)) continue;
    const start = l.start + from + lead;
    return { text: cleanText(list), span: [start, start + list.length] };
  }
  return null;
}

/** Split a recipient or issuer list at 、，,；; outside parentheses. */
export function splitList(piece: TextPiece, separators = '、，,；;'): TextPiece[] {
  const raw = piece.text;
  return splitOutsideParens(raw, separators)
    .map((p) => ({ text: p.text.trim(), span: piece.span }))
    .filter((p) => p.text !== '');
}
