// @vitest-environment happy-dom
// What the sidebar says from the report library: last year's target beside a
// headline target, the target a result answers, a failure to keep the
// report, and the way to the ledger page.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { LedgerNotes } from '../../../src/core/ledger-notes';
import { ReportPanel, type ReportPanelProps } from '../../../src/ui/report-panel';
import { sampleAnalysis, translator, renderContainer } from '../../fixtures/ui-fixtures';

const container = renderContainer();

// the sample is the 利津县 2020 report: m6 is its headline GDP target, m2 the 2019 GDP growth it reports
const notes: LedgerNotes = {
  m6: { kind: 'last-year', year: 2019, target: { text: '6.5%左右', qualifier: 'about' }, outcome: { text: '6.2%' }, status: 'met' },
  m2: { kind: 'answers', year: 2019, target: { text: '6.5%左右', qualifier: 'about' }, outcome: { text: '6.2%' }, status: 'met' },
  m8: { kind: 'last-year', year: 2019, target: { text: '4%以内', qualifier: 'at-most' }, outcome: null, status: 'no-outcome' },
};

function mount(overrides: Partial<ReportPanelProps> = {}): ReportPanelProps {
  const props: ReportPanelProps = {
    analysis: sampleAnalysis(), url: 'https://www.lijin.gov.cn/report.html', view: 'annotated', collapsed: false, width: 380,
    activeSectionId: null, selectedMetricId: null, t: translator('zh_CN'), language: 'zh',
    onToggleOriginal: vi.fn(), onCollapse: vi.fn(), onResize: vi.fn(), onSelectSection: vi.fn(), onSelectMetric: vi.fn(),
    onCopy: vi.fn(() => Promise.resolve()), onCopyCitation: vi.fn(() => Promise.resolve()),
    hovered: null, sectionPaths: new Map(), onCloseCard: vi.fn(), initialTab: 'metrics',
    ...overrides,
  };
  act(() => render(<ReportPanel {...props} />, container.current));
  return props;
}

const noteOf = (id: string) => container.current.querySelector(`tr[data-metric-id="${id}"] .rl-ledger-note`)?.textContent ?? null;

describe('the sidebar with the report library', () => {
  it('beside a headline target: last year\'s target and how it turned out; beside a result: the target it answers', () => {
    mount({ ledgerNotes: notes });
    expect(noteOf('m6')).toBe('去年目标 6.5%左右 · 实际 6.2% · 达成');
    expect(noteOf('m2')).toBe('目标 6.5%左右 · 达成');
    expect(noteOf('m8')).toBe('去年目标 4%以内 · 未见实际');
    // the note sits under the indicator, in the row that keeps its contract id
    expect(container.current.querySelector('tr[data-metric-id="m6"] td')?.textContent).toBe('地区生产总值去年目标 6.5%左右 · 实际 6.2% · 达成');
    expect(noteOf('m1')).toBeNull();
  });

  it('in English too', () => {
    mount({ ledgerNotes: notes, t: translator('en'), language: 'en' });
    expect(noteOf('m6')).toBe("Last year's target 6.5%左右 · actual 6.2% · met");
    expect(noteOf('m2')).toBe('Target 6.5%左右 · met');
  });

  it('nothing when the library has nothing', () => {
    mount({ ledgerNotes: {} });
    expect(container.current.querySelectorAll('.rl-ledger-note')).toHaveLength(0);
    mount();
    expect(container.current.querySelectorAll('.rl-ledger-note')).toHaveLength(0);
  });

  it('the figure card says it too', () => {
    const analysis = sampleAnalysis();
    const metric = analysis.metrics.find((m) => m.id === 'm6');
    if (!metric) throw new Error('no m6');
    mount({ analysis, ledgerNotes: notes, hovered: { metric, rect: { left: 10, top: 10, right: 60, bottom: 30 } } });
    expect(container.current.querySelector('.rl-card-note')?.textContent).toBe('去年目标 6.5%左右 · 实际 6.2% · 达成');
  });

  it('a report the library could not keep says why, as an alert', () => {
    mount({ libraryError: 'the report could not be kept in the library: QuotaExceededError: quota exceeded' });
    const alert = container.current.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('未能保存到报告库：the report could not be kept in the library: QuotaExceededError: quota exceeded');
  });

  it('the ledger button asks for the ledger page; no button without a way to open it', () => {
    const props = mount({ onOpenLedger: vi.fn() });
    act(() => container.current.querySelector<HTMLButtonElement>('[data-action="open-ledger"]')?.click());
    expect(props.onOpenLedger).toHaveBeenCalledTimes(1);
    mount({ onOpenLedger: undefined });
    expect(container.current.querySelector('[data-action="open-ledger"]')).toBeNull();
  });
});
