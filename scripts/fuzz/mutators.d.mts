// Types of mutators.mjs, for the property test written in TypeScript.
export interface Limits {
  longLine: number;
  depth: number;
  cells: number;
  slice: number;
}
export function rng(seed: number): () => number;
export const MARKERS: string[];
export const MUTATORS: Record<string, (r: () => number, bytes: Buffer, corpus: Buffer[], limits: Limits) => Buffer>;
export const MUTATOR_NAMES: string[];
export const LONG_RUN_LIMITS: Limits;
export const CI_LIMITS: Limits;
export function fuzzCase(seed: number, corpus: Buffer[], limits: Limits): { bytes: Buffer; applied: string[]; html: boolean };
export function spansOf(value: unknown, out?: Array<[number, number]>): Array<[number, number]>;
export function checkSpans(doc: { source: { text?: string } }): string[];
