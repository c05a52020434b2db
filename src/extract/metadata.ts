/**
 * Metadata: title, enclosed title, 发文字号, issuers, recipients, dates, source
 * URL and keywords. Labelled header fields win over what is read from the
 * document's layout (title lines, signature block, 主送 line).
 */
import { type HeaderField, headerValue, type PromulgationEvent, type Segmented } from '../model.js';
import { CENTRAL_ORGANS, PLANNED_YEAR, REPORT_TITLE, RESOLVING_SESSION, REVIEWED_YEAR, SESSION_NAME } from '../patterns/titles.js';
import { cleanText, cleanTitle, compactKey } from '../text/clean.js';
import { parseDate } from '../text/dates.js';
import { asciiDigits, parseChineseInt } from '../text/numerals.js';
import { findDocNumbers, looksLikeDocNumber } from '../text/doc-numbers.js';
import { splitList, splitOutsideParens } from '../text/lists.js';
import { isOrgName } from '../text/organisations.js';
import { enclosedTitleOf } from '../text/titles.js';
import type { Meta } from '../types.js';

function dateOf(field: HeaderField | undefined): string | null {
  if (!field) return null;
  return parseDate(field.value)?.iso ?? null;
}

/** Central organs that issue jointly and are written run together once spaces are cleaned: 中共中央国务院. */


