// Sizes in and out, and file names made safe for a terminal.
import { describe, expect, it } from 'vitest';
import { formatBytes, parseBytes, printable } from '../../src/cli/text.js';

describe('parseBytes', () => {
  const cases: Array<[string, number | null]> = [
    ['64M', 64e6], ['500K', 5e5], ['1G', 1e9], ['1.5MB', 1.5e6], ['20kb', 2e4], ['5000', 5000], ['12 M', 12e6],
    ['0', null], ['lots', null], ['-1M', null], ['1T', null], ['', null], ['M', null],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} → ${want}`, () => expect(parseBytes(input)).toBe(want));
});

describe('formatBytes', () => {
  it('limits as given, measured sizes with one decimal', () => {
    expect(formatBytes(64e6)).toBe('64 MB');
    expect(formatBytes(2e4)).toBe('20 KB');
    expect(formatBytes(1234567)).toBe('1.2 MB');
    expect(formatBytes(21000, true)).toBe('21.0 KB');
    expect(formatBytes(999)).toBe('999 bytes');
  });
});

describe('printable', () => {
  it('escapes control characters and bidirectional overrides, keeps Chinese', () => {
    expect(printable('bad\x1b[31mname\x07.txt')).toBe('bad\\x1b[31mname\\x07.txt');
    expect(printable('通知\u202etxt.exe')).toBe('通知\\u202etxt.exe');
    expect(printable('a\nb\tc\x7f\x9b')).toBe('a\\x0ab\\x09c\\x7f\\x9b');
    expect(printable('关于印发《工作要点》的通知.txt')).toBe('关于印发《工作要点》的通知.txt');
  });
});

describe('outputTooLarge', () => {
  it('refuses an output more than 50 times its input (plus 8 MB), with the sizes', async () => {
    const { outputTooLarge } = await import('../../src/cli/job.js');
    expect(outputTooLarge('x'.repeat(1000), 72_000)).toBeNull();
    expect(outputTooLarge('x'.repeat(8e6 + 50 * 72_000), 72_000)).toBeNull();
    expect(outputTooLarge('x'.repeat(8e6 + 50 * 72_000 + 1), 72_000)).toBe(
      'internal error: 11.6 MB of output for 72.0 KB of input (more than 50 times its size); not written',
    );
    // counted in UTF-8 bytes: 4M Chinese characters are 12 MB
    expect(outputTooLarge('达'.repeat(4e6), 72_000)).toMatch(/^internal error: 12\.0 MB of output/);
  });
});
