import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_OPTIONS, looksLikeReport } from '../../src/core/gate';
import type { PageSignals } from '../../src/core/types';

const ROOT = join(__dirname, '..', '..');
const REPORTS = join(ROOT, 'seeds', 'reports');
const NEGATIVES = join(ROOT, 'test', 'fixtures', 'negative-texts');

const fromText = (text: string, title = 'report.txt', headings: string[] = []): PageSignals => ({
  title,
  headings,
  sample: text.slice(0, 5000),
});

describe('looksLikeReport on reports', () => {
  const reports = [
    ...readdirSync(REPORTS).map((name) => join(REPORTS, name, 'report.txt')),
    join(ROOT, 'seeds', '000_ad147ba315cb1764.txt'),
  ];
  it.each(reports)('%s passes the gate on its text alone', (file) => {
    expect(looksLikeReport(fromText(readFileSync(file, 'utf8')))).toBe(true);
  });

  it.each([
    ['a portal article', { title: '2025年江西省政府工作报告_江西省人民政府', headings: ['2025年江西省政府工作报告'], sample: '各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。' }],
    ['a communiqué page', { title: '宜春市2022年国民经济和社会发展统计公报', headings: [], sample: '2022年，全市地区生产总值比上年增长4.5%。' }],
    ['a budget report', { title: '关于2024年预算执行情况与2025年预算草案的报告', headings: [], sample: '各位代表：受省人民政府委托，现将2024年预算执行情况报告如下。' }],
    ['a plan outline', { title: '国民经济和社会发展第十四个五年规划纲要', headings: [], sample: '“十四五”时期主要目标……主要预期目标如下。' }],
  ])('passes %s', (_name, signals) => {
    expect(looksLikeReport(signals)).toBe(true);
  });
});

describe('looksLikeReport on pages that are not reports', () => {
  // which fixtures the gate lets through is written here on purpose: the full detector
  // rejects them afterwards (see detect.test.ts)
  const LET_THROUGH = new Set(['news-npc-session.txt']);
  const files = readdirSync(NEGATIVES).filter((name) => name.endsWith('.txt'));

  it.each(files)('%s', (name) => {
    const text = readFileSync(join(NEGATIVES, name), 'utf8');
    const firstLine = text.split('\n')[0] ?? '';
    expect(looksLikeReport(fromText(text, firstLine, [firstLine]))).toBe(LET_THROUGH.has(name));
  });

  it.each([
    ['a shopping page', { title: '【京东】华为Mate 70 手机 12GB+512GB 价格 报价', headings: ['商品介绍', '规格与包装'], sample: '¥5499.00 限时优惠 满3000减200 月销量10万+ 好评率98% 加入购物车 立即购买' }],
    ['a code page', { title: 'vitejs/vite: Next generation frontend tooling', headings: ['README.md'], sample: 'import { defineConfig } from "vite"\nexport default defineConfig({ plugins: [] })' }],
    ['an English page', { title: 'China GDP growth 2024 - Reuters', headings: ['China sets growth target'], sample: 'The government work report set a growth target of around 5%. 各位 readers...' }],
    ['a Chinese news page', { title: '今日要闻_新闻中心', headings: ['国际', '国内'], sample: '今天上午，多地迎来降温降雨天气，气象部门提醒市民注意出行安全。同比增长' }],
    ['empty signals', { title: '', headings: [], sample: '' }],
  ])('rejects %s', (_name, signals) => {
    expect(looksLikeReport(signals)).toBe(false);
  });
});

describe('looksLikeReport options and cost', () => {
  it('has named thresholds that change the answer', () => {
    const signals: PageSignals = { title: '2025年某县政府工作报告', headings: [], sample: '各位代表：' };
    expect(looksLikeReport(signals)).toBe(true);
    expect(looksLikeReport(signals, { bodyMarkersWithTitle: 2 })).toBe(false);
    expect(DEFAULT_GATE_OPTIONS.maxSampleChars).toBeGreaterThan(0);
  });

  it('reads only maxSampleChars of the sample', () => {
    const signals: PageSignals = { title: '', headings: [], sample: `${'无关'.repeat(3000)}各位代表 工作回顾 主要预期目标` };
    expect(looksLikeReport(signals)).toBe(false);
    expect(looksLikeReport(signals, { maxSampleChars: 10_000 })).toBe(true);
  });

  it('imports nothing but types, so the every-page bundle stays small', () => {
    const source = readFileSync(join(ROOT, 'src', 'core', 'gate.ts'), 'utf8');
    const imports = source.split('\n').filter((line) => /^\s*import\s/.test(line));
    for (const line of imports) expect(line).toMatch(/^\s*import type\s/);
    expect(source.length).toBeLessThan(15_000);
  });

  it('costs microseconds on a 5,000-character page that is not a report', () => {
    const sample = '今天上午，多地迎来降温降雨天气，气象部门提醒市民注意出行安全。'.repeat(160).slice(0, 5000);
    const signals: PageSignals = { title: '今日要闻_新闻中心', headings: ['国际', '国内'], sample };
    for (let round = 0; round < 200; round++) looksLikeReport(signals);
    const rounds = 2000;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) looksLikeReport(signals);
    const microseconds = ((performance.now() - started) * 1000) / rounds;
    expect(microseconds).toBeLessThan(100);
  });

  it('does not throw on junk', () => {
    expect(looksLikeReport({ title: '\u0000\ud800', headings: ['[【（'], sample: '\ufffd'.repeat(10_000) })).toBe(false);
  });
});
