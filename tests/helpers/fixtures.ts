import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
export const SEEDS = join(FIXTURES, 'seeds');
export const CORPUS = join(FIXTURES, 'corpus');

/** Input documents of a fixture folder (expected outputs and the manifest excluded). */
export function inputsOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.json') && !f.endsWith('.tsv') && !f.startsWith('.'))
    .sort();
}

export function read(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name));
}
