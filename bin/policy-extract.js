#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('policy-extract: not built yet; run `npm install` (or `npm run build`) in the package folder\n');
  process.exit(2);
}
// `policy-extract … | head`: a reader that stops early is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// Ctrl-C: finish the files in flight, print the summary, exit 130. A second Ctrl-C stops at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
const { main } = await import(entry.href);
const { processIo } = await import(new URL('../dist/cli/io.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2), { ...processIo(), signal: interrupt.signal });
