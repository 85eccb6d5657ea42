// Adds a page to the regression corpus: `npx tsx test/tools/new-page.ts <file.html|file.txt> <name>`.
// It copies the page and writes an expected.json skeleton, and deliberately
// does not run the extractor: expected values are written by a person reading
// the page, or the corpus would only ever confirm what the code already does.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';

const pagesDir = resolve(import.meta.dirname, '../../seeds/pages');
const usage = 'usage: npm run new-page -- <file.html|file.txt> <name>';

export class NewPageError extends Error {}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain-text report becomes the simplest page that keeps its lines as
 * blocks: one <p> per line, the text escaped, blank lines dropped. */
export function wrapTextAsPage(text: string, title: string): string {
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    ...paragraphs,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function expectedSkeleton(sourceFile: string): object {
  return {
    source: `TODO: where ${sourceFile} came from (URL, date saved) and what in it was written by hand`,
    detection: {
      isReport: null,
      kind: 'TODO: work-report | statistical-communique | budget-report | plan | other-report (docs/contract.md §2); delete kind, title, jurisdiction and year if isReport is false',
      title: 'TODO: the report title as the page gives it, without the site suffix',
      jurisdiction: 'TODO: e.g. 利津县',
      year: 'TODO: the year of the report, a number',
    },
    outline: {
      level1: ['TODO: the 一、 level titles in order, without their numbering'],
      level2Counts: ['TODO: how many （一）/一是 children each level-1 section has, same order'],
    },
    metrics: {
      headline: ['TODO: the figures of the 主要预期目标 statement, in order (see seeds/README.md), or delete'],
      sample: ['TODO: 10–20 figures read off the page, each with text and the fields you are sure of'],
      notFigures: ['TODO: strings with digits that are not figures (dates, 第十八届, “148”工作体系 …)'],
    },
    page: {
      hidden: ['TODO: chrome strings the reading view must hide (navigation, footer, comments …)'],
      visible: ['TODO: report strings that must stay visible'],
    },
  };
}

export interface NewPageResult {
  folder: string;
  pageFile: string;
  expectedFile: string;
}

export function addPage(sourcePath: string, name: string, targetDir = pagesDir): NewPageResult {
  if (!sourcePath || !name) throw new NewPageError(usage);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new NewPageError(`name must be kebab-case (lowercase letters, digits, hyphens): ${name}`);
  }
  const source = resolve(sourcePath);
  if (!existsSync(source)) throw new NewPageError(`no such file: ${sourcePath}`);
  if (!statSync(source).isFile()) throw new NewPageError(`not a file: ${sourcePath}`);
  const extension = extname(source).toLowerCase();
  if (!['.html', '.htm', '.txt'].includes(extension)) {
    throw new NewPageError(`expected a .html, .htm or .txt file: ${sourcePath}`);
  }
  const folder = join(targetDir, name);
  if (existsSync(folder)) throw new NewPageError(`folder already exists: ${relative(process.cwd(), folder) || folder}`);

  const bytes = readFileSync(source);
  let page: Buffer;
  if (extension === '.txt') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new NewPageError(`not UTF-8 text: ${sourcePath}`);
    }
    // a report's first line is nearly always its title; the file name (often
    // just "report") is only a fallback
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).find((line) => line.trim() !== '');
    page = Buffer.from(wrapTextAsPage(text, firstLine?.trim() ?? basename(source, extname(source))), 'utf8');
  } else {
    // a saved page is kept byte for byte, whatever its encoding
    page = bytes;
  }

  mkdirSync(folder, { recursive: true });
  const pageFile = join(folder, 'index.html');
  const expectedFile = join(folder, 'expected.json');
  writeFileSync(pageFile, page);
  writeFileSync(expectedFile, `${JSON.stringify(expectedSkeleton(basename(source)), null, 2)}\n`);
  return { folder, pageFile, expectedFile };
}

function main(args: string[]): number {
  try {
    const [sourcePath = '', name = ''] = args;
    const result = addPage(sourcePath, name);
    process.stdout.write(
      `added ${relative(process.cwd(), result.pageFile)}\n` +
        `now fill ${relative(process.cwd(), result.expectedFile)} by reading the page (every TODO, and isReport)\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`new-page: ${message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
