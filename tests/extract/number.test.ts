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
