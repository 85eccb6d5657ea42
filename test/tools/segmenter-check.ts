// npx tsx test/tools/segmenter-check.ts
// Would Intl.Segmenter('zh', { granularity: 'word' }) help name indicators?
// The engine must give the same output in Node, Chromium and Firefox, so the
// word boundaries must agree in all three. This segments a sample of the
// corpus's lines (every seventh line of every report, cut to 200 characters)
// in Node, in the Debian Chromium and in Firefox ESR, and prints how many
// lines each browser segments as Node does, with a few of the boundaries
// that cut through the reports' own terms.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from '../e2e/harness/chromium';
import { FirefoxSession } from '../e2e/harness/firefox';

const REPORTS = resolve(import.meta.dirname, '../../seeds/reports');
const EVERY = 7;
const WIDTH = 200;

function sampleLines(): string[] {
  const lines: string[] = [];
  for (const name of readdirSync(REPORTS).sort()) {
    const text = readFileSync(join(REPORTS, name, 'report.txt'), 'utf8').split('\n').filter((l) => l.trim().length > 20);
    for (let i = 0; i < text.length; i += EVERY) lines.push((text[i] ?? '').slice(0, WIDTH));
  }
  return lines;
}

/** The page-side segmentation, as an expression that returns JSON. */
const segmentAll = (lines: string[]) =>
  `JSON.stringify(${JSON.stringify(lines)}.map((l) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(l)].map((s) => s.segment).join('|')))`;

async function inChromium(lines: string[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    return JSON.parse((await page.evaluate(segmentAll(lines))) as string) as string[];
  } finally {
    await browser.close();
  }
}

async function inFirefox(lines: string[]): Promise<string[]> {
  const session = await FirefoxSession.start({ dist: null });
  try {
    await session.navigate('about:blank');
    return JSON.parse(await session.evaluate<string>(segmentAll(lines))) as string[];
  } finally {
    await session.close();
  }
}

const lines = sampleLines();
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const node = lines.map((l) => [...segmenter.segment(l)].map((s) => s.segment).join('|'));
const browsers: [string, string[]][] = [
  ['Chromium', await inChromium(lines)],
  ['Firefox', await inFirefox(lines)],
];
console.log(`${lines.length} lines, ${lines.join('').length} characters`);
for (const [name, segmented] of browsers) {
  const same = segmented.filter((s, i) => s === node[i]).length;
  console.log(`${name}: ${same} of ${lines.length} lines segmented as in Node`);
}
// the reports' own terms, as Node cuts them
for (const term of ['城镇居民人均可支配收入', '比上年增长', '规模以上工业增加值', '一般公共预算收入']) {
  console.log(`${term} → ${[...segmenter.segment(term)].map((s) => s.segment).join('|')}`);
}
