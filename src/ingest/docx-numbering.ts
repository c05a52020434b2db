/**
 * Word's automatic numbering (w:numPr) is not in a paragraph's text: Word draws 一、 /（一）/
 * 1. from numbering.xml when it lays out the page. A policy document's outline lives in
 * those numbers, so they are rendered here, in document order, and written into the
 * paragraphs as text before the DOCX goes to mammoth (which would drop them).
 */
import { Parser } from 'htmlparser2';
import { child, childrenNamed, parseXml, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Num {
  abstractId: string;
  /** Level → start value that restarts the list the first time this numbering is used. */
  startOverride: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  nums: Map<string, Num>;
  /** Paragraph style → its numbering (numId, level), following w:basedOn. */
  styles: Map<string, { numId: string | null; ilvl: number | null }>;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs.val;

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(val(child(lvl, 'start')) ?? '1') || 0,
    format: val(child(lvl, 'numFmt')) ?? 'decimal',
    text: val(child(lvl, 'lvlText')) ?? '',
    legal: child(lvl, 'isLgl') !== undefined && val(child(lvl, 'isLgl')) !== '0',
  };
}

function levelsOf(el: XmlElement | undefined): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of childrenNamed(el, 'lvl')) out.set(Number(lvl.attrs.ilvl ?? '0'), readLevel(lvl));
  return out;
}

/** Read numbering.xml and styles.xml (either may be missing). */
export function readNumbering(numberingXml: string | null, stylesXml: string | null): Numbering {
  const root = numberingXml ? parseXml(numberingXml) : null;
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of childrenNamed(root, 'abstractNum')) abstract.set(a.attrs.abstractNumId ?? '', levelsOf(a));
  const nums = new Map<string, Num>();
  for (const n of childrenNamed(root, 'num')) {
    const abstractId = val(child(n, 'abstractNumId')) ?? '';
    const levels = new Map(abstract.get(abstractId) ?? []);
    const startOverride = new Map<number, number>();
    for (const o of childrenNamed(n, 'lvlOverride')) {
      const ilvl = Number(o.attrs.ilvl ?? '0');
      const so = val(child(o, 'startOverride'));
      if (so !== undefined) startOverride.set(ilvl, Number(so) || 0);
      const lvl = child(o, 'lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    nums.set(n.attrs.numId ?? '', { abstractId, startOverride, levels });
  }
  return { nums, styles: readStyleNumbering(stylesXml) };
}

function readStyleNumbering(stylesXml: string | null): Numbering['styles'] {
  const root = stylesXml ? parseXml(stylesXml) : null;
  const own = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  for (const s of childrenNamed(root, 'style')) {
    if (s.attrs.type !== 'paragraph') continue;
    const numPr = child(child(s, 'pPr'), 'numPr');
    const ilvl = val(child(numPr, 'ilvl'));
    own.set(s.attrs.styleId ?? '', { numId: val(child(numPr, 'numId')) ?? null, ilvl: ilvl === undefined ? null : Number(ilvl), basedOn: val(child(s, 'basedOn')) ?? null });
  }
  const out: Numbering['styles'] = new Map();
  for (const id of own.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    // basedOn chains are short; the bound guards a cycle.
    for (let s = own.get(id), hops = 0; s && hops < 20; s = s.basedOn ? own.get(s.basedOn) : undefined, hops++) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    if (numId !== null) out.set(id, { numId, ilvl });
  }
  return out;
}

const CN = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += d === 1 && unit === '十' && out === '' ? unit : CN[d]! + unit;
  });
  return out;
}

const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → AA.
  const ch = base[(n - 1) % 26]!;
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** One counter value in a w:numFmt. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n).replace(/[〇一二三四五六七八九十百千]/g, (c) => ({ 十: '拾', 百: '佰', 千: '仟' })[c] ?? LEGAL[CN.indexOf(c)] ?? c);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The running counters of a document: one set per abstract list, as Word keeps them. */
export class NumberingState {
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The label of the next paragraph numbered (numId, ilvl), or '' when it shows none (bullets, numId 0). */
  next(numId: string | null, ilvl: number | null, styleId: string | null): string {
    const style = styleId ? this.numbering.styles.get(styleId) : undefined;
    const id = numId ?? style?.numId ?? null;
    const level = ilvl ?? style?.ilvl ?? 0;
    const num = id === null ? undefined : this.numbering.nums.get(id);
    const lvl = num?.levels.get(level);
    if (!num || !lvl || lvl.format === 'bullet' || lvl.format === 'none') return '';
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    const key = `${id}/${level}`;
    const override = num.startOverride.get(level);
    if (override !== undefined && !this.used.has(key)) counts[level] = override - 1;
    this.used.add(key);
    counts[level] = counts[level] === undefined ? lvl.start : counts[level]! + 1;
    counts.length = level + 1; // deeper levels start again
    return lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = num.levels.get(i);
      const value = counts[i] ?? l?.start ?? 1;
      return formatNumber(value, lvl.legal && i < level ? 'decimal' : l?.format ?? 'decimal');
    });
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface OpenParagraph {
  insertAt: number;
  numId: string | null;
  ilvl: number | null;
  styleId: string | null;
}

/**
 * document.xml with every numbered paragraph's label written in as a text run at its
 * start. Offsets come from the parser, so the rest of the XML is copied unchanged.
 */
export function renderNumbering(documentXml: string, numbering: Numbering): string {
  if (numbering.nums.size === 0) return documentXml;
  const state = new NumberingState(numbering);
  const inserts: Array<{ at: number; label: string }> = [];
  const path: string[] = [];
  const open: OpenParagraph[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = path[path.length - 1];
        const grand = path[path.length - 2];
        path.push(name);
        const p = open[open.length - 1];
        if (name === 'w:p') open.push({ insertAt: parser.endIndex + 1, numId: null, ilvl: null, styleId: null });
        else if (p && name === 'w:pStyle' && parent === 'w:pPr' && grand === 'w:p') p.styleId = attribs['w:val'] ?? null;
        else if (p && parent === 'w:numPr' && grand === 'w:pPr' && path[path.length - 4] === 'w:p') {
          if (name === 'w:numId') p.numId = attribs['w:val'] ?? null;
          if (name === 'w:ilvl') p.ilvl = Number(attribs['w:val'] ?? '0');
        }
      },
      onclosetag(name, isImplied) {
        path.pop();
        const p = open[open.length - 1];
        if (p && name === 'w:pPr' && path[path.length - 1] === 'w:p') p.insertAt = parser.endIndex + 1;
        if (name !== 'w:p' || !p) return;
        open.pop();
        // A self-closing <w:p/> has no text to number.
        if (isImplied || documentXml[parser.endIndex - 1] === '/') return;
        const label = state.next(p.numId, p.ilvl, p.styleId);
        // Word puts a tab after the number; a space stands for it where the label would run into the text (第一条 为了…, 1 Scope).
        if (label !== '') inserts.push({ at: p.insertAt, label: /[A-Za-z0-9章节条]$/.test(label) ? `${label} ` : label });
      },
    },
    { xmlMode: true },
  );
  parser.end(documentXml);
  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, label } of inserts) {
    out += documentXml.slice(from, at) + `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
    from = at;
  }
  return out + documentXml.slice(from);
}
