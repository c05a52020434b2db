/**
 * The legislative history under a law's or a regulation's title, one event a line (or a
 * bracketed run of them): 2019年10月26日 第十三届全国人民代表大会常务委员会第十四次会议通过 /
 * 1995年7月19日 中华人民共和国国务院令第181号发布 / 2022年7月1日 施行. A line broken inside an
 * event (1958年4月19日 交通部 / 水产部发布, 2016年1月22 / 日山东省…批准) is read whole.
 */
import { COMMITTEE_OF_COURT, EVENT_WORDS, type EventKind, ORGAN_PREFIXES, ORGAN_SUFFIXES_DROPPED } from '../lexicon/promulgation.js';
import { EVENT_END, EVENT_OPENER, SESSION } from '../patterns/promulgation.js';
import type { Promulgation, PromulgationEvent } from '../model.js';
import { isoDate } from '../text/dates.js';
import { findDocNumbers } from '../text/doc-numbers.js';
import { isOrgName } from '../text/organisations.js';
import type { Line } from '../types.js';
import { matchMarker } from './markers.js';

const DATE = /(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/g;
const DATE_AT_START = /^(?:根据|[（(])?\s{0,2}\d{4}\s{0,2}年/;
const TERM = /第?[一二三四五六七八九十百零〇\d]{1,4}届/g;
const MAX_LINES = 10;
const CONTINUATION_MAX = 40;

/** Content lines of the history: right after `after` (the title's last line), each opening with a date or continuing one. */
function historyLines(content: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of content) {
    if (out.length >= MAX_LINES) break;
    const opens = DATE_AT_START.test(l.text);
    const last = out[out.length - 1];
    const continues = last !== undefined && !EVENT_END.test(last.text) && l.text.length <= CONTINUATION_MAX && !/[。；]/.test(l.text) && !matchMarker(l.text, 0, true);
    if (!opens && !continues) break;
    out.push(l);
  }
  // A history names an event; a first body line that opens with a date (2020年，全省…) is none.
  return out.some((l) => EVENT_END.test(l.text) || EVENT_WORDS.some(([w]) => l.text.includes(w))) ? out : [];
}

/** The organ that adopted, approved or published, from the words between a date and its event word. */
function organsOf(body: string): string[] {
  const orders = findDocNumbers(body);
  let head = orders.length ? body.slice(0, body.indexOf('令', orders[0]![0])) : body;
  head = head.replace(TERM, '');
  const session = SESSION.exec(head);
  if (session) head = head.slice(0, session.index);
  for (const c of COMMITTEE_OF_COURT) if (head.includes(c)) head = head.slice(0, head.indexOf(c));
  return head
    .split(/[\s\u3000、，,]+/)
    .map((p) => {
      let name = p.replace(/^[（(]|[)）]$/g, '');
      for (const pre of ORGAN_PREFIXES) if (name.startsWith(pre) && name.length > pre.length + 1) name = name.slice(pre.length);
      for (const suf of ORGAN_SUFFIXES_DROPPED) if (name.endsWith(suf)) name = name.slice(0, -suf.length);
      return name;
    })
    .filter((n) => n.length >= 2 && isOrgName(n));
}

/** Events of one joined history text, each date to the next; an event without its word takes the next one's (两高 joint adoption). */
function eventsOf(joined: string, offsetOf: (i: number) => number): PromulgationEvent[] {
  const dates = [...joined.matchAll(DATE)];
  const events: Array<Omit<PromulgationEvent, 'kind'> & { kind: EventKind | null }> = [];
  dates.forEach((m, k) => {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!iso) return;
    const from = m.index + m[0].length;
    const piece = joined.slice(from, k + 1 < dates.length ? dates[k + 1]!.index : joined.length);
    let best: { at: number; kind: EventKind } | null = null;
    for (const [word, kind] of EVENT_WORDS) {
      const at = piece.lastIndexOf(word);
      if (at >= 0 && (!best || at > best.at)) best = { at, kind };
    }
    const body = (best ? piece.slice(0, best.at) : piece).replace(EVENT_OPENER, '').trim();
    const order = findDocNumbers(body)[0];
    events.push({ kind: best?.kind ?? null, iso, body, span: [offsetOf(m.index), offsetOf(m.index + m[0].length - 1) + 1], docNumber: order ? body.slice(order[0], order[1]) : null, organs: organsOf(body) });
  });
  for (let k = events.length - 1; k >= 0; k--) events[k]!.kind ??= events[k + 1]?.kind ?? null;
  return events.filter((e): e is PromulgationEvent => e.kind !== null);
}

/** The history right after the title (or at the top), or null. */
export function findPromulgation(content: readonly Line[], titleLastLine: number | null): Promulgation | null {
  const start = titleLastLine === null ? 0 : content.findIndex((l) => l.index > titleLastLine);
  if (start < 0) return null;
  const lines = historyLines(content.slice(start));
  if (lines.length === 0) return null;
  let joined = '';
  const offsets: number[] = [];
  for (const l of lines) {
    // Lines joined by a space: 交通部 / 水产部发布 names two organs; 2016年1月22 / 日 is still one date.
    if (joined !== '') {
      offsets.push(l.start - 1);
      joined += ' ';
    }
    for (let i = 0; i < l.text.length; i++) offsets.push(l.start + i);
    joined += l.text;
  }
  const events = eventsOf(joined, (i) => offsets[Math.min(i, offsets.length - 1)]!);
  return events.length ? { events, lines: lines.map((l) => l.index) } : null;
}
