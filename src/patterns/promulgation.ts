/** Patterns of a law's legislative history, built from src/lexicon/promulgation.ts. */
import { EVENT_OPENERS, EVENT_WORDS, SESSION_WORDS } from '../lexicon/promulgation.js';
import { alternation } from '../text/words.js';

/** A line that ends an event: …会议通过 / …令第181号发布 / （…修正）. */
export const EVENT_END = new RegExp(`${alternation(EVENT_WORDS.map(([w]) => w))}[)）]?$`);
/** 根据 / （ before an event's date. */
export const EVENT_OPENER = new RegExp(`^${alternation(EVENT_OPENERS)}`);
/** 第十四次会议 / 第34次常务会议 …: the session after a body's name (the name ends there). */
export const SESSION = new RegExp(`第[一二三四五六七八九十百零〇\\d]{1,6}次${alternation(SESSION_WORDS)}`);

export const PROMULGATION_PATTERNS: Readonly<Record<string, RegExp>> = { EVENT_END, EVENT_OPENER, SESSION };
