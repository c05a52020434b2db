// The CLI tests that run worker threads use the compiled dist/ (workers cannot load .ts):
// build it once before the run so they never test stale code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: new URL('../../', import.meta.url).pathname,
    stdio: 'inherit',
  });
}
