// Bytes → text: BOMs, UTF-16 by NUL pattern, strict UTF-8, declared charsets, GB18030 and Big5,
// and the inputs that must be refused (empty, whitespace-only, binary).
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { charsetName, decodeBytes, declaredCharset } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/index.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url).pathname;

const TITLE = '关于印发《2017年全省基层政权和社区建设工作要点》的通知';
const ADDRESSEE = '各县(市、区)民政局';
const BODY = `${TITLE}\n${ADDRESSEE}：\n现将《2017年全省基层政权和社区建设工作要点》印发给你们，请结合实际认真贯彻落实。\n`;
// Traditional-script version of the title, for Big5.
const TITLE_TRAD = '關於印發《2017年全省基層政權和社區建設工作要點》的通知';
// Enough ASCII (digits, punctuation, newlines) that a BOM-less UTF-16 encoding shows the NUL lane.
const UTF16_TEXT = `${TITLE}\n发文字号: 黑民函(2017)58号, date: 2017-04-20, page 1 of 3\n${ADDRESSEE}\n`;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Run `f`, expecting an InputError; return it. */
function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError, got none');
}

describe('decodeBytes: UTF-8', () => {
  it('decodes UTF-8 without a BOM', () => {
    const r = decodeBytes(utf8(BODY));
    expect(r).toEqual({ text: BODY, encoding: 'utf-8', warnings: [] });
  });

  it('decodes UTF-8 with a BOM and strips the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(BODY)]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(BODY);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.warnings).toEqual([]);
  });

  it('a UTF-8 BOM and nothing else is refused as holding no text', () => {
    const err = inputError(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf])));
    expect(err.message).toMatch(/whitespace/);
  });
});

describe('decodeBytes: GB18030', () => {
  it('detects GB18030 bytes (not valid UTF-8) as gb18030', () => {
    const bytes = iconv.encode(BODY, 'gb18030');
    expect(bytes.equals(utf8(BODY))).toBe(false);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: BODY, encoding: 'gb18030', warnings: [] });
  });

  it('detects a short GBK phrase as gb18030', () => {
    const r = decodeBytes(iconv.encode(ADDRESSEE, 'gbk'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(ADDRESSEE);
  });

  it('round-trips a 4-byte GB18030 sequence (𠀀) and the euro sign', () => {
    const four = iconv.encode('𠀀', 'gb18030');
    expect([...four]).toEqual([0x95, 0x32, 0x82, 0x36]);
    const text = `${TITLE}𠀀€\n`;
    const r = decodeBytes(iconv.encode(text, 'gb18030'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(text);
    expect(r.warnings).toEqual([]);
  });

  it('forced gb18030 decodes the same bytes identically', () => {
    const r = decodeBytes(iconv.encode(BODY, 'gb18030'), 'gb18030');
    expect(r).toEqual({ text: BODY, encoding: 'gb18030', warnings: [] });
  });

  it('a truncated trailing GB18030 byte is reported, not silently dropped', () => {
    const bytes = Buffer.concat([iconv.encode(TITLE, 'gb18030'), Buffer.from([0xb9])]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.text.startsWith(TITLE)).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/1 replacement character \(U\+FFFD, line 1\)/);
  });
});

describe('decodeBytes: UTF-16', () => {
  it('decodes UTF-16LE with a BOM and strips the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BODY, 'utf-16le')]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: BODY, encoding: 'utf-16le', warnings: [] });
  });

  it('decodes UTF-16BE with a BOM and strips the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(BODY, 'utf-16be')]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: BODY, encoding: 'utf-16be', warnings: [] });
  });

  it('detects UTF-16LE without a BOM by its NUL pattern', () => {
    const bytes = iconv.encode(UTF16_TEXT, 'utf-16le');
    expect(bytes[0]).not.toBe(0xff);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: UTF16_TEXT, encoding: 'utf-16le', warnings: [] });
  });

  it('detects UTF-16BE without a BOM by its NUL pattern', () => {
    const bytes = iconv.encode(UTF16_TEXT, 'utf-16be');
    expect(bytes[0]).not.toBe(0xfe);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: UTF16_TEXT, encoding: 'utf-16be', warnings: [] });
  });

  it('forced utf-16le accepts NUL bytes', () => {
    const r = decodeBytes(iconv.encode(UTF16_TEXT, 'utf-16le'), 'utf-16le');
    expect(r.text).toBe(UTF16_TEXT);
    expect(r.encoding).toBe('utf-16le');
  });
});

