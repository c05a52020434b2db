// Numbers: every written form, exact values, and round trips over generated values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberAt, scaleDecimal } from '../../src/text/numbers.js';

const value = (s: string) => numberAt(s, 0)?.value;

describe('number forms', () => {
  const cases: Array<[string, number]> = [
    ['92%', 92],
    ['７０.９万人', 709000], // full-width digits
    ['15万个', 150000], // seed 001
    ['16.4亿元', 1640000000], // exact, not 1639999999.9998
    ['100.55万平方米', 1005500], // seed 002
    ['1,500户', 1500],
    ['两个', 2],
    ['十五个', 15],
    ['一百二十人', 120],
    ['三千二百', 3200],
    ['百分之六十', 60],
    ['一年以上', 1],
    ['1.2-1.4倍', 1.2],
    ['二十五亿七千多万元', 2570000000], // corpus 194: 万 after 多 scales the part below 亿
    ['一亿六千余万亩', 160000000], // corpus 194
    ['三千多万元', 30000000],
  ];
  for (const [text, v] of cases) it(`${text} → ${v}`, () => expect(value(text)).toBe(v));

  it('百分之六十 is a percentage by construction', () => expect(numberAt('百分之六十', 0)?.percentWord).toBe(true));
  it('scales decimals as digit strings', () => {
    expect(scaleDecimal('16.4', 8)).toBe(1640000000);
    expect(scaleDecimal('0.5', 4)).toBe(5000);
    expect(scaleDecimal('2.35', 1)).toBe(23.5);
  });
  it('a positional numeral string (二〇一七) is not read as a quantity', () => {
    expect(numberAt('二〇一七年', 0)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

/** Write an integer below 10 000 in Chinese numerals (一千零五, 十五, 二百). */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  if (n === 0) return '零';
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : digits[d]) + unit;
  });
  return out;
}

describe('number round trips', () => {
  it('digits with 万/亿 give exactly value × 10^k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(['', 0], ['万', 4], ['亿', 8]), (int, decimals, [mag, k]) => {
        const text = decimals === 0 ? String(int) : (int / 10 ** decimals).toFixed(decimals);
        const expected = Number(BigInt(text.replace('.', '')) * 10n ** BigInt(k as number)) / 10 ** decimals;
        expect(numberAt(`${text}${mag}个`, 0)!.value).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('Chinese numerals parse back to the integer they spell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(numberAt(`${toChinese(n)}个`, 0)!.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbers from the review of corpus 194, 196, 063 and 116', () => {
  const value = (s: string) => {
    const n = numberAt(s, 0);
    return n ? [n.value, n.length] : null;
  };
  it('Chinese numerals with 万 sections and 点 decimals (194: 一萬三千五百十三台, read through the simplified view)', () => {
    expect(value('一万三千五百十三台')).toEqual([13513, 8]);
    expect(value('二万一千七百公里')).toEqual([21700, 6]);
    expect(value('二十八点八')).toEqual([28.8, 5]);
    expect(value('三点一倍')).toEqual([3.1, 3]);
    expect(value('两亿三千万')).toEqual([230000000, 5]);
    expect(value('十五')).toEqual([15, 2]);
  });
  it('a scrape\'s middle-dot decimal (196: 19·5％), a PDF space before the magnitude (063: 50 亿元), 600多万 (196)', () => {
    expect(value('19·5％')).toEqual([19.5, 4]);
    expect(value('50 亿元')).toEqual([5000000000, 4]);
    expect(numberAt('600多万人', 0)).toMatchObject({ value: 6000000, length: 5, more: true });
  });
  it('must not match: a year written digit by digit, 三点意见, a lone 点', () => {
    expect(numberAt('二〇一七年', 0)?.length ?? 0).toBeLessThan(4);
    expect(value('三点意见')).toEqual([3, 1]);
    expect(value('点')).toBeNull();
  });
});
