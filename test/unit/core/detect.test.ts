import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../src/core/text';
import { DEFAULT_DETECT_OPTIONS, detectReport } from '../../../src/core/detect';
import type { Block, PageSignals, ReportKind } from '../../../src/core/types';
import { REPO_ROOT } from '../../fixtures/paths';

const ROOT = REPO_ROOT;
const NEGATIVES = join(ROOT, 'test', 'fixtures', 'negative-texts');

function readSeed(relativePath: string): string {
  return readFileSync(join(ROOT, 'seeds', relativePath), 'utf8');
}

/** What the command line knows about a .txt: its file name and its text. */
function textSignals(text: string, title = 'report.txt'): PageSignals {
  return { title, headings: [], sample: text.slice(0, 5000) };
}

interface PositiveCase {
  file: string;
  kind: ReportKind;
  jurisdiction: string;
  year: number;
  /** the title line as the body writes it, where it has one */
  title?: string;
}

// Read off each text: its title line, the meeting line (——date 在X第N届人民代表大会), the
// statistics bureau byline, or for national reports without a title line the review
// heading ("一、2009年工作回顾" → the 2010 report) and "代表国务院".
const POSITIVES: PositiveCase[] = [
  { file: '000_ad147ba315cb1764.txt', kind: 'work-report', jurisdiction: '利津县', year: 2020, title: '2020年利津县政府工作报告' },
  { file: 'reports/cn-national-1998-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 1998 },
  { file: 'reports/cn-national-2010-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 2010 },
  { file: 'reports/cn-national-2016-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 2016 },
  { file: 'reports/cn-national-2019-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 2019 },
  { file: 'reports/cn-national-2022-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 2022, title: '政府工作报告' },
  { file: 'reports/cn-national-2025-gwr/report.txt', kind: 'work-report', jurisdiction: '全国', year: 2025 },
  { file: 'reports/county-jx-wanzai-2015-communique/report.txt', kind: 'statistical-communique', jurisdiction: '万载县', year: 2015, title: '万载县2015年国民经济和社会发展统计公报' },
  // no title line: the byline "万载县统计局" and the opening "2022年，万载全县…"
  { file: 'reports/county-jx-wanzai-2022-communique/report.txt', kind: 'statistical-communique', jurisdiction: '万载县', year: 2022 },
  { file: 'reports/gd-province-2025-gwr/report.txt', kind: 'work-report', jurisdiction: '广东省', year: 2025, title: '2025年广东省政府工作报告' },
  { file: 'reports/gs-province-2025-gwr/report.txt', kind: 'work-report', jurisdiction: '甘肃省', year: 2025, title: '2025年甘肃省政府工作报告' },
  // published 2023年3月28日, about 2022; the "[1]" footnote mark is not part of the title
  { file: 'reports/jx-province-2022-communique/report.txt', kind: 'statistical-communique', jurisdiction: '江西省', year: 2022, title: '江西省2022年国民经济和社会发展统计公报' },
  { file: 'reports/jx-province-2026-gwr/report.txt', kind: 'work-report', jurisdiction: '江西省', year: 2026, title: '2026年江西省政府工作报告' },
  { file: 'reports/jx-yichun-2022-communique/report.txt', kind: 'statistical-communique', jurisdiction: '宜春市', year: 2022, title: '宜春市2022年国民经济和社会发展统计公报' },
  // "龚正市长在上海市第十六届人民代表大会": the place is after 在, not the mayor's title
  { file: 'reports/sh-municipality-2025-gwr/report.txt', kind: 'work-report', jurisdiction: '上海市', year: 2025, title: '2025年上海市政府工作报告' },
  { file: 'reports/xz-province-2025-gwr/report.txt', kind: 'work-report', jurisdiction: '西藏自治区', year: 2025, title: '2025年西藏政府工作报告' },
];

describe('detectReport on every seed report', () => {
  it.each(POSITIVES)('$file', ({ file, kind, jurisdiction, year, title }) => {
    const text = readSeed(file);
    const detection = detectReport(textSignals(text), blocksFromText(text));
    expect(detection).toMatchObject({ isReport: true, kind, jurisdiction, year });
    expect(detection.score).toBeGreaterThanOrEqual(DEFAULT_DETECT_OPTIONS.minScore);
    expect(detection.score).toBeLessThanOrEqual(1);
    if (title !== undefined) expect(detection.title).toBe(title);
  });
});

describe('detectReport on texts that are not reports', () => {
  const files = readdirSync(NEGATIVES).filter((name) => name.endsWith('.txt'));

  it('has the negative fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s is not a report', (name) => {
    const text = readFileSync(join(NEGATIVES, name), 'utf8');
    const firstLine = text.split('\n')[0] ?? '';
    const detection = detectReport({ title: firstLine, headings: [firstLine], sample: text.slice(0, 5000) }, blocksFromText(text));
    expect(detection.isReport).toBe(false);
    expect(detection.kind).toBeNull();
  });

  it('does not take a report title over a short excerpt for a report', () => {
    const text = readSeed('reports/gd-province-2025-gwr/report.txt').split('\n').slice(0, 8).join('\n');
    expect(detectReport(textSignals(text, '2025年广东省政府工作报告'), blocksFromText(text)).isReport).toBe(false);
  });

  it('does not take a long report-like page without any report wording for a report', () => {
    // the Shanghai body with every genre marker removed: structure and figures alone are not enough
    const text = readSeed('reports/sh-municipality-2025-gwr/report.txt')
      .replace(/政府工作报告|各位代表|人民代表大会|代表上海市人民政府/g, '');
    expect(detectReport(textSignals(text), blocksFromText(text)).isReport).toBe(false);
  });
});

describe('detectReport titles', () => {
  // the 2010 national report has no title line of its own: the page title gives it
  const national2010 = readSeed('reports/cn-national-2010-gwr/report.txt');

  it.each([
    ['2010年政府工作报告_中国政府网', '2010年政府工作报告'],
    ['[全国] 2010年政府工作报告 - 政务公开 - 区域数据论坛', '2010年政府工作报告'],
    ['首页 | 2010年政府工作报告（全文）', '2010年政府工作报告（全文）'],
    ['report.txt', '2010年政府工作报告'],
  ])('page title %s → %s', (pageTitle, expected) => {
    expect(detectReport(textSignals(national2010, pageTitle), blocksFromText(national2010)).title).toBe(expected);
  });

  it('prefers a page heading over the document title', () => {
    const signals: PageSignals = { title: '江西省人民政府', headings: ['2010年政府工作报告'], sample: '' };
    expect(detectReport(signals, blocksFromText(national2010)).title).toBe('2010年政府工作报告');
  });
});

describe('detectReport never throws and stays linear', () => {
  const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text }));
  it.each([
    ['no blocks', blocks()],
    ['blank blocks', blocks('', ' ', '\u3000\u3000')],
    ['binary junk', blocks('\u0000\u0001\u0002\ufffd\ud800', '各位代表\u0000')],
    ['unbalanced brackets', blocks('[【[山东', '（（一', '——在第', '第十届人民代表大会', '[1')],
  ])('%s', (_name, input) => {
    const detection = detectReport({ title: '', headings: [], sample: '' }, input);
    expect(detection.isReport).toBe(false);
  });

  it('takes well under a second over 5 MB of figures in one block', () => {
    const huge = '全年增长5.3%，'.repeat(600_000);
    const started = performance.now();
    const detection = detectReport({ title: '[' .repeat(10_000), headings: [], sample: huge.slice(0, 5000) }, blocks(huge));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(detection.isReport).toBe(false);
  });

  it('takes a few ms over the 100,000-character Guangdong report', () => {
    const text = readSeed('reports/gd-province-2025-gwr/report.txt');
    const input = blocksFromText(text);
    detectReport(textSignals(text), input);
    const started = performance.now();
    for (let round = 0; round < 5; round++) detectReport(textSignals(text), input);
    expect((performance.now() - started) / 5).toBeLessThan(20);
  });
});
