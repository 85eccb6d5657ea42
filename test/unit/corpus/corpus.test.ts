// The regression corpus: every report and page in seeds/ against the
// expected.json written beside it by reading it. Detection, outline, the
// main targets and the non-figures hold exactly everywhere; the sampled
// figures hold exactly for the first corpus (the expectations the first
// engine was written against) and, for the reports added since, are held to
// the recall of the extraction issue by corpus-score.test.ts.
import { describe, expect, it } from 'vitest';
import { checkDetection, checkHeadline, checkNotFigures, checkOutline, checkSample } from './corpus-expectations';
import { corpusCases, type CorpusCase } from './corpus-score';

/** The cases of the first corpus, whose every sampled figure must come out as written. */
const FIRST_CORPUS = new Set(
  [
    'pages/blog-gansu-2025', 'pages/discuz-board-listing', 'pages/discuz-lijin-2020', 'pages/discuz-mobile-jiangxi-2026',
    'pages/discuz-split-gd-2025', 'pages/english-economy', 'pages/news-national-2019', 'pages/news-npc-session',
    'pages/plain-tibet-2025', 'pages/portal-jx-province-2022-communique', 'pages/portal-jx-wanzai-2015-communique',
    'pages/portal-jx-wanzai-2022-communique', 'pages/portal-jx-yichun-2022-communique', 'pages/portal-trs-national-2025',
    'pages/shop-product', 'pages/stock-news', 'pages/wechat-shanghai-2025', 'pages/wiki-county',
    'reports/cn-national-1998-gwr', 'reports/cn-national-2010-gwr', 'reports/cn-national-2016-gwr', 'reports/cn-national-2019-gwr',
    'reports/cn-national-2022-gwr', 'reports/cn-national-2025-gwr', 'reports/county-jx-wanzai-2015-communique',
    'reports/county-jx-wanzai-2022-communique', 'reports/gd-province-2025-gwr', 'reports/gs-province-2025-gwr',
    'reports/jx-province-2022-communique', 'reports/jx-province-2026-gwr', 'reports/jx-yichun-2022-communique',
    'reports/sh-municipality-2025-gwr', 'reports/xz-province-2025-gwr',
  ],
);

function once(corpusCase: CorpusCase): CorpusCase {
  let value: ReturnType<CorpusCase['read']> | undefined;
  return { ...corpusCase, read: () => (value ??= corpusCase.read()) };
}

const cases = corpusCases().map(once);

describe.each(cases)('$name', ({ name, expected, read }) => {
  it('is detected as expected', () => {
    expect(checkDetection(expected, read().analysis)).toEqual([]);
  });
  it.runIf(expected.outline)('has the expected outline', () => {
    expect(checkOutline(expected, read().analysis.outline)).toEqual([]);
  });
  it.runIf(expected.metrics?.headline)('has exactly the main targets', () => {
    expect(checkHeadline(expected, read().analysis.metrics)).toEqual([]);
  });
  it.runIf(expected.metrics?.sample && FIRST_CORPUS.has(name))('finds the sampled figures', () => {
    const { analysis, blocks } = read();
    expect(checkSample(expected, analysis.metrics, blocks)).toEqual([]);
  });
  it.runIf(expected.metrics?.notFigures)('takes nothing for a figure that is not one', () => {
    const { analysis, blocks } = read();
    expect(checkNotFigures(expected, analysis.metrics, blocks)).toEqual([]);
  });
});

it('the corpus holds reports and pages, the first corpus among them', () => {
  expect(cases.filter((c) => c.name.startsWith('reports/')).length).toBeGreaterThanOrEqual(41);
  expect(cases.filter((c) => FIRST_CORPUS.has(c.name))).toHaveLength(FIRST_CORPUS.size);
});
