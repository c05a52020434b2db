/**
 * Every regular expression in src/ must run in linear time: a scraped archive can
 * hold any text, and one catastrophic backtrack stalls a whole batch. recheck
 * (static automaton analysis, with fuzzing where that is inconclusive) proves it
 * per pattern, so a new polynomial pattern fails here, not on a user's 10 MB file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUILT_PATTERNS } from '../src/patterns/index.js';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** Regex literals and the number of `new RegExp(` calls, read with the TypeScript parser. */
function scan(): { literals: Found[]; constructed: number } {
  const literals: Found[] = [];
  let constructed = 0;
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({ where: `${relative(SRC, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructed++;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/** Patterns built at load time from word lists; each `new RegExp(` in src/ must be registered there. */
const CONSTRUCTED: Record<string, RegExp> = { ...BUILT_PATTERNS };

/** g and y change where matching starts, not how a match backtracks. */
const analysed = (flags: string): string => flags.replace(/[gy]/g, '');

function verdict(source: string, flags: string): string {
  const result = checkSync(source, analysed(flags), { timeout: 20_000 });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable') return `vulnerable (${result.complexity.summary}), attack ${JSON.stringify(result.attack.pattern)}`;
  return `${result.status}: ${result.error.kind}`;
}

const { literals, constructed } = scan();

describe('regular expressions run in linear time', () => {
  it('finds the patterns it is meant to check', () => {
    // A parser change that silently found nothing would make the checks below vacuous.
    expect(literals.length).toBeGreaterThan(150);
    expect(Object.keys(CONSTRUCTED).length).toBeGreaterThan(90);
    expect(Object.keys(CONSTRUCTED).length).toBeGreaterThanOrEqual(constructed);
  });

  it('every regex literal in src/ is safe', { timeout: 300_000 }, () => {
    const unsafe = literals
      .map((r) => ({ ...r, verdict: verdict(r.source, r.flags) }))
      .filter((r) => r.verdict !== 'safe')
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${r.verdict}`);
    expect(unsafe).toEqual([]);
  });

  it('every pattern built from a word list is safe', { timeout: 300_000 }, () => {
    const unsafe = Object.entries(CONSTRUCTED)
      .map(([name, re]) => ({ name, verdict: verdict(re.source, re.flags) }))
      .filter((r) => r.verdict !== 'safe')
      .map((r) => `${r.name}: ${r.verdict}`);
    expect(unsafe).toEqual([]);
  });

  it('the checker rejects a polynomial pattern', () => {
    // The shape this project must avoid: adjacent quantifiers over overlapping classes.
    expect(verdict(String.raw`^(?:.{4,150}?)的?意见的(?:通知)$`.replace('^', ''), '')).toMatch(/^vulnerable/);
    expect(verdict(String.raw`\s*[:：]?\s*\d+`, '')).toMatch(/^vulnerable/);
  });
});
