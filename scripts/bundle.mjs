#!/usr/bin/env node
// The CLI and its worker as a few ESM files in dist/bundle/ (run after tsc; `npm run build` does
// both). Why: a cold start spent most of its time resolving and loading about 200 modules, once
// in the main thread and again in the first worker; one bundle per entry loads in one read.
// The lazily loaded readers (PDF, DOCX, OFD) stay chunks of their own, loaded only when a file
// needs them, and the large or data-bearing packages stay outside the bundle:
//   pdfjs-dist  — loads its own worker and font data from its package folder
//   mammoth, opencc-js — big, needed only for DOCX and Traditional-character input
// Library users keep dist/index.js (unbundled, with its .d.ts files).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'dist/cli/main.js',
    prestart: 'dist/cli/prestart.js',
    io: 'dist/cli/io.js',
    worker: 'dist/cli/worker.js',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'opencc-js', 'opencc-js/*'],
  // CommonJS packages inside an ESM bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
// Which inputs went where, for whoever wonders why the bundle grew.
writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile));
