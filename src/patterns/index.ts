/**
 * Every pattern built from the lexicon, by topic, registered in one place so one test
 * (tests/redos.test.ts) can prove each of them linear.
 */
import { DOC_NUMBER_PATTERNS } from '../text/doc-numbers.js';
import { DEADLINE_PATTERNS, WITHIN_PATTERNS } from './deadlines.js';
import { FURNITURE_PATTERNS } from './furniture.js';
import { HEADER_PATTERNS } from './headers.js';
import { INDICATOR_PATTERNS } from './indicators.js';
import { PROMULGATION_PATTERNS } from './promulgation.js';
import { TITLE_PATTERNS } from './titles.js';
import { UNIT_PATTERNS } from './units.js';
import { MARKER_PATTERNS } from '../segment/markers.js';

export const BUILT_PATTERNS: Readonly<Record<string, RegExp>> = {
  ...prefixed('units', UNIT_PATTERNS),
  ...prefixed('titles', TITLE_PATTERNS),
  ...prefixed('headers', HEADER_PATTERNS),
  ...prefixed('furniture', FURNITURE_PATTERNS),
  ...prefixed('indicators', INDICATOR_PATTERNS),
  ...prefixed('deadlines', DEADLINE_PATTERNS),
  ...prefixed('within', WITHIN_PATTERNS),
  ...prefixed('doc-numbers', DOC_NUMBER_PATTERNS),
  ...prefixed('promulgation', PROMULGATION_PATTERNS),
  ...Object.fromEntries(MARKER_PATTERNS.map((re, i) => [`markers/${i}`, re])),
};

function prefixed(topic: string, patterns: Readonly<Record<string, RegExp>>): Record<string, RegExp> {
  return Object.fromEntries(Object.entries(patterns).map(([name, re]) => [`${topic}/${name}`, re]));
}
