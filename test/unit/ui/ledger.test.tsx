// @vitest-environment happy-dom
// The ledger page's components on the Hailar work reports of 2013–2015
// (seeds/reports) kept as library records, and the chart's shapes on the
// qualifiers of other real targets.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { toExportDocument } from '../../../src/core/export';
import type { LedgerRow, LedgerTarget } from '../../../src/core/ledger';
import { recordOf, type LibraryRecord } from '../../../src/core/library';
import { blocksFromText } from '../../../src/core/text';
import { LedgerChart, niceTicks } from '../../../src/ui/ledger-chart';
import { groupRecords, measuresOf, targetShape } from '../../../src/ui/ledger-model';
import { LedgerPage, type LedgerPageProps } from '../../../src/ui/ledger-page';
import { renderContainer, translator } from '../../fixtures/ui-fixtures';
import { repoPath } from '../../fixtures/paths';

const container = renderContainer();

function kept(folder: string, id: number, url = `http://www.hailar.gov.cn/${folder}.html`): LibraryRecord {
  const text = readFileSync(repoPath('seeds/reports', folder, 'report.txt'), 'utf8');
  const analysis = analyzeReport(signalsFromText(text, folder), blocksFromText(text));
  return { ...recordOf(toExportDocument(analysis, url), { firstSeen: '2026-01-05T00:00:00.000Z', lastSeen: '2026-01-05T00:00:00.000Z' }), id };
}
const hailar = [kept('county-nm-hailar-2013-gwr', 1), kept('county-nm-hailar-2014-gwr', 2), kept('county-nm-hailar-2015-gwr', 3)];
const national = kept('cn-national-2019-gwr', 4, 'http://www.gov.cn/2019.html');

