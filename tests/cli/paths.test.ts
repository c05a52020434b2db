// Output names under --out-dir: never overwrite, never escape.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputNames } from '../../src/cli/paths.js';

describe('output names', () => {
  it('uses the file name when names are distinct (the eval call: seeds/*.txt --out-dir DIR)', () => {
    expect(outputNames([{ path: '/w/seeds/000.txt', root: null }, { path: '/w/seeds/001.txt', root: null }])).toEqual(['000.txt', '001.txt']);
  });

  it('spells out two notice.txt in different folders from their common folder', () => {
    expect(outputNames([{ path: '/w/a/notice.txt', root: null }, { path: '/w/b/x/notice.txt', root: null }, { path: '/w/c/other.txt', root: null }])).toEqual([
      join('a', 'notice.txt'),
      join('b', 'x', 'notice.txt'),
      'other.txt',
    ]);
  });

  it('keeps a walked file\'s path below the walked folder', () => {
    expect(outputNames([{ path: '/w/archive/2021/notice.txt', root: '/w/archive' }])).toEqual([join('2021', 'notice.txt')]);
  });

  it('never climbs out of the output folder, whatever the input path', () => {
    for (const name of outputNames([{ path: '/w/../../etc/passwd', root: null }, { path: '../x/../../y.txt', root: '..' }, { path: null, root: null }])) {
      expect(name.split(/[\\/]/)).not.toContain('..');
      expect(name.startsWith('/')).toBe(false);
    }
  });
});