/** Organisations named at the head of a title: 浙江省民政厅关于… → 浙江省民政厅; 中共中央 国务院关于… → 中共中央, 国务院. */
function issuersFromTitle(title: string | null): string[] {
  if (!title) return [];
  // 民政部对“关于应对老龄社会…的建议”的答复 (corpus 095): a reply names its organ before 对.
  const about = title.indexOf('关于');
  const reply = /(?:答复|复函|回复)$/.test(title) ? title.search(/对[“"《第十]/) : -1;
  const at = reply > 1 && (about < 0 || reply < about) ? reply : about;
  if (at <= 1) return [];
  const head = title.slice(0, at);
  const central = head.match(CENTRAL_ORGANS);
  if (central && central.join('') === head.replace(/[\s\u3000、，,]/g, '')) return central;
  // 第二届全国人民代表大会第三次会议关于政府工作报告的决议: a session resolves.
  if (SESSION_NAME.test(head)) return [head];
  return head
    .split(/[\s\u3000、，,]+/)
    .filter((p) => isOrgName(p));
}


// 现在，我代表国务院，向大会作政府工作报告 / 我代表中央人民政府作工作报告: who reports.
const REPORTER = /我代表([\u4e00-\u9fff]{2,16}?)(?:[，,]|向|作|提出)/;


/** The body a work report speaks for, or the session a resolution opens with, from its opening lines. */
function reporterOf(text: string): string[] {
  const session = RESOLVING_SESSION.exec(text.slice(0, 300));
  if (session) return [session[1]!];
  const m = REPORTER.exec(text.slice(0, 2000));
  return m && isOrgName(m[1]!) ? [m[1]!] : [];
}

function uniqueByContainment(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const k = compactKey(n);
    if (k === '') continue;
    if (out.some((o) => compactKey(o) === k)) continue;
    out.push(n);
  }
  return out;
}


/** The first year a title names: 2017年全省…工作要点 / …行动方案（2021—2023）. */
function yearInTitle(title: string | null): number | null {
  const m = title ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

function docYear(docNumber: string | null): number | null {
  const m = docNumber ? /[〔\[［(（﹝【]\s*((?:19|20)\d{2})\s*[〕\]］)）﹞】]/.exec(docNumber) : null;
  return m ? Number(m[1]) : null;
}

/**
 * 转发国家教委关于…有关问题请示的通知: a title without 《》 abbreviates the enclosed title;
 * the body usually cites it in full (国家教委《关于…有关问题的请示》), so that form wins.
 */
function writtenEnclosedTitle(derived: string | null, title: string | null, text: string): string | null {
  if (!derived || !title || title.includes('《')) return derived;
  const bare = (s: string): string => compactKey(s).replace(/的/g, '');
  const want = bare(derived);
  const head = text.slice(0, ENCLOSED_SCAN_CHARS);
  for (let open = head.indexOf('《'); open >= 0; open = head.indexOf('《', open + 1)) {
    const close = head.indexOf('》', open);
    if (close < 0 || close - open > 120) continue;
    const cited = head.slice(open + 1, close);
    if (cited.length >= 6 && want.endsWith(bare(cited))) return cleanText(cited);
  }
  return derived;
}
const ENCLOSED_SCAN_CHARS = 3000;

// …》已经…审议通过，现印发给你们 / …》印发给你们 / …》，现予公布: the cited document is the one enclosed.
const ISSUED_AFTER = /^[^。《]{0,60}?(?:印发给你|转发给你|发给你们|现予印发|现予发布|现予公布|予以印发|现印发)/;
// 现将《X》印发…; not 制定了《X》 alone (美国…于2016年制定了《国家人工智能研发战略计划》, corpus 084).
const ISSUED_BEFORE = /现将$/;

/** 现将《X》印发给你们 / 制定了《X》: the enclosed title read from the opening of the body. */
function enclosedFromBody(text: string): string | null {
  const head = text.slice(0, ENCLOSED_SCAN_CHARS);
  for (let open = head.indexOf('《'); open >= 0; open = head.indexOf('《', open + 1)) {
    let depth = 0;
    let close = -1;
    for (let i = open; i < head.length && i < open + 200; i++) {
      if (head[i] === '《') depth++;
      else if (head[i] === '》' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    if (ISSUED_AFTER.test(head.slice(close + 1, close + 80)) || ISSUED_BEFORE.test(head.slice(Math.max(0, open - 6), open))) {
      return cleanText(head.slice(open + 1, close));
    }
  }
  return null;
}

function titleOf(seg: Segmented, htmlTitle: string | null): string | null {
  const field = headerValue(seg.header.fields, 'title');
  const title = field ? cleanTitle(field.value) : seg.front.title ? cleanTitle(seg.front.title.text) : null;
  if (title || !htmlTitle) return title;
  // <title>Page | Site</title>: the part before the site name.
  const t = cleanTitle(htmlTitle.split(/[|_－—-]/)[0] ?? '');
  return t.length >= 5 ? t : null;
}

/** A labelled 文号, a 文号 line, or the order that published a regulation (中华人民共和国国务院令第181号). */
function docNumberOf(seg: Segmented): string | null {
  const field = headerValue(seg.header.fields, 'docNumber');
  const written = field ? cleanText(field.value) : seg.front.docNumber?.text ?? null;
  if (written && looksLikeDocNumber(written)) return written;
  return events(seg, 'published').find((e) => e.docNumber)?.docNumber ?? null;
}

const events = (seg: Segmented, kind: PromulgationEvent['kind']): PromulgationEvent[] => seg.front.promulgation?.events.filter((e) => e.kind === kind) ?? [];

/** The enacting body of a law or a regulation: who adopted it, else who published it, else who approved it. */
function enactingOrgans(seg: Segmented): string[] {
  for (const kind of ['adopted', 'published', 'approved'] as const) {
    const organs = events(seg, kind).flatMap((e) => e.organs);
    if (organs.length) return organs;
  }
  return [];
}

function issuersOf(seg: Segmented, title: string | null, text: string): string[] {
  const { front } = seg;
  const field = headerValue(seg.header.fields, 'issuer');
  const source = headerValue(seg.header.fields, 'source');
  const issuers: string[] = [];
  if (field) issuers.push(...field.value.split(/[\s\u3000、，,；;]+/).map(cleanText));
  if (issuers.length === 0) issuers.push(...front.headerOrgans.map((o) => o.text.replace(/\s+/g, '')));
  const signers = front.signature?.organ ? [...(front.signature.coSigners ?? []), front.signature.organ].map((o) => o.text) : [];
  if (signers.length && (issuers.length === 0 || !front.headerOrgans.length)) issuers.push(...signers);
  if (issuers.length === 0) issuers.push(...enactingOrgans(seg));
  if (issuers.length === 0) issuers.push(...issuersFromTitle(title));
  if (issuers.length === 0 && front.byline) issuers.push(front.byline.text);
  if (issuers.length === 0) issuers.push(...reporterOf(text));
  if (issuers.length === 0 && source && !/^https?:/i.test(source.value)) issuers.push(cleanText(source.value));
  return uniqueByContainment(issuers.filter((x) => x !== ''));
}

function datesOf(seg: Segmented): { signedDate: string | null; publishedDate: string | null } {
  const fields = seg.header.fields;
  // A law's date is its adoption (通过), else its approval (批准); an order's, its publication.
  const adopted = events(seg, 'adopted')[0]?.iso ?? events(seg, 'approved')[0]?.iso ?? null;
  return {
    signedDate: dateOf(headerValue(fields, 'signedDate')) ?? seg.front.signature?.date.iso ?? adopted,
    publishedDate: dateOf(headerValue(fields, 'publishedDate')) ?? events(seg, 'published')[0]?.iso ?? null,
  };
}

function keywordsOf(seg: Segmented): string[] {
  const kw = headerValue(seg.header.fields, 'keywords');
  if (!kw) return [];
  return splitOutsideParens(kw.value, ';；,，、 \u3000△')
    .map((p) => cleanText(p.text))
    .filter((p) => p !== '');
}

function sourceUrlOf(seg: Segmented): string | null {
  const source = headerValue(seg.header.fields, 'source');
  const field = headerValue(seg.header.fields, 'sourceUrl') ?? (source && /^https?:\/\//i.test(source.value) ? source : undefined);
  return field ? (/https?:\/\/\S+/i.exec(field.value)?.[0] ?? null) : null;
}

// ——2021年3月5日在第十三届全国人民代表大会第四次会议上: the day a report was delivered.
const DELIVERED_ON = /^[—－-]{1,2}\s?((?:19|20)\d{2})\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日在/m;

/**
 * The year a report without a date is about: the year its plan heading names (二、1999年工作的总体要求),
 * the day it was delivered, or the year after the one its review heading names (一、1994年国内工作的回顾).
 */
function plannedYear(text: string): number | null {
  const head = asciiDigits(text.slice(0, 20_000));
  const planned = PLANNED_YEAR.exec(head);
  if (planned) return Number(planned[1]);
  const delivered = DELIVERED_ON.exec(head.slice(0, 2_000));
  if (delivered) return Number(delivered[1]);
  const reviewed = REVIEWED_YEAR.exec(head);
  return reviewed ? Number(reviewed[1]) + 1 : null;
}

// A year as a work report writes it (2012年 / 一九五三年); the exclusions drop target years
// (到2020年 / 2030年前 / 2035年远景目标) and the ends of ranges (2016—2020年).
const REPORT_YEAR = /((?:19|20)\d{2}|[一二][九〇○零][〇○零一二三四五六七八九]{2})\s?年/g;
const TARGET_YEAR_BEFORE = /(?:到|至|在|～|—|－|-)$/;
const TARGET_YEAR_AFTER = /^(?:前|以前|底前|末前|以后|后|左右|远景|目标)/;

/**
 * 各位代表： a work report read to a congress, with no date: it reviews the year before and plans
 * its own, so its year is the latest year Y it names whose year before (Y-1) it names too
 * (corpus 194: 一九五三年 reviewed, 一九五四年预计…; 2021 report: 2020年 and 2021年, not 2030年前).
 */
function reportYear(text: string): number | null {
  if (!/^\s*各位代表[：:]/.test(text.slice(0, 200))) return null;
  const seen = new Set<number>();
  text = asciiDigits(text);
  for (const m of text.matchAll(REPORT_YEAR)) {
    const at = m.index;
    if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, at - 1), at)) || TARGET_YEAR_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue;
    const y = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseInt(m[1]!);
    if (y !== null) seen.add(y);
  }
  let best: number | null = null;
  for (const y of seen) if (seen.has(y - 1) && (best === null || y > best)) best = y;
  return best;
}

export function extractMetadata(seg: Segmented, htmlTitle: string | null, text: string): Meta {
  const title = titleOf(seg, htmlTitle);
  const fromBody = enclosedFromBody(text);
  // An order's 《管理办法》…现予公布 under the measures' own title encloses nothing else.
  const enclosedTitle = writtenEnclosedTitle(enclosedTitleOf(title), title, text) ?? (fromBody && (!title || compactKey(fromBody) !== compactKey(title)) ? fromBody : null);
  const docNumber = docNumberOf(seg);
  const { signedDate, publishedDate } = datesOf(seg);
  // A bulletin or report names the year it covers (万载县2022年国民经济和社会发展统计公报,
  // published in 2023): its 年末 and 全年 are that year's.
  const covered = title && REPORT_TITLE.test(title) ? yearInTitle(title) : null;
  const year =
    covered ??
    docYear(docNumber) ??
    (signedDate ? Number(signedDate.slice(0, 4)) : null) ??
    (publishedDate ? Number(publishedDate.slice(0, 4)) : null) ??
    yearInTitle(title) ??
    plannedYear(text) ??
    reportYear(text);
  return {
    title,
    enclosedTitle,
    docNumber,
    issuers: issuersOf(seg, title, text),
    recipients: seg.front.recipients ? splitList(seg.front.recipients).map((p) => p.text) : [],
    signedDate,
    publishedDate,
    sourceUrl: sourceUrlOf(seg),
    keywords: keywordsOf(seg),
    year,
  };
}
