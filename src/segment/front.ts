/**
 * The parts of an official document around its body: the title (possibly split
 * over lines, possibly run into a header line), the 发文字号 line, the 主送
 * (recipients) line, the signature block (organ and date), the enclosed
 * document's title line, and 附件 lines.
 */
import type { FrontMatter, HeaderField, TextPiece } from '../model.js';
import { firstLabelIndex } from '../normalize/labels.js';
import { ATTACHMENT_LINE, CC_LINE, TITLE_END } from '../patterns/titles.js';
import { cleanText, compactKey } from '../text/clean.js';
import { parseDate } from '../text/dates.js';
import { findDocNumbers } from '../text/doc-numbers.js';
import { splitOutsideParens } from '../text/lists.js';
import { isOrgName, isRecipientList } from '../text/organisations.js';
import type { Line, Span } from '../types.js';
import { matchMarker } from './markers.js';
import { findPromulgation } from './promulgation.js';

export function isTitleLike(s: string): boolean {
  const k = compactKey(s).replace(/^#+/, '');
  if (k.length < 5 || k.length > 150) return false;
  if (/[。；;：:]$/.test(k)) return false;
  // 首页 > 政务公开 > 通知公告 (a breadcrumb) / 【音频解读】 (a page label): never a title.
  if (/[>»＞›]/.test(k) || /^【[^】]{1,12}】$/.test(k)) return false;
  // 为深入贯彻…，…，制定如下措施 (corpus 074): the opening purpose clause, though it ends with 措施.
  if (/^为[^，,“"]{2,60}[，,]/.test(k)) return false;
  return TITLE_END.test(k) || /^关于.{2,}的/.test(k);
}

export function isAttachmentLine(s: string): boolean {
  return ATTACHMENT_LINE.test(s.trim());
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
  /** Markdown heading level per line (1 for `# 标题`). */
  headingLevel?: readonly number[];
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
    const head = withoutDocNumber(beforeFirstLabel(l));
    if (head.text === '') continue;
    // `# 中华人民共和国密码法`: a Markdown document states its title by markup.
    if (input.headingLevel?.[l.index] === 1) return { text: head.text, span: head.span, lines: [l.index] };
    // 在听了刘少奇同志 / 关于宪法草案的报告 / 并进行了…: a title-like line inside a running sentence.
    if (k > 0 && continuesSentence(window[k - 1]!)) continue;
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

/**
 * 关于印发…的通知 某政发〔2023〕1号 / 某政发〔2023〕1号 关于…的通知: a 文号 run into the title line
 * is split off (docNumberOf reads it from the line).
 */
function withoutDocNumber(head: TextPiece): TextPiece {
  const found = findDocNumbers(head.text);
  if (found.length === 0) return head;
  const [a0, b] = found[found.length - 1]!;
  if (b === head.text.length && a0 > 4) {
    // Spaces are gone in the cleaned line (…的通知某政发〔2023〕1号): the 文号's issuer starts where the title ends.
    let a = a0;
    for (let k = head.text.indexOf('〔', a0) - 1; k > a0; k--) if (TITLE_END.test(compactKey(head.text.slice(0, k)))) {
      a = k;
      break;
    }
    const text = head.text.slice(0, a).trimEnd();
    return { text, span: [head.span[0], head.span[0] + text.length] };
  }
  const [c, d] = found[0]!;
  if (c === 0 && head.text.length - d > 4) {
    const lead = head.text.slice(d).length - head.text.slice(d).trimStart().length;
    return { text: head.text.slice(d + lead), span: [head.span[0] + d + lead, head.span[1]] };
  }
  return head;
}

/** The 文号 at the end or the start of a title line, or null. */
function runIntoTitle(l: Line): TextPiece | null {
  const found = findDocNumbers(l.text);
  if (found.length === 0) return null;
  const title = withoutDocNumber({ text: l.text, span: [l.start, l.end] });
  if (title.text === l.text || !isTitleLike(title.text)) return null;
  const rest = title.span[0] > l.start ? [l.start, title.span[0]] : [title.span[1], l.end];
  const raw = l.text.slice(rest[0]! - l.start, rest[1]! - l.start).trim();
  const at = l.text.indexOf(raw);
  return { text: cleanText(raw), span: [l.start + at, l.start + at + raw.length] };
}

/** A line that a sentence runs on from: long, not closed by sentence punctuation, not an organisation's name. */
function continuesSentence(prev: Line): boolean {
  return prev.text.length > 20 && !/[。！？!?；;：:”」）)】]$/.test(prev.text) && !isOrgName(prev.text) && !TITLE_END.test(compactKey(prev.text));
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

/** The window of lines where a title, a 文号 and red-header lines are looked for (the top, and above a second copy). */
interface Windows {
  content: Line[];
  head: Line[];
  copy: Line[];
}

function titleOf(w: Windows, input: FrontInput, claim: Set<number>): FrontMatter['title'] {
  // The first title-like line(s) near the top. A page saved twice may carry its header only
  // above the second copy (corpus 035): then the lines just before the copy.
  const title = findTitle(w.head, input) ?? findTitle(w.copy, input);
  if (!title) return null;
  for (const i of title.lines) claim.add(i);
  // Repeated title lines (database exports print the title twice).
  const key = compactKey(title.text);
  for (const l of [...w.head, ...w.copy]) if (compactKey(l.text) === key) claim.add(l.index);
  return title;
}

const ORDER_LINE = /^[（(]\s*第\s*(\d{1,5})\s*号\s*[)）]$/;

/** 发文字号 on a line of its own: 包府办发〔2022〕43号 / （皖政办秘〔2021〕82号） / 上海市人民政府令 + （第19号）. */
function docNumberOf(w: Windows, input: FrontInput, claim: Set<number>): TextPiece | null {
  for (const l of [...w.head, ...w.copy]) {
    if (input.headerLines.has(l.index)) continue;
    // 关于印发…的通知 某政发〔2023〕1号 / 某政发〔2023〕1号 关于…的通知: the 文号 run into a title line.
    const run = runIntoTitle(l);
    if (run) return run;
    if (l.text.length > 40) continue;
    const k = l.text.replace(/^[（(]\s{0,3}/, '').replace(/[)）]$/, '').trim();
    const found = findDocNumbers(k)[0];
    if (found && found[0] === 0 && found[1] === k.length) {
      const offset = l.text.indexOf(k);
      claim.add(l.index);
      return { text: cleanText(k), span: [l.start + offset, l.start + offset + k.length] };
    }
    const order = ORDER_LINE.exec(l.text);
    const prev = w.content[w.content.indexOf(l) - 1];
    if (order && prev && /令$/.test(compactKey(prev.text))) {
      claim.add(l.index);
      claim.add(prev.index);
      return { text: `${compactKey(prev.text)}第${order[1]}号`, span: [prev.start, l.end] };
    }
  }
  return null;
}

const piece = (l: Line, from = 0, to = l.text.length): TextPiece => ({ text: cleanText(l.text.slice(from, to)), span: [l.start + from, l.start + to] });

/** An organ line then a date line (co-signers stacked above): 市场监管总局办公厅 / 工业和信息化部办公厅 / 2022年4月13日. */
function signatureAtDate(w: Windows, k: number, input: FrontInput, claim: Set<number>): FrontMatter['signature'] {
  const l = w.content[k]!;
  const d = dateOnly(l);
  if (!d) return null;
  const prev = w.content[k - 1];
  const organ = prev && isOrgName(prev.text) && !input.headerLines.has(prev.index) ? piece(prev) : null;
  const coSigners: TextPiece[] = [];
  for (let j = k - 2; organ && j >= 0 && k - j <= MAX_CO_SIGNERS + 1; j--) {
    const above = w.content[j]!;
    if (!isOrgName(above.text) || input.headerLines.has(above.index)) break;
    coSigners.unshift(piece(above));
    claim.add(above.index);
  }
  claim.add(l.index);
  if (organ && prev) claim.add(prev.index);
  return { organ, coSigners, date: { ...piece(l, d.index, d.index + d.length), iso: d.iso }, line: l.index };
}

const ISSUED_LINE = /^(\S{3,40}?)\s{0,2}((?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s{0,2}(?:印发|发布|公布)$/;
const ORGAN_THEN = /^(\S{3,40})[\s\u3000]+/;

/** 山东省人民政府办公厅2019年3月15日印发 (a foot line) / 黑龙江省民政厅 2017年4月14日 2017年全省… (PDF text run together). */
function signatureInLine(l: Line, claim: Set<number>): FrontMatter['signature'] {
  const issued = ISSUED_LINE.exec(l.text);
  if (issued && isOrgName(issued[1]!)) {
    const at = l.text.indexOf(issued[2]!);
    claim.add(l.index);
    return { organ: piece(l, 0, issued[1]!.length), date: { ...piece(l, at, at + issued[2]!.length), iso: parseDate(issued[2]!)!.iso }, line: l.index };
  }
  const m = ORGAN_THEN.exec(l.text);
  if (!m || !isOrgName(m[1]!)) return null;
  const dd = parseDate(l.text.slice(m[0].length));
  if (!dd || dd.index !== 0) return null;
  return { organ: piece(l, 0, m[1]!.length), date: { ...piece(l, m[0].length, m[0].length + dd.length), iso: dd.iso }, line: l.index };
}

/** Signature: an organ line then a date line, or "organ date" at a line start, or a date alone. */
function signatureOf(w: Windows, input: FrontInput, claim: Set<number>): FrontMatter['signature'] {
  // A date alone (a web page's 2025-07-05 under the title) signs only when no organ signs with a date
  // further on (广州市人民政府办公厅 / 2025年6月30日, corpus 211).
  let alone: { found: NonNullable<FrontMatter['signature']>; lines: Set<number> } | null = null;
  for (let k = 0; k < w.content.length; k++) {
    if (input.headerLines.has(w.content[k]!.index)) continue;
    const lines = new Set<number>();
    const found = signatureAtDate(w, k, input, lines) ?? signatureInLine(w.content[k]!, lines);
    if (!found) continue;
    if (found.organ) {
      for (const i of lines) claim.add(i);
      return found;
    }
    alone ??= { found, lines };
  }
  if (alone) for (const i of alone.lines) claim.add(i);
  return alone?.found ?? null;
}

/** Red-header organ lines: the organisation lines at the very top, before the 文号, the title or the body. */
function headerOrgansOf(w: Windows, input: FrontInput, claim: Set<number>, title: FrontMatter['title']): TextPiece[] {
  const out: TextPiece[] = [];
  for (const l of w.content.slice(0, 8)) {
    if (input.headerLines.has(l.index)) continue;
    // The title is no organ, whatever it ends with: 中华人民共和国刑法修正案（十二）.
    if (title?.lines.includes(l.index)) break;
    if (isOrgName(l.text)) {
      out.push(piece(l));
      claim.add(l.index);
      continue;
    }
    // 测试符路桥区卫生局文件 / 中共济南市委办公厅文件: the organ and 文件 on one red-header line.
    const organ = /^(.{3,40}?)\s{0,3}文件$/.exec(l.text);
    if (organ && isOrgName(organ[1]!)) {
      out.push(piece(l, 0, organ[1]!.length));
      claim.add(l.index);
      continue;
    }
    if (/^(?:[A-Z]{2,10}[-—－]?[\dA-Z—－-]{4,30}|文件)$/.test(compactKey(l.text))) continue; // JNCR—2022—0040001 / 文件
    break;
  }
  return out;
}

export function findFrontMatter(input: FrontInput): FrontMatter {
  const content: Line[] = input.lines.filter((l) => l.text !== '' && !input.skip[l.index]);
  const w: Windows = { content, head: content.slice(0, MAX_FRONT_LINES), copy: input.copyStart === undefined ? [] : headerAboveCopy(content, input.copyStart) };
  const claim = new Set<number>();
  const title = titleOf(w, input, claim);
  const docNumber = docNumberOf(w, input, claim);
  const recipients = findRecipients(input, content);
  if (recipients) {
    const line = input.lines.find((l) => l.start <= recipients.span[0] && recipients.span[1] <= l.end);
    if (line && line.end - recipients.span[1] <= 2) claim.add(line.index);
  }
  const signature = signatureOf(w, input, claim);
  // Byline: a first line that only names an organisation (民政部基层政权和社区建设司).
  const first = content[0];
  const byline = first && !title && isOrgName(first.text) && !input.headerLines.has(first.index) ? piece(first) : null;
  if (byline) claim.add(first!.index);
  const headerOrgans = headerOrgansOf(w, input, claim, title);
  // A red-header organ line right above the title (吕梁市民政局 / 关于印发…).
  const above = title ? content[content.findIndex((l) => l.index === title.lines[0]) - 1] : undefined;
  if (above && isOrgName(above.text) && !input.headerLines.has(above.index)) claim.add(above.index);
  const promulgation = findPromulgation(content, title ? title.lines[title.lines.length - 1]! : null);
  for (const i of promulgation?.lines ?? []) claim.add(i);
  const attachmentLines: number[] = [];
  for (const l of content) {
    if (isAttachmentLine(l.text)) attachmentLines.push(l.index);
    if (CC_LINE.test(l.text)) claim.add(l.index);
  }
  return { title, enclosedTitleLines: [], docNumber, recipients, signature, byline, headerOrgans, attachmentLines, promulgation, lines: claim };
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
