import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupStep, type SystemState } from '../../tools/system-setup';
import { REPO_ROOT } from '../../fixtures/paths';

const ROOT = REPO_ROOT;
const all: SystemState = { chromium: true, cjkFont: true, root: true, apt: true };

describe('npm start on a fresh machine: what it does about Chromium and the CJK font', () => {
  it.each([
    ['both there', all, { kind: 'ready' }],
    ['Chromium missing, root with apt: installs it', { ...all, chromium: false }, { kind: 'install', packages: ['chromium'] }],
    ['both missing, root with apt: installs both', { ...all, chromium: false, cjkFont: false }, { kind: 'install', packages: ['chromium', 'fonts-wqy-microhei'] }],
    ['font missing, not root: one line with the sudo command', { ...all, cjkFont: false, root: false }, { kind: 'stop', line: 'npm start needs fonts-wqy-microhei: run `sudo apt-get install -y fonts-wqy-microhei`, then npm start again' }],
    ['both missing, root without apt: one line with the command', { ...all, chromium: false, cjkFont: false, apt: false }, { kind: 'stop', line: 'npm start needs chromium and fonts-wqy-microhei: run `apt-get install -y chromium fonts-wqy-microhei`, then npm start again' }],
  ])('%s', (_name, state, step) => {
    expect(setupStep(state)).toEqual(step);
  });

  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  // as root, and only where `nobody` can reach the checkout (not one inside a
  // private directory, such as mktemp -d makes)
  const canSwitchUser =
    process.getuid?.() === 0 &&
    spawnSync('runuser', ['--help'], { stdio: 'ignore' }).status === 0 &&
    spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-x', tsx], { stdio: 'ignore' }).status === 0;
  it.runIf(canSwitchUser)('a user who is not root, without Chromium: the real script stops with exactly one line and exit code 1', () => {
    const result = spawnSync('runuser', ['-u', 'nobody', '--', 'env', 'CHROMIUM_PATH=/nonexistent/chromium', tsx, resolve(ROOT, 'test/tools/system-setup.ts')], { cwd: '/tmp', encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('npm start needs chromium: run `sudo apt-get install -y chromium`, then npm start again\n');
  });
});