describe('decodeBytes: Big5', () => {
  const big5 = iconv.encode(TITLE_TRAD, 'big5');

  it('decodes Big5 when forced', () => {
    const r = decodeBytes(big5, 'big5');
    expect(r).toEqual({ text: TITLE_TRAD, encoding: 'big5', warnings: [] });
  });

  it('does not guess Big5 for a short phrase without a declaration', () => {
    const r = decodeBytes(big5);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).not.toBe(TITLE_TRAD);
  });

  it('decodes Big5 when an HTML page declares it', () => {
    const page = `<html><head><meta charset="big5"><title>通知</title></head><body><p>${TITLE_TRAD}</p></body></html>`;
    const r = decodeBytes(iconv.encode(page, 'big5'), 'auto', true);
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(page);
  });
});

describe('decodeBytes: declared charsets', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="gbk"><title>${TITLE}</title></head><body><p>${ADDRESSEE}：</p></body></html>`;

  it('decodes a <meta charset="gbk"> page as gb18030', () => {
    const r = decodeBytes(iconv.encode(page, 'gbk'), 'auto', true);
    expect(r).toEqual({ text: page, encoding: 'gb18030', warnings: [] });
  });

  it('warns when a page declares UTF-8 but its bytes are not UTF-8', () => {
    const wrong = page.replace('charset="gbk"', 'charset="utf-8"');
    const r = decodeBytes(iconv.encode(wrong, 'gbk'), 'auto', true);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(wrong);
    expect(r.warnings).toEqual(['the page declares UTF-8 but its bytes are not valid UTF-8; decoded by detection']);
  });
});

describe('decodeBytes: never silent about bad bytes', () => {
  it('invalid bytes forced as utf-8 produce a warning about replacement characters', () => {
    const bytes = iconv.encode(TITLE, 'gb18030');
    const r = decodeBytes(bytes, 'utf-8');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\ufffd');
    const replaced = [...r.text].filter((c) => c === '\ufffd').length;
    expect(replaced).toBeGreaterThan(1);
    expect(r.warnings).toEqual([
      `decoding as utf-8 needed ${replaced} replacement characters (U+FFFD, line 1); some text may be garbled`,
    ]);
  });

  it('one bad byte gives the singular form', () => {
    const r = decodeBytes(Buffer.concat([utf8(ADDRESSEE), Buffer.from([0xff])]), 'utf-8');
    expect(r.text).toBe(`${ADDRESSEE}\ufffd`);
    expect(r.warnings).toEqual(['decoding as utf-8 needed 1 replacement character (U+FFFD, line 1); some text may be garbled']);
  });
});

describe('decodeBytes: refused input', () => {
  it('empty input throws InputError("empty file")', () => {
    expect(inputError(() => decodeBytes(new Uint8Array(0))).message).toBe('empty file');
    expect(inputError(() => decodeBytes(new Uint8Array(0), 'gb18030')).message).toBe('empty file');
  });

  it('whitespace-only input throws InputError', () => {
    const err = inputError(() => decodeBytes(utf8(' \n\t\r\n\u3000  \n')));
    expect(err.message).toBe('no text (the file holds only whitespace)');
  });

  it('a few NUL bytes in UTF-8 text are replaced and reported by line, not refused (issue 10, defect 8)', () => {
    const bytes = Buffer.concat([utf8(BODY), Buffer.from([0, 0, 0, 0]), utf8(BODY)]);
    const r = decodeBytes(bytes);
    expect(r.text).toBe(`${BODY}\ufffd\ufffd\ufffd\ufffd${BODY}`);
    expect(r.warnings).toEqual(['4 NUL bytes (line 4) replaced with U+FFFD']);
  });

  it('NUL bytes making up much of the input are binary data', () => {
    const bytes = Buffer.concat([utf8(ADDRESSEE), Buffer.alloc(8)]);
    expect(inputError(() => decodeBytes(bytes)).message).toMatch(/binary/);
  });

  it('a PNG header throws an InputError mentioning binary', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(inputError(() => decodeBytes(png)).message).toMatch(/binary/);
  });

  it('a NUL byte with a forced non-UTF-16 encoding is replaced and reported', () => {
    const bytes = Buffer.concat([iconv.encode(BODY, 'gb18030'), Buffer.from([0]), iconv.encode(BODY, 'gb18030')]);
    const r = decodeBytes(bytes, 'gb18030');
    expect(r.text).toBe(`${BODY}\ufffd${BODY}`);
    expect(r.warnings).toEqual(['1 NUL byte (line 4) replaced with U+FFFD']);
  });

  it('control characters without NULs throw an InputError mentioning binary', () => {
    const bytes = Buffer.concat([utf8(ADDRESSEE), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11])]);
    expect(inputError(() => decodeBytes(bytes)).message).toBe('binary data (control characters), not a text document');
  });
});

describe('declaredCharset', () => {
  const cases: Array<[string, string | null]> = [
    ['<meta charset="gbk">', 'gb18030'],
    ["<META CHARSET='GB2312' />", 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030'],
    ['<meta charset=big5>', 'big5'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta name="keywords" content="民政">', null],
    ['<meta charset="shift_jis">', null],
  ];
  for (const [head, want] of cases) {
    it(`${head} → ${want}`, () => expect(declaredCharset(utf8(`<html><head>${head}</head></html>`))).toBe(want));
  }

  it('looks only at the first 4 KB', () => {
    const late = `<html><head>${' '.repeat(5000)}<meta charset="gbk"></head></html>`;
    expect(declaredCharset(utf8(late))).toBeNull();
  });
});

describe('charsetName', () => {
  const cases: Array<[string, string | null]> = [
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['GBK', 'gb18030'],
    ['gb2312', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['cp936', 'gb18030'],
    ['EUC_CN', 'gb18030'],
    ['Big5', 'big5'],
    ['big5-hkscs', 'big5'],
    ['utf-16', 'utf-16le'],
    ['UTF-16LE', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'],
    ['iso-8859-1', null],
    ['shift_jis', null],
  ];
  for (const [label, want] of cases) {
    it(`${label} → ${want}`, () => expect(charsetName(label)).toBe(want));
  }
});

describe('ingest: encodings of whole documents', () => {
  const read = (name: string): Buffer => readFileSync(CORPUS + name);
  const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

  it('corpus 048 (GB18030) decodes to exactly the text of 041 (UTF-8)', () => {
    const gb = ingest(read('048-shanghai-residents-committee-regulations-2020.gb18030.txt'), {
      path: '048-shanghai-residents-committee-regulations-2020.gb18030.txt',
    });
    const expected = stripBom(read('041-shanghai-residents-committee-regulations-2020.txt').toString('utf8'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.format).toBe('text');
    expect(gb.warnings).toEqual([]);
    expect(gb.text).toBe(expected);
    expect(gb.text).toContain('上海市居民委员会工作条例');
  });

  it('corpus 049 (UTF-16LE) decodes to exactly the text of 045 (UTF-8)', () => {
    const le = ingest(read('049-ningbo-rule-of-law-village-regulations-2021.utf16le.txt'));
    const expected = stripBom(read('045-ningbo-rule-of-law-village-regulations-2021.txt').toString('utf8'));
    expect(le.encoding).toBe('utf-16le');
    expect(le.format).toBe('text');
    expect(le.text).toBe(expected);
    expect(le.text).toContain('宁波市法治乡村建设促进条例');
  });

  it('ingest of the UTF-8 original gives the same text', () => {
    const name = '041-shanghai-residents-committee-regulations-2020.txt';
    const r = ingest(read(name), { path: name });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(stripBom(read(name).toString('utf8')));
  });

  it('ingest honours a forced encoding', () => {
    const r = ingest(iconv.encode(BODY, 'gb18030'), { encoding: 'gb18030' });
    expect(r).toEqual({ text: BODY, encoding: 'gb18030', format: 'text', htmlTables: [], furniture: [], htmlTitle: null, warnings: [] });
  });

  it('ingest of a string strips a leading BOM and reports utf-8', () => {
    const r = ingest(`\ufeff${BODY}`);
    expect(r).toEqual({ text: BODY, encoding: 'utf-8', format: 'text', htmlTables: [], furniture: [], htmlTitle: null, warnings: [] });
  });

  it('ingest of an empty string or empty bytes throws InputError("empty file")', () => {
    expect(inputError(() => ingest('')).message).toBe('empty file');
    expect(inputError(() => ingest(new Uint8Array(0))).message).toBe('empty file');
  });

  it('ingest of whitespace-only input throws InputError', () => {
    expect(inputError(() => ingest(' \n\t ')).message).toBe('no text (the file holds only whitespace)');
    expect(inputError(() => ingest(utf8('\r\n   \r\n'))).message).toBe('no text (the file holds only whitespace)');
  });

  it('ingest of binary bytes throws InputError mentioning binary', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(inputError(() => ingest(png, { path: 'image.png' })).message).toMatch(/binary/);
  });
});