function mount(overrides: Partial<LedgerPageProps> = {}): LedgerPageProps {
  const props: LedgerPageProps = {
    records: [...hailar, national], keepReports: true, initialJurisdiction: '海拉尔区', t: translator('zh_CN'), language: 'zh', notice: null,
    outputs: ['copy-tsv', 'download-json'], onOutput: vi.fn(), onDelete: vi.fn(), onDeleteAll: vi.fn(), onExportLibrary: vi.fn(), onImportLibrary: vi.fn(),
    ...overrides,
  };
  act(() => render(<LedgerPage {...props} />, container.current));
  return props;
}
const $ = (selector: string) => container.current.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => Array.from(container.current.querySelectorAll<HTMLElement>(selector));
const texts = (selector: string) => $$(selector).map((element) => element.textContent);
const choose = (name: string, value: string) =>
  act(() => {
    const select = $(`select[name="${name}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const gdpCell = (year: number) => $(`tr[data-measure="地区生产总值|change|%"] td[data-year="${year}"] .rl-cell`);

describe('LedgerPage', () => {
  it('lists the reports by jurisdiction (national first) and year, and shows the chosen jurisdiction\'s ledger', () => {
    mount();
    expect(texts('.rl-jurisdiction')).toEqual(['全国全国', '海拉尔区县级']);
    expect(texts('[data-jurisdiction="海拉尔区"] .rl-year')).toEqual(['2015', '2014', '2013']);
    expect($('.rl-library-summary')?.textContent).toBe('共 4 份报告 · 2 个地区');
    expect($('#rl-jurisdiction-title')?.textContent).toBe('海拉尔区');
    expect(texts('.rl-ledger-table thead th')).toEqual(['指标', '2013', '2014', '2015']);
    expect(gdpCell(2014)?.textContent).toBe('11%实际 9.1%未达成');
    expect(gdpCell(2015)?.textContent).toBe('8%—无结果');
  });

  it('a cell shows its sentences, the figure marked, with the page\'s address', () => {
    mount();
    act(() => gdpCell(2013)?.click());
    expect(gdpCell(2013)?.getAttribute('aria-pressed')).toBe('true');
    expect($('[data-half="target"] mark')?.textContent).toBe('20%');
    expect($('[data-half="outcome"] mark')?.textContent).toBe('10.1%');
    expect($('[data-half="outcome"] a')?.getAttribute('href')).toBe('http://www.hailar.gov.cn/county-nm-hailar-2014-gwr.html');
  });

  it('another jurisdiction: the qualifier in words beside the target as written', () => {
    mount();
    act(() => $$('.rl-jurisdiction').find((button) => button.textContent?.startsWith('全国'))?.click());
    expect($('#rl-jurisdiction-title')?.textContent).toBe('全国');
    expect($('tr[data-measure="地区生产总值|change|%"] td[data-year="2019"] .rl-cell-target')?.textContent).toBe('6%－6.5% (区间)');
    // the figure says 左右 itself; an English reader gets the word
    expect($('tr[data-measure="城镇新增就业|level|万人"] td[data-year="2019"] .rl-cell-target')?.textContent).toBe('1100万人以上');
    expect($('tr[data-measure="居民消费价格|level|%"] td[data-year="2019"] .rl-cell-target')?.textContent).toBe('3%左右');
  });

  it('filters by year range, level and headline targets', () => {
    mount();
    choose('year-from', '2014');
    expect(texts('.rl-ledger-table thead th')).toEqual(['指标', '2014', '2015']);
    choose('year-to', '2014');
    expect(texts('.rl-ledger-table thead th')).toEqual(['指标', '2014']);
    choose('level', 'national');
    expect(texts('.rl-jurisdiction')).toEqual(['全国全国']);
    expect($('#rl-jurisdiction-title')?.textContent).toBe('全国');
    choose('level', 'city');
    expect($('.rl-ledger-table')).toBeNull();
  });

  it('copies and downloads what is shown: the rows under the filters', () => {
    const props = mount();
    choose('year-from', '2015');
    act(() => $('[data-action="download-json"]')?.click());
    const [output, ledger, jurisdiction] = (props.onOutput as ReturnType<typeof vi.fn>).mock.calls[0] ?? [];
    expect(output).toBe('download-json');
    expect(jurisdiction).toBe('海拉尔区');
    expect((ledger as { rows: LedgerRow[] }).rows.every((row) => row.year === 2015)).toBe(true);
    expect((ledger as { schema: string }).schema).toBe('report-lens-ledger/1');
  });

  it('hands deletes, the library\'s export and an imported file to the caller', () => {
    const props = mount();
    act(() => $('[data-record-id="2"] [data-action="delete-report"]')?.click());
    expect(props.onDelete).toHaveBeenCalledWith(hailar[1]);
    act(() => $('[data-action="export-library"]')?.click());
    act(() => $('[data-action="delete-all"]')?.click());
    expect(props.onExportLibrary).toHaveBeenCalledTimes(1);
    expect(props.onDeleteAll).toHaveBeenCalledTimes(1);
    const file = new File(['{}'], 'library.json', { type: 'application/json' });
    const input = $('[data-action="import-library"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(props.onImportLibrary).toHaveBeenCalledWith(file);
  });

  it('says when the library is empty, is still being read, or keeps nothing new', () => {
    mount({ records: [] });
    expect($('.rl-empty-library')?.textContent).toContain('报告库为空');
    expect(($('[data-action="export-library"]') as HTMLButtonElement).disabled).toBe(true);
    mount({ records: null });
    expect($('.rl-library-summary')?.textContent).toBe('正在读取报告库…');
    mount({ keepReports: false });
    expect($('[data-keeping="off"]')?.textContent).toContain('已关闭报告保存');
  });

  it('an error notice is announced', () => {
    mount({ notice: { text: '操作失败：QuotaExceededError', error: true } });
    expect($('[role="status"]')?.hasAttribute('data-error')).toBe(true);
    expect($('[role="status"]')?.textContent).toBe('操作失败：QuotaExceededError');
  });
});

describe('groupRecords', () => {
  it('puts reports without a jurisdiction last', () => {
    const unknown = { ...hailar[0], id: 9, jurisdiction: null, level: null } as LibraryRecord;
    expect(groupRecords([unknown, ...hailar, national]).map((group) => group.name)).toEqual(['全国', '海拉尔区', '']);
  });
});

describe('the chart', () => {
  const target = (qualifier: LedgerTarget['qualifier'], value: number, unit = '%', upper: number | null = null): LedgerTarget =>
    ({ text: '', value, upper, unit, relation: 'increase', qualifier, sentence: '', report: 0 });

  it('draws what a target allows, as the status rules read it', () => {
    expect(targetShape(target('about', 6.5), '地区生产总值')).toEqual({ kind: 'band', value: 6.5, low: 6, high: 7 });
    expect(targetShape(target('about', 282, '亿元'), '地区生产总值')).toEqual({ kind: 'band', value: 282, low: 276.36, high: 287.64 });
    expect(targetShape(target('range', 6, '%', 6.5), '地区生产总值')).toEqual({ kind: 'range', low: 6, high: 6.5 });
    expect(targetShape(target('at-least', 1100, '万人'), '城镇新增就业')).toEqual({ kind: 'floor', value: 1100 });
    expect(targetShape(target('exact', 20), '地区生产总值')).toEqual({ kind: 'floor', value: 20 });
    expect(targetShape(target('at-most', 4.5), '城镇登记失业率')).toEqual({ kind: 'ceiling', value: 4.5 });
    expect(targetShape(target('exact', 3), '居民消费价格')).toEqual({ kind: 'ceiling', value: 3 });
  });

  it('round ticks', () => {
    expect(niceTicks(5.3, 21.2)).toEqual([10, 15, 20]);
    expect(niceTicks(0, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('a line through the outcomes, a mark per target', () => {
    const [gdp] = measuresOf([
      { jurisdiction: '海拉尔区', indicator: '地区生产总值', year: 2013, target: { ...target('exact', 20), text: '20%' }, outcome: { text: '10.1%', value: 10.1, unit: '%', relation: 'increase', sentence: '', report: 1 }, status: 'missed' },
      { jurisdiction: '海拉尔区', indicator: '地区生产总值', year: 2014, target: { ...target('exact', 11), text: '11%' }, outcome: { text: '9.1%', value: 9.1, unit: '%', relation: 'increase', sentence: '', report: 2 }, status: 'missed' },
      { jurisdiction: '海拉尔区', indicator: '地区生产总值', year: 2015, target: { ...target('about', 8), text: '8%左右' }, outcome: null, status: 'no-outcome' },
    ]);
    if (!gdp) throw new Error('no measure');
    act(() => render(<LedgerChart measure={gdp} label="地区生产总值 · 增长 %" years={[2013, 2014, 2015]} t={translator('en')} />, container.current));
    expect($$('.rl-chart-point').map((point) => point.getAttribute('data-year'))).toEqual(['2013', '2014']);
    expect($('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
    expect($$('[data-shape]').map((mark) => mark.getAttribute('data-shape'))).toEqual(['floor', 'floor', 'band']);
    expect(texts('[data-legend]')).toEqual(['outcome', 'target about (± band)', '▲target floor (at least)']);
    expect($('svg')?.getAttribute('aria-label')).toBe('地区生产总值 · 增长 %: outcomes as a line over the years, targets as marks');
  });
});
