// Encoding detection cases found in review, each with the input that broke it.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/index.js';
import { InputError } from '../../src/errors.js';
import { CORPUS, read } from '../helpers/fixtures.js';

const title = '关于印发《2017年全省基层政权和社区建设工作要点》的通知\n各县(市、区)民政局\n';

describe('encoding detection', () => {
  it('reads Chinese UTF-16 without a BOM (few NULs: only ASCII characters leave them)', () => {
    expect(decodeBytes(iconv.encode(title, 'utf-16le'))).toMatchObject({ text: title, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(title, 'utf-16be'))).toMatchObject({ text: title, encoding: 'utf-16be' });
  });

  it('reads UTF-16LE where 一 (U+4E00) puts a NUL in the other byte lane', () => {
    const s = '第一条 一、2017-04-20 (1) 一是 A 一 B\n';
    expect(decodeBytes(iconv.encode(s, 'utf-16le')).text).toBe(s);
  });

  it('reads a real UTF-16LE file with its BOM removed (corpus 049)', () => {
    const bytes = read(CORPUS, '049-ningbo-rule-of-law-village-regulations-2021.utf16le.txt').subarray(2);
    const expected = read(CORPUS, '045-ningbo-rule-of-law-village-regulations-2021.txt').toString('utf8');
    expect(decodeBytes(bytes).text).toBe(expected);
  });

  it('refuses bytes with a NUL that are not UTF-16 text when control characters are much of them (abc\\0def)', () => {
    expect(() => decodeBytes(Buffer.from('abc\0def'))).toThrow(InputError);
  });

  it('says when a UTF-16 file has an odd trailing byte', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('第58号 民政局', 'utf-16le'), Buffer.from([0x41])]);
    const r = decodeBytes(bytes);
    expect(r.text).toBe('第58号 民政局');
    expect(r.warnings.join(' ')).toMatch(/odd number of bytes/);
  });

  it('honours <meta charset> of a page recognised by its content (stdin, or a page saved as .txt)', () => {
    const page = iconv.encode('<html><head><meta charset="big5"></head><body><p>社區服務</p><div>各縣民政局</div></body></html>', 'big5');
    const r = ingest(page, { path: null });
    expect(r.format).toBe('html');
    expect(r.encoding).toBe('big5');
    expect(r.text).toContain('社區服務');
  });
});
