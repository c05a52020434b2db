// The shape of the code as the developers' guide asks for it: no function longer than about
// 60 lines (so each one reads in a screen and optimises once), and the stages import in one
// direction only (extract/ never reaches into segment/: what both need lives in text/, lexicon/
// or types.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const MAX_LINES = 65;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    // *.generated.ts is written by a build script (the Ajv validator), not by hand.
    return name.endsWith('.ts') && !name.endsWith('.generated.ts') ? [full] : [];
  });
}

interface FunctionSize {
  file: string;
  name: string;
  lines: number;
}

function functionSizes(file: string): FunctionSize[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named = (node as ts.FunctionLikeDeclaration).name;
      const name = named ? named.getText(sf) : ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : '(anonymous)';
      out.push({ file: relative(SRC, file), name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function imports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  sf.forEachChild((node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
  });
  return out;
}

const files = sourceFiles(SRC);

describe('the shape of src/', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(30));

  it(`has no function longer than ${MAX_LINES} lines`, () => {
    const long = files.flatMap(functionSizes).filter((f) => f.lines > MAX_LINES);
    expect(long.map((f) => `${f.file} ${f.name} ${f.lines}`)).toEqual([]);
  });

  it('extract/ imports nothing from segment/', () => {
    const bad = files
      .filter((f) => relative(SRC, f).startsWith('extract/'))
      .flatMap((f) => imports(f).filter((i) => /(^|\/)segment\//.test(i)).map((i) => `${relative(SRC, f)} → ${i}`));
    expect(bad).toEqual([]);
  });
});
