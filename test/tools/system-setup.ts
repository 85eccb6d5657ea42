/**
 * The first step of `npm start` on a fresh Debian machine: Chromium (the
 * browser npm start and the tests drive) and a CJK font (without one,
 * Chinese renders as boxes). Whatever is missing is installed where it can
 * be (root, apt-get); elsewhere npm start stops with one line that names the
 * exact command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface SystemState {
  chromium: boolean;
  cjkFont: boolean;
  root: boolean;
  apt: boolean;
}

export type SetupStep = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'stop'; line: string };

export const CHROMIUM_PACKAGE = 'chromium';
export const FONT_PACKAGE = 'fonts-wqy-microhei';

export function missingPackages(state: SystemState): string[] {
  return [...(state.chromium ? [] : [CHROMIUM_PACKAGE]), ...(state.cjkFont ? [] : [FONT_PACKAGE])];
}

export function installCommand(packages: readonly string[], root: boolean): string {
  return `${root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
}

export function stopLine(packages: readonly string[], root: boolean): string {
  return `npm start needs ${packages.join(' and ')}: run \`${installCommand(packages, root)}\`, then npm start again`;
}

export function setupStep(state: SystemState): SetupStep {
  const packages = missingPackages(state);
  if (packages.length === 0) return { kind: 'ready' };
  if (state.root && state.apt) return { kind: 'install', packages };
  return { kind: 'stop', line: stopLine(packages, state.root) };
}

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** A font that covers Chinese, as fontconfig (which Chromium asks) sees it. */
function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function probeSystem(): SystemState {
  return {
    chromium: existsSync(chromiumPath()),
    cjkFont: hasCjkFont(),
    root: process.getuid?.() === 0,
    apt: onPath('apt-get'),
  };
}

/** 0 when npm start may go on, 1 when it must stop. */
export function runSetup(state: SystemState = probeSystem()): number {
  const step = setupStep(state);
  if (step.kind === 'ready') return 0;
  if (step.kind === 'stop') {
    console.error(step.line);
    return 1;
  }
  console.log(`npm start: installing ${step.packages.join(', ')} (apt-get)`);
  // a fresh machine has no package lists yet; a failed update still lets the install try
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  const install = spawnSync('apt-get', ['install', '-y', '-q', ...step.packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const after = probeSystem();
  const still = missingPackages(after);
  if (install.status !== 0 || still.length > 0) {
    console.error(stopLine(still.length > 0 ? still : step.packages, after.root));
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = runSetup();
