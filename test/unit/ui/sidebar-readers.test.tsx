// @vitest-environment happy-dom
// The sidebar for its readers (issue #15): counts and plurals, the legend and
// the colour convention, emphasis in the table, downloads and the columns of
// copies, every word in Chinese in a Chinese UI.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import { Sidebar, type SidebarProps } from '../../../src/ui/sidebar';
import { metric, renderContainer, sampleAnalysis, sidebarProps, translator } from '../../fixtures/ui-fixtures';

const container = renderContainer();

function props(overrides: Partial<SidebarProps> = {}): SidebarProps {
  return sidebarProps({
    onDownload: vi.fn(() => Promise.resolve('2020年利津县政府工作报告-2026-01-05.xlsx')),
    onTableColumns: vi.fn(),
    ...overrides,
  });
}

function mount(sidebarProps: SidebarProps) {
  act(() => render(<Sidebar {...sidebarProps} />, container.current));
  return sidebarProps;
}
const element = (selector: string) => {
  const found = container.current.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const click = (selector: string) => act(() => element(selector).click());
const settle = () => act(async () => {
  await Promise.resolve();
  await Promise.resolve();
});

/** A communiqué: results only, one of them. */
function communique(): Analysis {
  const base = sampleAnalysis();
  return {
    ...base,
    detection: { ...base.detection, kind: 'statistical-communique' },
    metrics: [metric({ id: 'c1', text: '221.46亿元', value: 221.46, unit: '亿元', indicator: '地区生产总值' })],
  };
}

describe('counts in the header', () => {
  it('say one in the singular and leave out what there is none of', () => {
    mount(props({ analysis: communique() }));
    const pills = Array.from(container.current.querySelectorAll('.rl-counts .rl-pill'), (pill) => pill.textContent);
    expect(pills).toEqual(['1 result']);
    expect(container.current.querySelector('[data-count="target"]')).toBeNull();
  });

  it('count the headline targets with the targets, in the plural', () => {
    mount(props());
    const pills = Array.from(container.current.querySelectorAll('.rl-counts .rl-pill'), (pill) => pill.textContent);
    expect(pills).toEqual(['5 results', '3 targets', '2 headline targets']);
  });
});

describe('the legend and the colour convention', () => {
  it('names results, targets, headline targets, up and down', () => {
    mount(props());
    const items = Array.from(container.current.querySelectorAll('.rl-legend li'), (item) => item.textContent);
    expect(items).toEqual(['Result', 'Target', 'Headline target', '▲Up', '▼Down']);
  });

  it.each([
    ['an English UI draws up green', 'en', undefined, 'false'],
    ['a Chinese UI draws up red (红涨绿跌)', 'zh', undefined, 'true'],
    ['the setting wins over the language', 'en', true, 'true'],
    ['and the other way', 'zh', false, 'false'],
  ] as const)('%s', (_name, language, redUp, expected) => {
    mount(props({ language, t: translator(language === 'zh' ? 'zh_CN' : 'en'), ...(redUp === undefined ? {} : { redUp }) }));
    expect(element('aside').getAttribute('data-red-up')).toBe(expected);
  });
});

describe('the important figures first', () => {
  it('marks each row strong, normal or quiet', () => {
    const base = sampleAnalysis();
    const count = metric({ id: 'm9', text: '27家', value: 27, unit: '家', indicator: '高新技术企业' });
    const other = metric({ id: 'm10', text: '12.5亿元', value: 12.5, unit: '亿元', indicator: '农业增加值', normalized: { value: 1.25e9, unit: '元' } });
    mount(props({ analysis: { ...base, metrics: [...base.metrics, count, other] } }));
    const emphasis = (id: string) => element(`tr[data-metric-id="${id}"]`).getAttribute('data-emphasis');
    expect(emphasis('m1')).toBe('strong'); // 地区生产总值
    expect(emphasis('m4')).toBe('strong'); // 城镇新增就业
    expect(emphasis('m6')).toBe('strong'); // a headline target
    expect(emphasis('m9')).toBe('quiet');
    expect(emphasis('m10')).toBe('normal');
  });
});

describe('downloads and the columns of copies', () => {
  it('saves the rows shown as a file and says where', async () => {
    const p = mount(props());
    click('[data-filter="targets"]');
    click('[data-action="download-xlsx"]');
    expect(p.onDownload).toHaveBeenCalledWith('xlsx', ['m6', 'm7', 'm8']);
    await settle();
    expect(element('[role="status"]').textContent).toBe('Saved 2020年利津县政府工作报告-2026-01-05.xlsx.');
    click('[data-action="download-csv"]');
    expect(p.onDownload).toHaveBeenLastCalledWith('csv', ['m6', 'm7', 'm8']);
  });

  it('says a failed download in the status line', async () => {
    mount(props({ onDownload: () => Promise.reject(new Error('disk full')) }));
    click('[data-action="download-csv"]');
    await settle();
    expect(element('[role="status"]').textContent).toBe('Could not save: disk full');
    expect(element('[role="status"]').hasAttribute('data-error')).toBe(true);
  });

  it('copies say one row in the singular', async () => {
    mount(props());
    act(() => {
      const search = element('input[type="search"]') as HTMLInputElement;
      search.value = '控制在';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(element('.rl-actions-label').textContent).toBe('Copy 1 row:');
    click('[data-action="copy-tsv"]');
    await settle();
    expect(element('[role="status"]').textContent).toBe('Copied 1 row as table.');
  });

  it('chooses columns: a column unticked, the last one kept, all of them back', () => {
    const p = mount(props());
    expect(element('.rl-columns summary').textContent).toBe('Columns 17/17');
    // the list is made when the chooser opens
    expect(container.current.querySelector('input[data-column]')).toBeNull();
    act(() => {
      const details = element('details.rl-columns') as HTMLDetailsElement;
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    act(() => element('input[data-column="sentence"]').click());
    const chosen = (p.onTableColumns as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0] as string[];
    expect(chosen).toHaveLength(16);
    expect(chosen).not.toContain('sentence');
    mount({ ...p, tableColumns: ['indicator', 'text'] });
    expect(element('.rl-columns summary').textContent).toBe('Columns 2/17');
    act(() => element('input[data-column="text"]').click());
    expect((p.onTableColumns as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0]).toEqual(['indicator']);
    mount({ ...p, tableColumns: ['indicator'] });
    expect((element('input[data-column="indicator"]') as HTMLInputElement).disabled).toBe(true);
    click('[data-action="columns-all"]');
    expect((p.onTableColumns as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0]).toBeNull();
  });
});

describe('a Chinese UI', () => {
  it('shows no English word but the names of formats, units and the report’s own', () => {
    mount(props({ t: translator('zh_CN'), language: 'zh', initialTab: 'metrics' }));
    // each text node on its own: button labels side by side would run together
    const walker = document.createTreeWalker(element('aside'), NodeFilter.SHOW_TEXT);
    const pieces: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.textContent ?? '');
    const text = pieces.join(' ');
    const labels = Array.from(container.current.querySelectorAll('[aria-label], [title], [placeholder]'), (node) =>
      ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? '').join(' '),
    ).join(' ');
    const allowed = new Set(['CSV', 'JSON', 'Markdown', 'Excel', 'WPS', 'BOM', 'GDP', 'report', 'lens']);
    const words = `${text} ${labels}`.match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((word) => !allowed.has(word))).toEqual([]);
    // the same scan finds the words of an English UI
    mount(props({ initialTab: 'metrics' }));
    expect((element('aside').textContent ?? '').match(/[A-Za-z]{2,}/g)).toContain('Figures');
  });
});
