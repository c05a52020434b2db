// Python for the tests that check our output with other readers (PyYAML, ruamel.yaml) and run
// the Dask example. Debian's packages (python3-yaml, python3-ruamel.yaml, python3-distributed)
// go with /usr/bin/python3, which is preferred over whatever python3 comes first on PATH.
// Without them the tests are skipped, except under .ci/run, which installs them and sets
// POLICY_EXTRACT_REQUIRE_PYTHON=1 so that a missing module fails instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PYTHON = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const required = process.env.POLICY_EXTRACT_REQUIRE_PYTHON === '1';

/** True when `PYTHON` can import every module; throws under .ci/run when it cannot. */
export function pythonHas(...modules: string[]): boolean {
  const r = spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
  if (r.status === 0) return true;
  if (required) throw new Error(`${PYTHON} cannot import ${modules.join(', ')} (POLICY_EXTRACT_REQUIRE_PYTHON=1): ${r.stderr || r.error?.message}`);
  return false;
}
