/**
 * The numbering styles of Chinese official documents and their usual nesting. The patterns that
 * recognise each style are in src/segment/markers.ts.
 */
export type MarkerStyle =
  | 'part' // 第一部分 / 第一篇 / 第一编
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-dun' // 一、 一． 一.
  | 'cn-paren' // （一） (一)
  | 'num-space' // 1　总则 (a number then a wide space; line start only)
  | 'num' // 1. 1、 1．
  | 'decimal2' // 1.1
  | 'decimal3' // 1.1.1
  | 'num-paren' // （1） (1)
  | 'num-rparen' // 1） 1) (line start only)
  | 'circled' // ①
  | 'cn-di' // 第一， 第二， (speeches and reports)
  | 'cn-shi' // 一是 二是
  | 'latin' // a. b. (a list of materials, corpus 213; line start only)
  | 'plain'; // an unnumbered heading line

/**
 * The usual nesting of styles, outermost first. Levels in the output follow the
 * order in which styles appear; this rank only decides, when a style appears for
 * the first time, whether it opens a deeper level or closes the current one
 * (一、 after a run of 1. items is a new top level, not a child of the last item).
 */
export const STYLE_RANK: Readonly<Record<MarkerStyle, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  plain: 2.5,
  article: 3,
  'cn-dun': 3,
  'num-space': 3,
  'cn-paren': 4,
  num: 5,
  decimal2: 5,
  decimal3: 6,
  'num-paren': 6,
  'num-rparen': 6.5,
  circled: 7,
  'cn-di': 4.5,
  'cn-shi': 8,
  latin: 7.5,
};
