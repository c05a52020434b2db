// Damaged input that must still come out as a document, with a warning saying where (issue 10,
// defects 1 and 8): a few invalid bytes in a UTF-8 file, a file cut inside a character, a stray NUL.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { extractDocument } from '../../src/index.js';
import { CORPUS, read } from '../helpers/fixtures.js';

// 安徽省工业互联网创新发展行动计划: 41 tasks when its bytes are intact.
const PLAN = '003-anhui-industrial-internet-action-plan-2021.txt';
const planBytes = (): Buffer => Buffer.from(read(CORPUS, PLAN));

/** 1-based line of byte offset `at`. */
function lineOf(bytes: Buffer, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte of a multi-byte character at or after `from`. */
function leadByteAfter(bytes: Buffer, from: number): number {
  let i = from;
  while (bytes[i]! < 0xe0) i++;
  return i;
}

describe('a UTF-8 file with a few bad bytes stays UTF-8', () => {
  const intact = extractDocument(planBytes(), { path: PLAN });

  it('the intact plan has 41 tasks (the reference for the damaged copies)', () => {
    expect(intact.tasks).toHaveLength(41);
    expect(intact.source.encoding).toBe('utf-8');
    expect(intact.warnings.join(' ')).not.toMatch(/U\+FFFD/);
  });

  it('one invalid byte (0xFF) in the middle: UTF-8, the byte replaced, 41 tasks, a warning naming its line', () => {
    const bytes = planBytes();
    const at = leadByteAfter(bytes, bytes.length >> 1);
    bytes[at] = 0xff;
    const doc = extractDocument(bytes, { path: PLAN, includeText: true });
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.tasks).toHaveLength(41);
    // 0xFF and the two continuation bytes it orphaned: one stretch of U+FFFD
    expect(doc.source.text!.match(/\ufffd+/g)).toEqual(['\ufffd\ufffd\ufffd']);
    expect(doc.warnings).toContainEqual(expect.stringMatching(new RegExp(`^not valid UTF-8 in 1 place \\(line ${lineOf(bytes, at)}\\)`)));
  });

  it('bad bytes in three places: each line named', () => {
    const bytes = planBytes();
    const places = [0.2, 0.5, 0.8].map((f) => leadByteAfter(bytes, Math.floor(bytes.length * f)));
    for (const at of places) bytes[at] = 0xc0; // never valid in UTF-8
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    const lines = places.map((at) => lineOf(bytes, at));
    expect(r.warnings).toEqual([`not valid UTF-8 in 3 places (lines ${lines.join(', ')}); the bad bytes were replaced with U+FFFD`]);
  });

  it('a file cut inside its last character: UTF-8, 41 tasks, the last line named', () => {
    const whole = planBytes();
    const cut = leadByteAfter(whole, whole.length - 40) + 1;
    const bytes = whole.subarray(0, cut);
    const doc = extractDocument(bytes, { path: PLAN });
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.tasks).toHaveLength(41);
    expect(doc.warnings).toContainEqual(expect.stringMatching(new RegExp(`^not valid UTF-8 in 1 place \\(line ${lineOf(bytes, cut)}\\)`)));
  });

  it('GB18030 text with one damaged byte is still GB18030 (it is more plausible as a whole)', () => {
    const gb = iconv.encode(planBytes().toString('utf8'), 'gb18030');
    gb[gb.length >> 1] = 0xff;
    const r = decodeBytes(gb);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('支持工业互联网平台建设');
  });

  it('a short GBK phrase is not mistaken for damaged UTF-8', () => {
    expect(decodeBytes(iconv.encode('关于印发工作要点的通知', 'gbk')).encoding).toBe('gb18030');
  });
});

describe('a stray NUL byte does not reject a document', () => {
  it('one NUL in a UTF-8 plan: decoded, the NUL replaced, 41 tasks, a warning naming its line', () => {
    const whole = planBytes();
    const at = whole.indexOf(0x0a, whole.length >> 1) + 1;
    const bytes = Buffer.concat([whole.subarray(0, at), Buffer.from([0]), whole.subarray(at)]);
    const doc = extractDocument(bytes, { path: PLAN, includeText: true });
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.tasks).toHaveLength(41);
    expect(doc.source.text).not.toContain('\0');
    expect(doc.warnings).toContainEqual(`1 NUL byte (line ${lineOf(bytes, at)}) replaced with U+FFFD`);
  });

  it('a NUL in GB18030 text, forced or detected', () => {
    const text = planBytes().toString('utf8');
    const gb = Buffer.concat([iconv.encode(text.slice(0, 200), 'gb18030'), Buffer.from([0]), iconv.encode(text.slice(200), 'gb18030')]);
    for (const encoding of ['auto', 'gb18030'] as const) {
      const r = decodeBytes(gb, encoding);
      expect(r.encoding).toBe('gb18030');
      expect(r.text).toBe(`${text.slice(0, 200)}\ufffd${text.slice(200)}`);
      expect(r.warnings).toEqual([expect.stringMatching(/^1 NUL byte \(line \d+\) replaced with U\+FFFD$/)]);
    }
  });

  it('binary data with NULs is still refused', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });
});
