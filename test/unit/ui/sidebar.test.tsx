// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Metric } from '../../../src/core/types';
import { Sidebar, SIDEBAR_CSS, type SidebarProps } from '../../../src/ui/sidebar';
import { metric, sampleAnalysis, sidebarProps, translator, renderContainer } from '../../fixtures/ui-fixtures';

const container = renderContainer();

const props = sidebarProps;

function mount(sidebarProps: SidebarProps) {
  act(() => render(<Sidebar {...sidebarProps} />, container.current));
  return sidebarProps;
}

const visibleIds = () =>
  Array.from(container.current.querySelectorAll('tbody tr[data-metric-id]')).map((row) => row.getAttribute('data-metric-id'));
const button = (selector: string) => {
  const element = container.current.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};
const click = (selector: string) => act(() => button(selector).click());
const type = (value: string) =>
  act(() => {
    const input = button('input[type="search"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('Sidebar', () => {
  it('is a labelled complementary landmark with the report header', () => {
    mount(props());
    const aside = button('aside');
    expect(aside.getAttribute('aria-label')).toBeTruthy();
    expect(aside.style.width).toBe('380px');
    expect(button('.rl-title').textContent).toBe('2020年利津县政府工作报告');
    expect(button('.rl-meta').textContent).toBe('利津县 · 2020 · government work report');
    expect(button('.rl-counts').textContent).toContain('5 results');
    expect(button('.rl-counts').textContent).toContain('3 targets');
  });

  it('lists every outline entry with the contract attributes, its title and a figure count', () => {
    mount(props({ activeSectionId: 's1-2' }));
    const entries = Array.from(container.current.querySelectorAll('[data-outline-id]'));
    expect(entries.map((entry) => entry.getAttribute('data-outline-id'))).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-1', 'a1']);
    expect(entries.map((entry) => entry.getAttribute('data-outline-level'))).toEqual(['1', '2', '2', '1', '2', '1']);
    expect(button('[data-outline-id="s1"] .rl-outline-title').textContent).toBe('2019年工作回顾');
    // the contract: an entry's text is the heading's title, numbering aside
    expect(button('[data-outline-id="s1"]').textContent).toBe('2019年工作回顾');
    expect(button('[data-outline-id="s1"]').getAttribute('data-label')).toBe('一、');
    expect(button('[data-outline-id="s2-1"]').textContent).toContain('主要预期目标');
    // s1 holds its subsections' figures: m1..m5
    const s1Count = button('[data-outline-id="s1"]').parentElement?.querySelector('.rl-outline-count');
    expect(s1Count?.textContent).toContain('5');
    expect(button('[data-outline-id="s1-2"]').getAttribute('aria-current')).toBe('location');
    expect(button('[data-outline-id="s1"]').hasAttribute('aria-current')).toBe(false);
    expect(button('[data-outline-id="a1"]').closest('.rl-outline-appendix')).not.toBeNull();
  });

  it('moves aria-current with the scroll spy, within a level, across levels and after folding', () => {
    const p = props({ activeSectionId: 's1-1' });
    mount(p);
    const current = () => Array.from(container.current.querySelectorAll('[aria-current="location"]')).map((entry) => entry.getAttribute('data-outline-id'));
    expect(current()).toEqual(['s1-1']);
    mount({ ...p, activeSectionId: 's1-2' });
    expect(current()).toEqual(['s1-2']);
    mount({ ...p, activeSectionId: 's2-1' });
    expect(current()).toEqual(['s2-1']);
    mount({ ...p, activeSectionId: 's2' });
    expect(current()).toEqual(['s2']);
    const toggle = button('[data-outline-id="s2"]').parentElement?.querySelector('.rl-outline-toggle') as HTMLElement;
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Expand “2020年工作安排”');
    mount({ ...p, activeSectionId: 'a1' });
    expect(current()).toEqual(['a1']);
    mount({ ...p, activeSectionId: null });
    expect(current()).toEqual([]);
  });

  it('reports a section click and folds a level', () => {
    const p = mount(props());
    click('[data-outline-id="s2-1"]');
    expect(p.onSelectSection).toHaveBeenCalledWith('s2-1');
    const toggle = button('[data-outline-id="s1"]').parentElement?.querySelector('.rl-outline-toggle') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((button('[data-outline-id="s1-1"]').closest('ul') as HTMLElement).hidden).toBe(true);
  });

  it('gives every table row its data-metric-id, in document order', () => {
    mount(props());
    expect(visibleIds()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    // indicator, figure, kind, change, section, citation
    expect(container.current.querySelectorAll('thead th[scope="col"]').length).toBe(6);
    // the table says how many rows it has, whatever is rendered
    expect(button('table').getAttribute('aria-rowcount')).toBe('9');
    expect(button('tr[data-metric-id="m3"]').getAttribute('aria-rowindex')).toBe('4');
  });

  it('filters by kind and searches indicator, figure and sentence', () => {
    mount(props());
    click('[data-filter="targets"]');
    expect(visibleIds()).toEqual(['m6', 'm7', 'm8']);
    click('[data-filter="headline"]');
    expect(visibleIds()).toEqual(['m6', 'm8']);
    click('[data-filter="results"]');
    expect(visibleIds()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    click('[data-filter="all"]');
    type('地区生产总值');
    expect(visibleIds()).toEqual(['m1', 'm2', 'm6']);
    type('以内');
    expect(visibleIds()).toEqual(['m8']);
    type('控制在');
    expect(visibleIds()).toEqual(['m8']);
    type('no such thing');
    expect(visibleIds()).toEqual([]);
    expect(button('.rl-empty').textContent).toBeTruthy();
  });

  it('sorts by value in base units within each unit, when the header is clicked, and back', () => {
    mount(props());
    click('[data-sort="value"]');
    // the units in the order the rows first name them: 元 (m1), % (m2 m3 m5–m8), 人 (m4);
    // within %: 3.1 3.5 6(–6.5) 6.2 6.5 8.5
    expect(visibleIds()).toEqual(['m1', 'm3', 'm8', 'm7', 'm2', 'm6', 'm5', 'm4']);
    expect(button('[data-sort="value"]').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    click('[data-sort="value"]');
    // the units keep their order; the values within each turn round
    expect(visibleIds()).toEqual(['m1', 'm5', 'm6', 'm2', 'm7', 'm8', 'm3', 'm4']);
    expect(button('[data-sort="value"]').closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by section in the order of the outline, not alphabetically', () => {
    mount(props());
    click('[data-sort="section"]');
    // s1-1 (m1-m3), s1-2 (m4, m5), s2 (m7), s2-1 (m6, m8)
    expect(visibleIds()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm7', 'm6', 'm8']);
  });

  it('works inside a shadow root and leaves the page around it alone', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    shadow.appendChild(root);
    const before = document.body.innerHTML;
    const onCopy = vi.fn(() => Promise.resolve());
    act(() => render(<Sidebar {...props({ onCopy })} />, root));
    expect(document.body.innerHTML).toBe(before);
    act(() => shadow.querySelector<HTMLElement>('[data-action="copy-json"]')?.click());
    expect(onCopy).toHaveBeenCalledWith('json', ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    act(() => render(null, root));
    host.remove();
  });

  it('shows change and qualifier in words', () => {
    mount(props());
    const row = button('tr[data-metric-id="m3"]');
    expect(row.textContent).toContain('↓');
    expect(row.textContent).toContain('decrease');
    expect(button('tr[data-metric-id="m7"]').textContent).toContain('6%－6.5%');
    expect(button('tr[data-metric-id="m7"]').textContent).toContain('range');
    // the qualifier is said to a screen reader and on hover, not shown: the figure says it
    expect(button('tr[data-metric-id="m7"] .rl-figure-cell').getAttribute('title')).toBe('range');
    expect(button('tr[data-metric-id="m7"] .rl-figure-cell .rl-visually-hidden').textContent?.trim()).toBe('range');
    expect(button('tr[data-metric-id="m4"]').textContent).toContain('at least');
  });

  it('labels each citation button with its indicator, or the figure when there is none', () => {
    const base = sampleAnalysis();
    const unnamed = metric({ id: 'm9', text: '12项', value: 12, unit: '项' });
    mount(props({ analysis: { ...base, metrics: [...base.metrics, unnamed] } }));
    const label = (id: string) => button(`tr[data-metric-id="${id}"] [data-action="copy-citation"]`).getAttribute('aria-label');
    expect(label('m1')).toBe('Copy “地区生产总值” with citation');
    expect(label('m3')).toBe('Copy “单位GDP能耗” with citation');
    expect(label('m9')).toBe('Copy “12项” with citation');
  });

  it('writes each row as the header reads: indicator, figure (in base units where that differs), kind with a star for headline targets, change, section', () => {
    mount(props());
    const cells = (id: string) => Array.from(button(`tr[data-metric-id="${id}"]`).children).map((cell) => cell.textContent);
    expect(cells('m6')).toEqual(['地区生产总值', '6.5%左右 about', 'Target★headline target', '↑increase', '（一）主要预期目标', '❝']);
    expect(cells('m1')).toEqual(['地区生产总值', '221.46亿元2.2146 × 10^10 元', 'Result', 'level', '（一）经济运行稳中有进', '❝']);
    // a figure whose base units say nothing more has no second line
    expect(container.current.querySelector('tr[data-metric-id="m2"] .rl-normalized')).toBeNull();
    expect(button('tr[data-metric-id="m1"] .rl-normalized').textContent).toBe('2.2146 × 10^10 元');
    expect(button('tr[data-metric-id="m6"] .rl-headline').getAttribute('title')).toBe('headline target');
    expect(button('tr[data-metric-id="m6"]').children[4]?.getAttribute('title')).toBe('（一）主要预期目标');
    expect(button('tr[data-metric-id="m6"]').getAttribute('data-kind')).toBe('target');
  });

  it('keeps one row element per figure through sorting and filtering, and one tab stop', () => {
    const p = mount(props());
    const row = (id: string) => button(`tr[data-metric-id="${id}"]`);
    const before = row('m4');
    click('[data-sort="value"]');
    click('[data-filter="targets"]');
    expect(container.current.querySelector('tr[data-metric-id="m4"]')).toBeNull();
    click('[data-filter="all"]');
    expect(row('m4')).toBe(before);
    expect(visibleIds()).toEqual(['m1', 'm3', 'm8', 'm7', 'm2', 'm6', 'm5', 'm4']);
    const tabStops = () => Array.from(container.current.querySelectorAll('tbody [tabindex="0"]')).map((element) => element.closest('tr')?.getAttribute('data-metric-id'));
    // the first row, and its citation button
    expect(tabStops()).toEqual(['m1', 'm1']);
    click('tr[data-metric-id="m7"]');
    expect(tabStops()).toEqual(['m7', 'm7']);
    mount({ ...p, selectedMetricId: 'm5' });
    expect(tabStops()).toEqual(['m5', 'm5']);
    expect(Array.from(container.current.querySelectorAll('tr[data-selected]')).map((element) => element.getAttribute('data-metric-id'))).toEqual(['m5']);
    expect(row('m5').getAttribute('aria-selected')).toBe('true');
    mount({ ...p, selectedMetricId: 'm1' });
    expect(row('m5').hasAttribute('data-selected')).toBe(false);
    expect(row('m5').getAttribute('aria-selected')).toBe('false');
    expect(row('m1').getAttribute('aria-selected')).toBe('true');
  });

  it('selects a metric by click and by Enter, but not from the citation button', async () => {
    const p = mount(props());
    click('tr[data-metric-id="m4"]');
    expect(p.onSelectMetric).toHaveBeenCalledWith('m4');
    act(() => {
      button('tr[data-metric-id="m6"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(p.onSelectMetric).toHaveBeenLastCalledWith('m6');
    expect(p.onSelectMetric).toHaveBeenCalledTimes(2);
    click('tr[data-metric-id="m2"] [data-action="copy-citation"]');
    expect(p.onSelectMetric).toHaveBeenCalledTimes(2);
    expect(p.onCopyCitation).toHaveBeenCalledWith('m2');
  });

  it('highlights the selected metric, switching to the figures tab and clearing a filter that hid it', () => {
    const p = props();
    mount(p);
    click('[data-filter="results"]');
    click('[data-tab="outline"]');
    expect(button('#rl-panel-metrics').hidden).toBe(true);
    mount({ ...p, selectedMetricId: 'm6' });
    expect(button('#rl-panel-metrics').hidden).toBe(false);
    expect(button('tr[data-metric-id="m6"]').hasAttribute('data-selected')).toBe(true);
    expect(button('tr[data-metric-id="m1"]').hasAttribute('data-selected')).toBe(false);
  });

  it('copies the visible rows in their visible order and confirms it', async () => {
    const p = mount(props());
    click('[data-filter="targets"]');
    click('[data-sort="value"]');
    click('[data-action="copy-tsv"]');
    expect(p.onCopy).toHaveBeenCalledWith('tsv', ['m8', 'm7', 'm6']);
    await act(async () => {
      await Promise.resolve();
    });
    expect(button('[role="status"]').textContent).toContain('Copied 3 rows');
    for (const format of ['csv', 'markdown', 'json'] as const) {
      click(`[data-action="copy-${format}"]`);
      expect(p.onCopy).toHaveBeenLastCalledWith(format, ['m8', 'm7', 'm6']);
    }
  });

  it('shows a copy failure in the status line', async () => {
    mount(props({ onCopy: () => Promise.reject(new Error('clipboard blocked')) }));
    click('[data-action="copy-csv"]');
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    const status = button('[role="status"]');
    expect(status.textContent).toContain('clipboard blocked');
    expect(status.hasAttribute('data-error')).toBe(true);
  });

  it('switches tabs with the arrow keys', () => {
    mount(props({ initialTab: 'outline' }));
    const tablist = button('[role="tablist"]');
    expect(button('#rl-tab-outline').getAttribute('aria-selected')).toBe('true');
    act(() => {
      button('#rl-tab-outline').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(button('#rl-tab-metrics').getAttribute('aria-selected')).toBe('true');
    expect(button('#rl-panel-outline').hidden).toBe(true);
    expect(tablist.querySelectorAll('[tabindex="0"]').length).toBe(1);
  });

  it('has a toggle-original button in the panel and collapses on Escape', () => {
    const p = mount(props());
    click('aside [data-action="toggle-original"]');
    expect(p.onToggleOriginal).toHaveBeenCalledTimes(1);
    act(() => {
      button('#rl-tab-outline').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(p.onCollapse).toHaveBeenCalledWith(true);
  });

  it('moves focus to the handle when folded from the keyboard, and back when unfolded', () => {
    const p = props();
    mount(p);
    const tab = button('#rl-tab-outline');
    tab.focus();
    act(() => {
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(p.onCollapse).toHaveBeenCalledWith(true);
    mount({ ...p, collapsed: true });
    const expand = button('.rl-handle-button[aria-expanded="false"]');
    expect(document.activeElement).toBe(expand);
    act(() => expand.click());
    mount({ ...p, collapsed: false });
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
  });

  it('previews a drag on the left edge and reports the width once on release', () => {
    const p = mount(props({ width: 400 }));
    const handle = button('[role="separator"]');
    const pointer = (type: string, clientX: number) =>
      act(() => {
        handle.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX, pointerId: 1, button: 0 }));
      });
    pointer('pointerdown', 900);
    pointer('pointermove', 850);
    expect(button('aside').style.width).toBe('450px');
    expect(p.onResize).not.toHaveBeenCalled();
    pointer('pointermove', 100);
    expect(button('aside').style.width).toBe('720px');
    pointer('pointerup', 860);
    expect(p.onResize).toHaveBeenCalledTimes(1);
    expect(p.onResize).toHaveBeenCalledWith(440);
  });

  it('resizes from the keyboard within the limits', () => {
    const p = mount(props({ width: 700 }));
    const handle = button('[role="separator"]');
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(p.onResize).toHaveBeenLastCalledWith(720);
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(p.onResize).toHaveBeenLastCalledWith(680);
  });

  it('a maxWidth from the window caps the drag and the End key, never below the narrowest width', () => {
    const p = mount(props({ width: 400, maxWidth: 520.6 }));
    const handle = button('[role="separator"]');
    expect(handle.getAttribute('aria-valuemax')).toBe('520');
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(p.onResize).toHaveBeenLastCalledWith(520);
    mount(props({ width: 300, maxWidth: 100 }));
    expect(button('[role="separator"]').getAttribute('aria-valuemax')).toBe('280');
  });

  it('shows only a handle that brings the annotated view back when the original is shown', () => {
    const p = mount(props({ view: 'original', collapsed: true }));
    expect(container.current.querySelector('aside')).toBeNull();
    expect(container.current.querySelectorAll('[data-metric-id], [data-outline-id]').length).toBe(0);
    const buttons = container.current.querySelectorAll('button');
    expect(buttons.length).toBe(1);
    expect(buttons[0]?.getAttribute('data-action')).toBe('toggle-original');
    act(() => buttons[0]?.click());
    expect(p.onToggleOriginal).toHaveBeenCalledTimes(1);
  });

  it('collapsed in the annotated view, the handle reopens the panel and still offers the original', () => {
    const p = mount(props({ collapsed: true }));
    expect(container.current.querySelector('aside')).toBeNull();
    expect(container.current.querySelector('[data-action="toggle-original"]')).not.toBeNull();
    click('.rl-handle-button[aria-expanded="false"]');
    expect(p.onCollapse).toHaveBeenCalledWith(false);
  });

  it('renders the rows of a long report that are in view and a margin, spacers standing for the rest; copies carry every row', () => {
    const base = sampleAnalysis();
    const metrics: Metric[] = Array.from({ length: 450 }, (_, index) =>
      metric({ id: `x${index}`, text: `${index}亿元`, value: index, unit: '亿元', indicator: `指标${index}`, sectionId: 's1-1' }),
    );
    const p = mount(props({ analysis: { ...base, metrics } }));
    const rendered = visibleIds();
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered.slice(0, 3)).toEqual(['x0', 'x1', 'x2']);
    expect(button('table').getAttribute('aria-rowcount')).toBe('451');
    // the spacer after the rendered rows stands for the others
    const spacers = Array.from(container.current.querySelectorAll<HTMLElement>('tbody tr.rl-spacer'));
    expect(spacers).toHaveLength(2);
    expect(spacers[0]?.hidden).toBe(true);
    expect(parseFloat(spacers[1]?.querySelector('td')?.style.height ?? '0')).toBeGreaterThan(300 * 20);
    // the outline counts every figure, and a copy carries every row
    expect(button('[data-outline-id="s1"]').parentElement?.querySelector('.rl-outline-count')?.textContent).toContain('450');
    click('[data-action="copy-csv"]');
    expect(p.onCopy).toHaveBeenCalledWith('csv', metrics.map((m) => m.id));
    // a figure chosen in the page far down the table: its row is rendered and selected
    mount({ ...p, selectedMetricId: 'x400' });
    expect(button('tr[data-metric-id="x400"]').getAttribute('aria-selected')).toBe('true');
    expect(container.current.querySelector('tr[data-metric-id="x0"]')).toBeNull();
  });

  it('with a laid-out table, scrolling moves the window and the arrow keys reach rows not rendered yet', async () => {
    const base = sampleAnalysis();
    const metrics: Metric[] = Array.from({ length: 300 }, (_, index) =>
      metric({ id: `y${index}`, text: `${index}个`, value: index, unit: '个', indicator: `指标${index}` }),
    );
    // happy-dom lays nothing out: rows of 30 px in a view of 600 px, as a browser would have them
    const rowHeight = Object.getOwnPropertyDescriptor(window.HTMLElement.prototype, 'offsetHeight');
    Object.defineProperty(window.HTMLElement.prototype, 'offsetHeight', { configurable: true, get() { return (this as HTMLElement).tagName === 'TR' ? 30 : 0; } });
    try {
      mount(props({ analysis: { ...base, metrics }, initialTab: 'metrics' }));
      const scroller = button('.rl-table-scroll');
      Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 600 });
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
      });
      await act(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
      // 600 px of view and 600 px of margin below it: 40 rows of 30 px
      expect(visibleIds()).toHaveLength(40);
      scroller.scrollTop = 3000;
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
      });
      await act(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
      const ids = visibleIds();
      // rows from 2400 px (3000 less the margin) to 4200 px: rows 80 to 139
      expect(ids[0]).toBe('y80');
      expect(ids[ids.length - 1]).toBe('y139');
      // End on a row: the last row of the table, rendered and focused
      act(() => {
        button('tr[data-metric-id="y100"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      });
      expect(document.activeElement?.getAttribute('data-metric-id')).toBe('y299');
      expect(button('tr[data-metric-id="y299"]').getAttribute('tabindex')).toBe('0');
      act(() => {
        button('tr[data-metric-id="y299"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
      });
      expect(document.activeElement?.getAttribute('data-metric-id')).toBe('y298');
    } finally {
      if (rowHeight) Object.defineProperty(window.HTMLElement.prototype, 'offsetHeight', rowHeight);
      else delete (window.HTMLElement.prototype as { offsetHeight?: number }).offsetHeight;
    }
  });

  it('with the Figures tab closed: its rows come in a task of their own, toolbar and header with the tab\'s first opening; a copy never waits', async () => {
    const p = mount(props({ initialTab: 'outline' }));
    // the first render has neither rows nor the table's chrome
    expect(visibleIds()).toEqual([]);
    expect(container.current.querySelector('[data-filter], thead')).toBeNull();
    click('[data-action="copy-csv"]');
    expect(p.onCopy).toHaveBeenCalledWith('csv', ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    await act(() => new Promise((done) => setTimeout(done, 0)));
    // the rows, each with its id (docs/contract.md §1), before anyone opened the tab
    expect(visibleIds()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    expect(container.current.querySelector('thead')).toBeNull();
    click('[data-tab="metrics"]');
    expect(container.current.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
    expect(button('table').firstElementChild?.tagName).toBe('CAPTION');
    click('[data-tab="outline"]');
    // once opened they stay
    expect(container.current.querySelector('[data-filter="all"]')).not.toBeNull();
  });

  it('rebuilds rows and outline entries in the new words when the language changes', () => {
    const p = mount(props({ activeSectionId: 's1-1' }));
    expect(button('tr[data-metric-id="m6"]').textContent).toContain('headline target');
    mount({ ...p, t: translator('zh_CN'), language: 'zh' });
    expect(button('tr[data-metric-id="m6"]').textContent).toContain('主要预期目标');
    expect(button('tr[data-metric-id="m6"] [data-action="copy-citation"]').getAttribute('aria-label')).not.toContain('Copy');
    expect(container.current.querySelectorAll('tbody tr[data-metric-id]').length).toBe(8);
    expect(container.current.querySelectorAll('[data-outline-id="s1"]').length).toBe(1);
    expect(button('[data-outline-id="s1"]').parentElement?.querySelector('.rl-outline-count')?.getAttribute('title')).toBe('5 个数据');
    expect(button('[data-outline-id="s1-1"]').getAttribute('aria-current')).toBe('location');
  });

  it('keeps its sizes in px and follows the colour scheme', () => {
    expect(SIDEBAR_CSS).toContain('prefers-color-scheme: dark');
    expect(SIDEBAR_CSS).not.toMatch(/\d(rem|em)\b/);
  });
});

describe('sortMetrics', () => {
  it('makes the Chinese collator only when a sort by text asks for it, once, and sorts by pinyin', async () => {
    vi.resetModules();
    const RealCollator = Intl.Collator;
    const made = vi.spyOn(Intl, 'Collator').mockImplementation(function collator(...args: ConstructorParameters<typeof Intl.Collator>) {
      return new RealCollator(...args);
    } as unknown as typeof Intl.Collator);
    try {
      const { sortMetrics } = await import('../../../src/ui/metric-rows');
      const figures = [
        metric({ id: 'm1', text: '8%', value: 8, unit: '%', indicator: '增长' }),
        metric({ id: 'm2', text: '3%', value: 3, unit: '%', indicator: '安全' }),
        metric({ id: 'm3', text: '5%', value: 5, unit: '%', indicator: '民生' }),
      ];
      sortMetrics(figures, { key: 'value', direction: 'ascending' }, new Map());
      expect(made).not.toHaveBeenCalled();
      const byIndicator = sortMetrics(figures, { key: 'indicator', direction: 'ascending' }, new Map());
      expect(byIndicator.map((figure) => figure.indicator)).toEqual(['安全', '民生', '增长']);
      sortMetrics(figures, { key: 'text', direction: 'descending' }, new Map());
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });
});
