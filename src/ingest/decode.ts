/**
 * Bytes → text. Order of evidence: byte-order mark, UTF-16 NUL pattern, strict
 * UTF-8, UTF-8 with a few damaged bytes (unless GB18030 reads better), an HTML
 * charset declaration, then GB18030 (a superset of GBK/GB2312, which is what
 * Chinese government sites and Windows tools write). Big5 is used only when
 * forced, declared, or clearly more plausible than GB18030. Damage never passes
 * in silence: replaced bytes and stray NULs are warnings that name their lines.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { EncodingName, EncodingOption } from '../types.js';

export interface DecodeResult {
  text: string;
  encoding: EncodingName;
  warnings: string[];
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * How many times `ch` occurs and on which 1-based lines: "line 57", "lines 3, 57, 90 and 4 more".
 * `runs`: a run of adjacent occurrences counts once (one damaged character can leave three U+FFFD).
 */
export function linesHolding(text: string, ch: string, runs = false): { count: number; where: string } {
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  let from = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) {
    if (!runs || text[at - 1] !== ch) count++;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      from = nl + 1;
    }
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  const shown = lines.slice(0, 10).join(', ');
  const more = lines.length > 10 ? ` and ${lines.length - 10} more` : '';
  return { count, where: `${lines.length === 1 ? 'line' : 'lines'} ${shown}${more}` };
}

function bomOf(bytes: Uint8Array): EncodingName | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM. Only input with NUL bytes is considered (UTF-8 and GB18030 text
 * never has them); it is read both ways and kept when nearly every character is one a
 * document uses (CJK, ASCII, CJK punctuation). Chinese text has few NULs (ASCII and 一
 * U+4E00 give them), so a NUL count alone cannot tell.
 */
function utf16ByContent(bytes: Uint8Array): EncodingName | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 16384) & ~1);
  let best: EncodingName | null = null;
  let bestScore = 0;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = decodeWith(sample, enc);
    const score = textLikeRatio(text);
    if (score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return bestScore >= 0.9 ? best : null;
}

/** Share of characters a document is made of: CJK, ASCII text, CJK and full-width punctuation. */
function textLikeRatio(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) || (c >= 0x3400 && c <= 0x4dbf) || c === 0xa0 || c === 0xfeff
    ) ok++;
  }
  return ok / text.length;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Control characters other than tab, newlines and form feed: a sign of binary data. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
  }
  return bad / n;
}

const lenientUtf8 = new TextDecoder('utf-8');

/** Strict UTF-8: validated by simdutf (buffer.isUtf8), then decoded; null when invalid. */
function tryStrictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes that are not strict UTF-8: how many well-formed multi-byte characters and how many
 * invalid stretches they hold. A UTF-8 file with one flipped byte has thousands of the first
 * and one of the second; GB18030 text read as UTF-8 is nearly all invalid, so the scan stops
 * as soon as that is plain.
 */
export function utf8Damage(bytes: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
      if (bad > 64 && bad * 4 > good) break;
    }
  }
  return { good, bad };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0 (RFC 3629 ranges). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return len;
}

/** `<meta charset="gbk">` / `content="text/html; charset=gb2312"` in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): EncodingName | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  // Tag by tag, so no pattern has to skip an unbounded run of attributes.
  for (const tag of head.matchAll(/<meta[^>]{0,300}/gi)) {
    const m = /charset[ \t]{0,3}=[ \t"']{0,6}([A-Za-z0-9_-]{2,20})/i.exec(tag[0]);
    if (m?.[1]) return charsetName(m[1]);
  }
  return null;
}

/** Map a charset label to the decoder we use (GBK and GB2312 decode as GB18030). */
export function charsetName(label: string): EncodingName | null {
  const l = label.toLowerCase().replace(/_/g, '-');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (/^(gb18030|gbk|gb2312|x-gbk|cp936|euc-cn|hz-gb-2312|csgb2312)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|cp950|x-x-big5)$/.test(l)) return 'big5';
  if (l === 'utf-16le' || l === 'utf-16') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return null;
}

// The commonest characters of Chinese prose in either script; the decoding that yields more
// of them is the right one (GB18030 bytes read as Big5 and vice versa give rare characters).
const COMMON_SIMPLIFIED = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车');
const COMMON_TRADITIONAL = new Set('的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理世車');

function plausibility(text: string, common: Set<string>): number {
  let hits = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) if (common.has(text[i]!)) hits++;
  return hits;
}

type Iconv = { decode(bytes: Buffer, encoding: string): string };

/**
 * Node's own decoders (WHATWG: GB18030, Big5, UTF-16, each dropping its leading BOM) when its ICU
 * has them, as the official builds and Debian's do; iconv-lite only on a small-ICU build. Why not
 * iconv-lite always: its tables are a megabyte of JavaScript that every worker parsed at start.
 */
