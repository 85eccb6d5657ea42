import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built extension: REPORT_LENS_DIST if set (to try the harness on another build), else <repo>/dist. */
export function resolveDist(dist?: string): string {
  const chosen = resolve(dist ?? process.env.REPORT_LENS_DIST ?? join(repoRoot, 'dist'));
  if (!existsSync(join(chosen, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${chosen} (manifest.json missing). Run \`npm run build\` first` +
        (process.env.REPORT_LENS_DIST ? ' or fix REPORT_LENS_DIST.' : '.'),
    );
  }
  return chosen;
}

export function screenshotPath(name: string): string {
  const directory = join(repoRoot, 'test-results', 'screenshots');
  mkdirSync(directory, { recursive: true });
  return join(directory, `${name}.png`);
}

/** seeds/README.md's expected.json, only the parts the browser tests read. */
export interface PageExpectation {
  detection: { isReport: boolean; title?: string };
  outline?: { level1?: string[]; appendix?: string[] };
  page?: { hidden?: string[]; visible?: string[] };
}

export interface PageCase {
  name: string;
  /** Path on the harness server. */
  path: string;
  expected: PageExpectation;
}

function casesUnder(directory: string, urlPrefix: string): PageCase[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(directory, name, 'index.html')) && existsSync(join(directory, name, 'expected.json')))
    .sort()
    .map((name) => ({
      name,
      path: `${urlPrefix}${name}/index.html`,
      expected: JSON.parse(readFileSync(join(directory, name, 'expected.json'), 'utf8')) as PageExpectation,
    }));
}

/** The page corpus (seeds/pages) followed by the pages written for the e2e tests (test/fixtures/pages). */
export function listPageCases(): PageCase[] {
  return [
    ...casesUnder(join(repoRoot, 'seeds', 'pages'), '/pages/'),
    ...casesUnder(join(repoRoot, 'test', 'fixtures', 'pages'), '/fixtures/pages/'),
  ];
}

export const seedPageName = 'discuz-lijin-2020';
const seedStandInName = 'discuz-lijin-2020-excerpt';

/**
 * The seed page (seeds/pages/discuz-lijin-2020). Until it is in the tree the tests run on the
 * excerpt written for the harness, and say so, so a missing seed is never mistaken for a pass on it.
 */
export function seedPagePath(): { path: string; isStandIn: boolean } {
  if (existsSync(join(repoRoot, 'seeds', 'pages', seedPageName, 'index.html'))) {
    return { path: `/pages/${seedPageName}/index.html`, isStandIn: false };
  }
  return { path: `/fixtures/pages/${seedStandInName}/index.html`, isStandIn: true };
}

export const seedOutlineLevel1 = ['2019年工作回顾', '2020年总体要求', '2020年主要工作', '加强政府自身建设'];
export const seedTitle = '2020年利津县政府工作报告';
