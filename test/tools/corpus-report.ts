// Prints, for every seeds/ case, how the engine's output differs from its
// expected.json — the same checks as test/unit/corpus/corpus.test.ts, in words.
// npx tsx test/tools/corpus-report.ts [name-filter]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeReport, signalsFromText } from '../../src/core/analyze';
import { blocksFromText } from '../../src/core/text';
import { checkDetection, checkHeadline, checkNotFigures, checkOutline, checkSample, type Expected } from '../unit/corpus/corpus-expectations';
import { readHtmlPage } from '../unit/corpus/read-html-page';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const filter = process.argv[2] ?? '';
let failing = 0;
let total = 0;
for (const kind of ['reports', 'pages'] as const) {
  const dir = join(SEEDS, kind);
  for (const name of readdirSync(dir).sort()) {
    if (!`${kind}/${name}`.includes(filter) || !existsSync(join(dir, name, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    let read;
    if (kind === 'reports') {
      const text = readFileSync(join(dir, name, 'report.txt'), 'utf8');
      const blocks = blocksFromText(text);
      read = { analysis: analyzeReport(signalsFromText(text, name), blocks), blocks };
    } else {
      read = readHtmlPage(readFileSync(join(dir, name, 'index.html')), `http://127.0.0.1/pages/${name}/index.html`);
    }
    const { analysis, blocks } = read;
    const differences = [
      ...checkDetection(expected, analysis).map((d) => `detection: ${d}`),
      ...checkOutline(expected, analysis.outline).map((d) => `outline: ${d}`),
      ...checkHeadline(expected, analysis.metrics).map((d) => `headline: ${d}`),
      ...checkSample(expected, analysis.metrics, blocks).map((d) => `sample: ${d}`),
      ...checkNotFigures(expected, analysis.metrics, blocks).map((d) => `not a figure: ${d}`),
    ];
    total++;
    if (differences.length) failing++;
    console.log(`${differences.length ? '✗' : '✓'} ${kind}/${name} (${analysis.metrics.length} figures)`);
    for (const difference of differences) console.log(`    ${difference}`);
  }
}
console.log(`\n${total - failing} of ${total} cases as expected`);
