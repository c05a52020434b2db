// Mutations of real documents for the fuzz layer: the property test in CI (a few hundred cases,
// tests/property/fuzz.test.ts) and long runs (`npm run fuzz -- --cases 100000`, scripts/fuzz.mjs).
// Every case is a pure function of its seed, so a failure found in a long run is replayed by
// its seed alone. Plain JavaScript, so that the long run needs no TypeScript toolchain.
import iconv from 'iconv-lite';

/** mulberry32: a small, fast, seedable generator (numbers in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

// The markers and brackets the segmenter and the extractors key on.
export const MARKERS = [
  '一、', '二、', '十一、', '（一）', '(二)', '（十）', '1.', '2、', '3．', '（1）', '(2)', '①', '⑩', '第一章', '第二节', '第X条', '第三条', '第十二条',
  '一是', '二是', '《', '》', '〔', '〕', '《关于加强城乡社区协商的意见》', '〔2021〕', '国办发〔2021〕3号', '附件：', '专栏1', '序号', '责任单位：',
  '牵头单位：', '完成时限：', '到2025年', '2022年-2025年', '年底前', '达到90%', '不少于5个', '100个', '1.2万亿元', '百分之六十', '持续推进', '。', '；', '\n',
];
// Pieces of the inputs of known hot spots, repeated into long lines (issue 10, defects 2 and 3).
const LONG_PIECES = ['100个 ', '达到90%', '《关于印发的通知》', '第三条', '各县(市、区)', '2022年-2025年', '牵头、', '（一）', '，'];

const enc = (s) => Buffer.from(s, 'utf8');
const dec = (b) => Buffer.from(b).toString('utf8');

/** The mutations, each (r, bytes, corpus, limits) → bytes. */
export const MUTATORS = {
  byteFlips(r, b) {
    const out = Buffer.from(b);
    for (let k = int(r, 1, 8); k > 0 && out.length > 0; k--) out[int(r, 0, out.length - 1)] = int(r, 0, 255);
    return out;
  },
  truncate(r, b) {
    return b.subarray(0, int(r, 0, b.length));
  },
  splice(r, b, corpus) {
    const other = pick(r, corpus);
    return Buffer.concat([b.subarray(0, int(r, 0, b.length)), other.subarray(int(r, 0, other.length))]);
  },
  markers(r, b) {
    let s = dec(b);
    for (let k = int(r, 1, 20); k > 0; k--) {
      const at = int(r, 0, s.length);
      s = s.slice(0, at) + pick(r, MARKERS) + s.slice(at);
    }
    return enc(s);
  },
  longLine(r, b, _corpus, limits) {
    const s = dec(b);
    const at = int(r, 0, s.length);
    if (r() < 0.5) {
      // the document's own lines run together over a stretch
      const end = Math.min(s.length, at + int(r, 100, limits.longLine));
      return enc(s.slice(0, at) + s.slice(at, end).replace(/[\r\n]+/g, '') + s.slice(end));
    }
    const piece = pick(r, LONG_PIECES);
    return enc(s.slice(0, at) + piece.repeat(Math.ceil(int(r, 10, limits.longLine) / piece.length)) + s.slice(at));
  },
  deepHtml(r, b, _corpus, limits) {
    const text = dec(b).slice(0, 4000).replace(/[<>&]/g, '');
    const depth = int(r, 1, limits.depth);
    const tag = pick(r, ['div', 'span', 'table><tr><td', 'ul><li', 'p', 'font', 'b']);
    const [open, close] = tag.includes('>')
      ? [`<${tag}>`, `</${tag.split('><').reverse().map((t) => t.split(' ')[0]).join('></')}>`]
      : [`<${tag}>`, `</${tag}>`];
    if (r() < 0.3) {
      // a wide table instead: many cells, few levels
      const cells = int(r, 1, limits.cells);
      const cols = int(r, 1, 20);
      let rows = '';
      for (let c = 0; c < cells; c += cols) rows += `<tr>${'<td>格</td>'.repeat(Math.min(cols, cells - c))}</tr>`;
      return enc(`<html><body><p>${text}</p><table>${rows}</table></body></html>`);
    }
    return enc(`<html><body>${open.repeat(depth)}${text}${close.repeat(depth)}</body></html>`);
  },
  encoding(r, b) {
    const s = dec(b);
    return iconv.encode(s, pick(r, ['gb18030', 'utf-16le', 'utf-16be', 'big5']), { addBOM: r() < 0.5 });
  },
  nul(r, b) {
    const out = Buffer.from(b);
    for (let k = int(r, 1, 4); k > 0 && out.length > 0; k--) out[int(r, 0, out.length - 1)] = 0;
    return out;
  },
  newlines(r, b) {
    const s = dec(b);
    const style = pick(r, ['\r\n', '\r', '\n\n', '\u2028', '\u3000\n', ' \t\n']);
    return enc(s.replace(/\n/g, () => (r() < 0.5 ? style : '\n')));
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Generous sizes for long runs; the CI property test keeps clear of the known slow paths. */
export const LONG_RUN_LIMITS = { longLine: 32_000, depth: 5000, cells: 40_000, slice: 24_000 };
export const CI_LIMITS = { longLine: 2_000, depth: 150, cells: 2_000, slice: 16_000 };

/**
 * The input of case `seed`: a corpus document (or a window of one), with one to three mutations.
 * Returns the bytes, the mutations applied and whether the name says HTML.
 */
export function fuzzCase(seed, corpus, limits) {
  const r = rng(seed);
  const doc = pick(r, corpus);
  const from = doc.length > limits.slice ? int(r, 0, doc.length - limits.slice) : 0;
  let bytes = doc.subarray(from, from + limits.slice);
  const applied = [];
  for (let k = int(r, 1, 3); k > 0; k--) {
    const name = pick(r, MUTATOR_NAMES);
    applied.push(name);
    bytes = MUTATORS[name](r, bytes, corpus, limits);
  }
  return { bytes, applied, html: applied.includes('deepHtml') };
}

/** Every [start, end] span in a document (any `span` field, at any depth). */
export function spansOf(value, out = []) {
  if (Array.isArray(value)) for (const v of value) spansOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'span' && Array.isArray(v)) out.push(v);
      else spansOf(v, out);
    }
  }
  return out;
}

/** What must hold for an output: spans inside the text, start ≤ end. A list of problems (empty when fine). */
export function checkSpans(doc) {
  const length = doc.source.text.length;
  const bad = spansOf(doc).filter(([s, e]) => !(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= length));
  return bad.length === 0 ? [] : [`${bad.length} span(s) outside the text (length ${length}), e.g. [${bad[0]}]`];
}
