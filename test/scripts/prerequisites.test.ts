import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/processes';

// Runs scripts/prerequisites.sh with fake `id`, `sudo` and `apt-get` first on PATH: the script's
// decisions (install as root, through sudo, or print the command) without touching the system.
// RINGWIRE_ASSUME_MISSING stands in for a machine that lacks the packages.

const SCRIPT = join(ROOT, 'scripts', 'prerequisites.sh');
const INSTALL = 'install -y --no-install-recommends openssl util-linux';

let fakeBin: string;
let log: string;

beforeEach(() => {
  fakeBin = mkdtempSync(join(tmpdir(), 'ringwire-prerequisites-'));
  log = join(fakeBin, 'calls.log');
  fakeCommand('apt-get', 'echo "apt-get DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "$CALLS_LOG"');
});

afterEach(() => rmSync(fakeBin, { recursive: true, force: true }));

function fakeCommand(name: string, body: string): void {
  const path = join(fakeBin, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

const SUDO = {
  passwordless: 'echo "sudo $*" >> "$CALLS_LOG"; [ "$1" = -n ] && shift; exec "$@"',
  'asking for a password': 'echo "sudo: a password is required" >&2; exit 1',
  'not installed': 'echo "sudo: not found" >&2; exit 127',
};

function asUser(uid: number, sudo: keyof typeof SUDO): void {
  fakeCommand('id', `echo ${uid}`);
  fakeCommand('sudo', SUDO[sudo]);
}

function runScript(assumeMissing?: string): { status: number | null; stderr: string } {
  const result = spawnSync(SCRIPT, [], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${fakeBin}:${process.env.PATH}`,
      CALLS_LOG: log,
      RINGWIRE_ASSUME_MISSING: assumeMissing,
    },
  });
  return { status: result.status, stderr: result.stderr };
}

function calls(): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
}

test('with everything present it calls no apt at all and says nothing', () => {
  asUser(0, 'not installed');
  expect(runScript()).toEqual({ status: 0, stderr: '' });
  expect(calls()).toEqual([]);
});

test('as root it updates once, then installs only the missing packages, non-interactively', () => {
  asUser(0, 'not installed');
  const { status, stderr } = runScript('openssl util-linux');
  expect(status).toBe(0);
  expect(stderr).toContain('installing missing system packages: openssl util-linux');
  expect(calls()).toEqual([
    'apt-get DEBIAN_FRONTEND=noninteractive update',
    `apt-get DEBIAN_FRONTEND=noninteractive ${INSTALL}`,
  ]);
});

test('a user with passwordless sudo installs through sudo', () => {
  asUser(1000, 'passwordless');
  expect(runScript('openssl util-linux').status).toBe(0);
  expect(calls()).toEqual([
    'sudo -n true',
    'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update',
    'apt-get DEBIAN_FRONTEND=noninteractive update',
    `sudo -n env DEBIAN_FRONTEND=noninteractive apt-get ${INSTALL}`,
    `apt-get DEBIAN_FRONTEND=noninteractive ${INSTALL}`,
  ]);
});

test.each(['asking for a password', 'not installed'] as const)(
  'a user with sudo %s gets exit 1 and the exact command to run, and nothing runs',
  (sudo) => {
    asUser(1000, sudo);
    const { status, stderr } = runScript('openssl util-linux');
    expect(status).toBe(1);
    expect(stderr).toContain('missing system packages: openssl util-linux');
    expect(stderr).toContain(`  sudo apt-get update && sudo apt-get ${INSTALL}\n`);
    expect(calls()).toEqual([]);
  },
);