function decodeWith(bytes: Uint8Array, encoding: EncodingName): string {
  if (encoding === 'utf-8') return lenientUtf8.decode(bytes);
  let decoder: { decode(input: Uint8Array): string } | null = null;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // RangeError: this Node has no decoder for the encoding.
  }
  // An odd trailing byte of UTF-16 is dropped, as the warning says (WHATWG would give U+FFFD).
  const whole = encoding.startsWith('utf-16') && bytes.length % 2 !== 0 ? bytes.subarray(0, bytes.length - 1) : bytes;
  if (decoder) return decoder.decode(whole);
  const iconv = createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength), encoding);
}

/**
 * Refuse binary data and blank input; report replacement characters and NULs by line. A NUL
 * (a stray byte from a broken export) becomes U+FFFD, one code unit for one, so spans hold.
 * `damagedUtf8`: chosen as UTF-8 although some bytes were invalid (worded for that case).
 */
function finish(bytes: Uint8Array, encoding: EncodingName, decoded: string, warnings: string[], damagedUtf8 = false): DecodeResult {
  // NULs count as control characters here: a run of them is binary data, a stray one is not.
  if (controlRatio(decoded) > 0.05) throw new InputError('binary data (control characters), not a text document');
  if (decoded.trim() === '') throw new InputError(bytes.length === 0 ? 'empty file' : 'no text (the file holds only whitespace)');
  let text = decoded;
  if (countReplacements(text) > 0) {
    const { count, where } = linesHolding(text, '\ufffd', damagedUtf8);
    warnings.push(
      damagedUtf8
        ? `not valid UTF-8 in ${count} place${count === 1 ? '' : 's'} (${where}); the bad bytes were replaced with U+FFFD`
        : `decoding as ${encoding} needed ${count} replacement character${count === 1 ? '' : 's'} (U+FFFD, ${where}); some text may be garbled`,
    );
  }
  if (text.includes('\0')) {
    const { count, where } = linesHolding(text, '\0');
    warnings.push(`${count} NUL byte${count === 1 ? '' : 's'} (${where}) replaced with U+FFFD`);
    text = text.replaceAll('\0', '\ufffd');
  }
  return { text, encoding, warnings };
}

/**
 * UTF-8 with a few damaged bytes (one flipped byte, a file cut inside a character): kept as
 * UTF-8 when at most one multi-byte character in 20 is damaged and its reading of the first
 * 64 KB is at least as plausible as GB18030's and Big5's. Null when it is not UTF-8.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const { good, bad } = utf8Damage(bytes);
  if (bad * 20 > good) return null;
  let end = Math.min(bytes.length, 65536);
  // Cut the sample at a character boundary so the cut itself is no damage.
  while (end < bytes.length && end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  const sample = bytes.subarray(0, end);
  const asUtf8 = lenientUtf8.decode(sample);
  const utf8Score = Math.max(plausibility(asUtf8, COMMON_SIMPLIFIED), plausibility(asUtf8, COMMON_TRADITIONAL)) - 4 * countReplacements(asUtf8);
  for (const other of ['gb18030', 'big5'] as const) {
    const text = decodeWith(sample, other);
    const common = other === 'gb18030' ? COMMON_SIMPLIFIED : COMMON_TRADITIONAL;
    if (plausibility(text, common) - 4 * countReplacements(text) > utf8Score) return null;
  }
  const text = lenientUtf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decode raw bytes. `encoding: 'auto'` detects; any other value forces that decoder.
 * Throws InputError for empty or binary input.
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingOption = 'auto', isHtml = false): DecodeResult {
  if (bytes.length === 0) throw new InputError('empty file');
  const warnings: string[] = [];

  if (encoding !== 'auto') return finish(bytes, encoding, decodeWith(bytes, encoding), warnings);

  const bom = bomOf(bytes);
  if (bom) {
    if (bom !== 'utf-8' && bytes.length % 2 !== 0) warnings.push(`odd number of bytes for ${bom}: the last byte was dropped`);
    return finish(bytes, bom, decodeWith(bytes, bom), warnings);
  }

  const utf16 = hasNul(bytes) ? utf16ByContent(bytes) : null;
  if (utf16) return finish(bytes, utf16, decodeWith(bytes, utf16), warnings);

  const utf8 = tryStrictUtf8(bytes);
  if (utf8 !== null) return finish(bytes, 'utf-8', utf8, warnings);
  const damaged = damagedUtf8(bytes);
  if (damaged !== null) return finish(bytes, 'utf-8', damaged, warnings, true);

  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8') return finish(bytes, declared, decodeWith(bytes, declared), warnings);
  if (declared === 'utf-8') warnings.push('the page declares UTF-8 but its bytes are not valid UTF-8; decoded by detection');

  // Score both readings on a prefix; decode the whole input once, with the winner.
  const sample = bytes.subarray(0, 65536);
  const gbSample = decodeWith(sample, 'gb18030');
  const big5Sample = decodeWith(sample, 'big5');
  const gbScore = plausibility(gbSample, COMMON_SIMPLIFIED) - 4 * countReplacements(gbSample);
  const big5Score = plausibility(big5Sample, COMMON_TRADITIONAL) - 4 * countReplacements(big5Sample);
  const chosen: EncodingName = big5Score > 20 && big5Score > 2 * Math.max(gbScore, 1) ? 'big5' : 'gb18030';
  return finish(bytes, chosen, decodeWith(bytes, chosen), warnings);
}
