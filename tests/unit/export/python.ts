/**
 * Finds a Python 3 with NumPy for the NumPy-export tests. `python3` first on the PATH (pyenv,
 * a virtualenv) may lack NumPy while the system's /usr/bin/python3 has Debian's python3-numpy,
 * so both are tried; PYTHON=/path/to/python overrides. When none has NumPy, `missingPython`
 * says in one line what to install.
 */
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.PYTHON, 'python3', '/usr/bin/python3', 'python'].filter(
  (p): p is string => typeof p === 'string' && p !== '',
);

function hasNumpy(python: string): boolean {
  const probe = spawnSync(python, ['-c', 'import sys, numpy; assert sys.version_info >= (3, 8)'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return probe.status === 0;
}

/** The first candidate interpreter that imports NumPy, or null. */
export const pythonWithNumpy: string | null = CANDIDATES.find(hasNumpy) ?? null;

export const missingPython =
  'The NumPy-export tests need Python 3 with NumPy: run `python3 -m pip install numpy` ' +
  '(a Debian python3-numpy only serves /usr/bin/python3), or point PYTHON=/path/to/python3 at one that has it.';
