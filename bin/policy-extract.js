#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// dist/bundle/ (esbuild, see scripts/bundle.mjs) loads in a few reads; dist/cli/ is the same code
// as tsc wrote it, used when the bundle is absent (a build without devDependencies).
const bundled = existsSync(fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url)));
const dir = bundled ? '../dist/bundle/' : '../dist/cli/';
const entry = new URL(`${dir}main.js`, import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('policy-extract: not built yet; run `npm install` (or `npm run build`) in the package folder\n');
  process.exit(2);
}
// `policy-extract … | head`: a reader that stops early is not an error. Other write errors on
// stdout (a full disk) are reported by the CLI itself, which listens on the stream too.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
// Ctrl-C: finish the files in flight, print the summary, exit 130. A second Ctrl-C (or SIGTERM)
// stops at once: workers are terminated, half-written files removed, the summary printed.
const interrupt = new AbortController();
const stopNow = new AbortController();
process.on('SIGINT', () => (interrupt.signal.aborted ? stopNow.abort() : interrupt.abort()));
process.on('SIGTERM', () => {
  interrupt.abort();
  stopNow.abort();
});
// The first worker starts loading the pipeline now, while the CLI's own modules load.
const { prestart } = await import(new URL(`${dir}prestart.js`, import.meta.url).href);
const prestarted = prestart(process.argv.slice(2));
const { main } = await import(entry.href);
const { processIo } = await import(new URL(`${dir}io.js`, import.meta.url).href);
try {
  process.exitCode = await main(process.argv.slice(2), { ...processIo(), signal: interrupt.signal, stopNow: stopNow.signal, prestarted });
} catch (err) {
  // A bug, not a user's mistake: one line, no stack trace (POLICY_EXTRACT_DEBUG=1 shows it).
  process.stderr.write(`policy-extract: internal error: ${err?.message ?? err}\n`);
  if (process.env.POLICY_EXTRACT_DEBUG) process.stderr.write(`${err?.stack}\n`);
  process.exitCode = 1;
}
