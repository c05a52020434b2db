// A real distributed engine (issue 10): examples/dask/run.py runs the CLI's stdin→stdout filter
// (`--files-from - --format jsonl`) over a bag of paths on a Dask LocalCluster of worker
// processes (Debian's python3-distributed, installed by .ci/run). Every corpus document comes
// back exactly once, in the same JSON as a local run, and a partition holding bad files reports
// them without losing its other documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, inputsOf } from '../helpers/fixtures.js';
import { PYTHON, pythonHas } from '../helpers/python.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/policy-extract.js');
const SCRIPT = join(ROOT, 'examples/dask/run.py');
const dir = mkdtempSync(join(tmpdir(), 'policy-extract-dask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathOf = (line: string): string => JSON.parse(line).source.path;
const failedPath = (line: string): string => /^policy-extract: (.+?): /.exec(line)![1]!;

describe('Dask distributed', () => {
  it.skipIf(!pythonHas('distributed', 'dask.bag'))('every corpus document exactly once, as a local run writes it; bad files reported, their partition kept', () => {
    const corpus = inputsOf(CORPUS).map((f) => join(CORPUS, f));
    // Two bad files in the middle of the list, so that they share a partition with good ones.
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'scan.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806', 'hex'));
    const middle = corpus.length >> 1;
    const paths = [...corpus.slice(0, middle), empty, binary, ...corpus.slice(middle)];
    const list = join(dir, 'paths.txt');
    writeFileSync(list, `${paths.join('\n')}\n`);

    const local = spawnSync(process.execPath, [BIN, '--files-from', '-', '--format', 'jsonl', '--quiet', '--jobs', '1'], { input: readFileSync(list), encoding: 'utf8', maxBuffer: 1 << 28 });
    const out = join(dir, 'dask.jsonl');
    const dask = spawnSync(PYTHON, [SCRIPT, '--files-from', list, '--out', out, '--workers', '2', '--partitions', '8', '--cli', `${process.execPath} ${BIN}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 240_000,
    });
    expect(dask.error).toBeUndefined();
    expect(local.status).toBe(1);
    expect(dask.status).toBe(1);

    const localLines = local.stdout.split('\n').filter((l) => l !== '');
    const daskLines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
    // The same JSON, byte for byte, in the same order.
    expect(daskLines).toEqual(localLines);
    expect(daskLines.length).toBeGreaterThan(200);

    const errors = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('policy-extract: ')).sort();
    expect(errors(dask.stderr)).toEqual(errors(local.stderr));
    expect(errors(dask.stderr)).toEqual(expect.arrayContaining([`policy-extract: ${empty}: empty file`, expect.stringMatching(new RegExp(`^policy-extract: ${binary}: binary data`))]));
    expect(dask.stderr).toMatch(new RegExp(`^dask: ${paths.length} paths in 8 partitions, ${daskLines.length} documents, [1-8] partitions with failures$`, 'm'));

    // Exactly once each: written, or reported as failed.
    const seen = [...daskLines.map(pathOf), ...errors(dask.stderr).map(failedPath)].sort();
    expect(seen).toEqual([...paths].sort());
    // The bad files' neighbours, in their partition, are there.
    expect(daskLines.map(pathOf)).toEqual(expect.arrayContaining([corpus[middle - 1], corpus[middle]]));
  }, 300_000);
});
