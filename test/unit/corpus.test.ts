// The regression corpus: every report and page in seeds/ against the
// expected.json written beside it by reading it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../src/core/analyze';
import { blocksFromText } from '../../src/core/text';
import type { Analysis, Block } from '../../src/core/types';
import { readHtmlPage } from './read-html-page';
import { checkDetection, checkHeadline, checkNotFigures, checkOutline, checkSample, type Expected } from './corpus-expectations';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

interface Case {
  name: string;
  expected: Expected;
  read: () => { analysis: Analysis; blocks: Block[] };
}

function folders(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'expected.json'))).sort() : [];
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const reportCases: Case[] = folders(join(SEEDS, 'reports')).map((name) => {
  const dir = join(SEEDS, 'reports', name);
  return {
    name: `reports/${name}`,
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
    read: once(() => {
      const text = readFileSync(join(dir, 'report.txt'), 'utf8');
      const blocks = blocksFromText(text);
      return { analysis: analyzeReport(signalsFromText(text, name), blocks), blocks };
    }),
  };
});

const pageCases: Case[] = folders(join(SEEDS, 'pages')).map((name) => {
  const dir = join(SEEDS, 'pages', name);
  return {
    name: `pages/${name}`,
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
    read: once(() => readHtmlPage(readFileSync(join(dir, 'index.html')), `http://127.0.0.1/pages/${name}/index.html`)),
  };
});

describe.each([...reportCases, ...pageCases])('$name', ({ expected, read }) => {
  it('is detected as expected', () => {
    expect(checkDetection(expected, read().analysis)).toEqual([]);
  });
  it.runIf(expected.outline)('has the expected outline', () => {
    expect(checkOutline(expected, read().analysis.outline)).toEqual([]);
  });
  it.runIf(expected.metrics?.headline)('has exactly the main targets', () => {
    expect(checkHeadline(expected, read().analysis.metrics)).toEqual([]);
  });
  it.runIf(expected.metrics?.sample)('finds the sampled figures', () => {
    const { analysis, blocks } = read();
    expect(checkSample(expected, analysis.metrics, blocks)).toEqual([]);
  });
  it.runIf(expected.metrics?.notFigures)('takes nothing for a figure that is not one', () => {
    const { analysis, blocks } = read();
    expect(checkNotFigures(expected, analysis.metrics, blocks)).toEqual([]);
  });
});

it('the corpus holds reports and pages', () => {
  expect(reportCases.length).toBeGreaterThanOrEqual(15);
  expect(pageCases.length).toBeGreaterThanOrEqual(1);
});
