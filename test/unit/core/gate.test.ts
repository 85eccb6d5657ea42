import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_OPTIONS, looksLikeReport, REPORT_TEXT_CLUES, titleNamesAReport } from '../../../src/core/gate';
import type { PageSignals } from '../../../src/core/types';
import { REPO_ROOT } from '../../fixtures/paths';

const ROOT = REPO_ROOT;
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
    ['a communiqué page (byline and results)', { title: '宜春市2022年国民经济和社会发展统计公报', headings: [], sample: '宜春市统计局  国家统计局宜春调查队\n（2023年4月12日）\n2022年，全市地区生产总值比上年增长4.5%。' }],
    ['a communiqué page without a byline (numbered sections)', { title: '万载县2015年国民经济和社会发展统计公报', headings: [], sample: '2015年，全县人民在县委、县政府的正确领导下……\n一、综合\n全县实现生产总值比上年增长8.9%。\n二、农业\n全年粮食总产量…' }],
    ['a work report titled only by its file name (1998)', { title: '', headings: [], sample: '各位代表：\n本届政府从1993年3月就职，到现在已经五年了，任期即将结束。我代表国务院向大会报告过去五年的工作，对今年的工作提出建议，请予审议。' }],
    ['a work report whose review section is a heading', { title: '2025年上海市政府工作报告', headings: ['2025年上海市政府工作报告'], sample: '上海市市长 龚正\n一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调…' }],
    ['a budget report', { title: '关于2024年预算执行情况与2025年预算草案的报告', headings: [], sample: '各位代表：受省人民政府委托，现将2024年预算执行情况报告如下。' }],
    ['a plan outline', { title: '国民经济和社会发展第十四个五年规划纲要', headings: [], sample: '第一篇 开启全面建设社会主义现代化国家新征程\n第一章 发展环境\n当前和今后一个时期…\n第二章 指导方针\n高举中国特色社会主义伟大旗帜…' }],
  ])('passes %s', (_name, signals) => {
    expect(looksLikeReport(signals)).toBe(true);
  });
});

describe('looksLikeReport on pages that are not reports', () => {
  // which fixtures the gate lets through is written here on purpose: the full detector
  // rejects them afterwards (see detect.test.ts). None now: the session news names
  // the report and 人民代表大会 but has none of a report's own structure.
  const LET_THROUGH = new Set<string>([]);
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
    // from seeds/pages/news-npc-session: names the report, the session and a
    // target mid-sentence, and is still news about the report
    ['news about a session that paraphrases the targets', { title: '十四届全国人大三次会议在京开幕_时政_华夏时讯网', headings: ['十四届全国人大三次会议在京开幕', '相关报道'], sample: '第十四届全国人民代表大会第三次会议今天上午在人民大会堂开幕。\n国务院总理向大会作政府工作报告。报告提出，今年发展主要预期目标是国内生产总值增长5%左右，城镇新增就业1200万人以上。\n会议还审查了关于2024年中央和地方预算执行情况与2025年中央和地方预算草案的报告。' }],
    // from seeds/pages/discuz-board-listing: every genre name, in thread titles
    ['a forum board listing of reports', { title: '政务公开 - quyushuju - Powered by Discuz!', headings: ['quyushuju 区域数据', '政务公开'], sample: '[山东] 2020年利津县政府工作报告\n[江西] 2022年宜春市国民经济和社会发展统计公报\n[广东] 关于2024年预算执行情况与2025年预算草案的报告\n[甘肃] 十四五规划纲要全文\n回复 1 查看 233' }],
    // from seeds/pages/wiki-county: cites a work report and a statistics bureau yearbook
    ['an encyclopedia article citing a work report', { title: '利津县 - 开放百科', headings: ['利津县', '历史', '经济'], sample: '据利津县政府工作报告，2019年全县地区生产总值221.46亿元，同比增长7.9%。\n参考资料\n2020年利津县政府工作报告\n东营市统计局. 东营统计年鉴2020' }],
    ['a one-item numbered list in a post about a report', { title: '读政府工作报告有感', headings: [], sample: '一、今年目标很实在\n大家怎么看？' }],
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
    const signals: PageSignals = { title: '', headings: [], sample: `${'无关'.repeat(3000)}各位代表：现向大会报告工作，请予审议。` };
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

describe('REPORT_TEXT_CLUES (the probe content.ts runs before reading signals)', () => {
  // a line of a report.txt stands for a text node: the probe must find a clue in every report
  const hasClue = (text: string) =>
    text.split('\n').some((line) => {
      const trimmed = line.trim();
      return REPORT_TEXT_CLUES.anywhere.some((word) => line.includes(word)) ||
        REPORT_TEXT_CLUES.atStart.some((word) => trimmed.startsWith(word)) ||
        REPORT_TEXT_CLUES.nearStart.some((word) => trimmed.includes(word) && trimmed.indexOf(word) <= REPORT_TEXT_CLUES.maxOffset);
    });
  it.each(readdirSync(REPORTS))('%s has a clue in its first 5,000 characters', (name) => {
    expect(hasClue(readFileSync(join(REPORTS, name, 'report.txt'), 'utf8').slice(0, 5000))).toBe(true);
  });
  it('every yes of the gate on the table above needs a clue or a report title', () => {
    expect(titleNamesAReport('2025年江西省政府工作报告_江西省人民政府')).toBe(true);
    expect(titleNamesAReport('十四届全国人大三次会议在京开幕_时政_华夏时讯网')).toBe(false);
    const news = readFileSync(join(NEGATIVES, 'news-npc-session.txt'), 'utf8');
    expect(hasClue(news)).toBe(false);
  });
});

