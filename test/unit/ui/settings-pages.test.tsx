// @vitest-environment happy-dom
// The popup's "Read as report" and view choices, and the options page's
// settings of #15 (language, colours, emphasis, line length, type size,
// per-site modes, keeping reports, automatic annotation, shortcuts as set),
// in both languages.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { OptionsPage, SUGGESTED_SHORTCUTS, type OptionsPageProps } from '../../../src/ui/options';
import { PopupPanel, type PopupPanelProps } from '../../../src/ui/popup';
import { renderContainer, translator } from '../../fixtures/ui-fixtures';

const container = renderContainer();
const query = <T extends Element>(selector: string) => container.current.querySelector<T>(selector);
const choose = (name: string, value: string) =>
  act(() => {
    const element = query<HTMLSelectElement>(`select[name="${name}"]`);
    if (!element) throw new Error(`no select ${name}`);
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
const labelOf = (name: string) => query<HTMLLabelElement>(`label[for="${query(`select[name="${name}"]`)?.id}"]`)?.textContent ?? '';

function popupProps(overrides: Partial<PopupPanelProps> = {}): PopupPanelProps {
  return {
    status: { state: 'none', hostname: 'www.example.com' },
    hostname: 'www.example.com',
    settings: DEFAULT_SETTINGS,
    t: translator('en'),
    language: 'en',
    onAutoAnnotateChange: vi.fn(),
    onSiteModeChange: vi.fn(),
    onViewChange: vi.fn(),
    onKeepReportsChange: vi.fn(),
    onReadAsReport: vi.fn(),
    onSettingsChange: vi.fn(),
    ...overrides,
  };
}

describe('the popup', () => {
  it('offers "Read as report" and picking the text on a page with no report found, in the UI\'s language', () => {
    const props = popupProps();
    act(() => render(<PopupPanel {...props} />, container.current));
    const read = query<HTMLButtonElement>('[data-action="read-as-report"]');
    expect(read?.textContent).toBe('Read as report');
    act(() => read?.click());
    expect(props.onReadAsReport).toHaveBeenCalledWith('densest');
    act(() => query<HTMLButtonElement>('[data-action="pick-report"]')?.click());
    expect(props.onReadAsReport).toHaveBeenLastCalledWith('pick');
    act(() => render(<PopupPanel {...popupProps({ t: translator('zh_CN'), language: 'zh' })} />, container.current));
    expect(query('[data-action="read-as-report"]')?.textContent).toBe('作为报告阅读');
    expect(query('[data-action="pick-report"]')?.textContent).toBe('选择正文…');
  });

  it('offers it where no content script answered, but not on the browser\'s own pages, nor on a report, a site switched off or a page too large', () => {
    act(() => render(<PopupPanel {...popupProps({ status: null, hostname: null })} />, container.current));
    expect(query('[data-action="read-as-report"]')).not.toBeNull();
    act(() => render(<PopupPanel {...popupProps({ status: null, hostname: null, readable: false })} />, container.current));
    expect(query('[data-action="read-as-report"]')).toBeNull();
    for (const status of [
      { state: 'ready', title: 'x', actual: 3, targets: 1 },
      { state: 'off', title: 'x' },
      { state: 'disabled', title: 'x' },
      { state: 'too-large', message: 'big' },
    ] as const) {
      act(() => render(<PopupPanel {...popupProps({ status })} />, container.current));
      expect(query('[data-action="read-as-report"]'), status.state).toBeNull();
    }
  });

  it('chooses the site\'s mode, and on a report the highlight, line length and type size', () => {
    const props = popupProps({ status: { state: 'ready', hostname: 'www.example.com', title: 'x', actual: 2, targets: 1 } });
    act(() => render(<PopupPanel {...props} />, container.current));
    expect(labelOf('site-mode')).toBe('On www.example.com');
    expect(query<HTMLSelectElement>('select[name="site-mode"]')?.value).toBe('auto');
    choose('site-mode', 'always');
    expect(props.onSiteModeChange).toHaveBeenCalledWith('always');
    choose('reading-width', 'wide');
    expect(props.onSettingsChange).toHaveBeenCalledWith({ readingWidth: 'wide' });
    choose('font-size', 'large');
    expect(props.onSettingsChange).toHaveBeenCalledWith({ fontSize: 'large' });
    choose('emphasis', 'headline');
    expect(props.onSettingsChange).toHaveBeenCalledWith({ emphasis: 'headline' });
  });
});

function optionsProps(overrides: Partial<OptionsPageProps> = {}): OptionsPageProps {
  return { settings: DEFAULT_SETTINGS, t: translator('en'), onChange: vi.fn(), ...overrides };
}

describe('the options page', () => {
  const SETTINGS: [string, keyof Settings, string][] = [
    ['language', 'language', 'zh'],
    ['colour-convention', 'colourConvention', 'green-up'],
    ['emphasis', 'emphasis', 'key'],
    ['reading-width', 'readingWidth', 'narrow'],
    ['font-size', 'fontSize', 'small'],
  ];

  it.each(SETTINGS)('%s: a labelled choice that stores %s', (name, key, value) => {
    const props = optionsProps();
    act(() => render(<OptionsPage {...props} />, container.current));
    expect(labelOf(name)).not.toBe('');
    choose(name, value);
    expect(props.onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, [key]: value });
  });

  it('has every setting in both languages, each control named, and no English word in the Chinese page but names', () => {
    const texts: Record<string, string> = {};
    for (const locale of ['en', 'zh_CN'] as const) {
      act(() => render(<OptionsPage {...optionsProps({ t: translator(locale), onOpenShortcuts: vi.fn() })} />, container.current));
      for (const name of ['language', 'colour-convention', 'emphasis', 'reading-width', 'font-size']) expect(labelOf(name), `${locale} ${name}`).not.toBe('');
      for (const name of ['auto-annotate', 'keep-reports']) expect(query(`input[name="${name}"]`)).not.toBeNull();
      expect(query('input[name="new-site"]')).not.toBeNull();
      // the words on the page, not its stylesheet
      texts[locale] = Array.from(container.current.querySelectorAll('main > :not(style)'), (element) => element.textContent ?? '').join(' ');
    }
    expect(texts['zh_CN']).toContain('涨跌颜色');
    expect(texts['zh_CN']).toContain('行宽');
    expect(texts['en']).toContain('Line length');
    // what is left of the Chinese page once the names of things (English, px, Alt, Esc, key names) are taken out
    const latin = (texts['zh_CN'] ?? '').replace(/English|about:addons|Firefox|Alt\+Shift\+[A-Z]|\d+\s*px|px|www\.example\.gov\.cn/g, '').match(/[A-Za-z]{3,}/g);
    expect(latin).toBeNull();
  });

  it('adds a site typed as an address, by its host name, with the mode chosen', () => {
    const onSiteMode = vi.fn();
    act(() => render(<OptionsPage {...optionsProps({ onSiteMode })} />, container.current));
    const field = query<HTMLInputElement>('input[name="new-site"]');
    act(() => {
      if (!field) return;
      field.value = 'https://TJJ.Jiangxi.gov.cn/art/2023/3/28/art_1.html';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    choose('new-site-mode', 'always');
    act(() => query<HTMLButtonElement>('[data-action="add-site"]')?.click());
    expect(onSiteMode).toHaveBeenCalledWith('tjj.jiangxi.gov.cn', 'always');
  });

  it('changes a listed site\'s mode', () => {
    const onSiteMode = vi.fn();
    act(() => render(<OptionsPage {...optionsProps({ onSiteMode, settings: { ...DEFAULT_SETTINGS, siteModes: { 'a.gov.cn': 'never' } } })} />, container.current));
    expect(query('[data-site="a.gov.cn"]')?.getAttribute('data-mode')).toBe('never');
    choose('site-mode-a.gov.cn', 'always');
    expect(onSiteMode).toHaveBeenCalledWith('a.gov.cn', 'always');
  });

  it('shows the shortcuts as set, one cleared; opens the browser\'s shortcut page, or says where it is', () => {
    const onOpenShortcuts = vi.fn();
    const shortcuts = SUGGESTED_SHORTCUTS.map((entry) => ({ ...entry, keys: entry.command === 'next-figure' ? '' : entry.command === 'toggle-sidebar' ? 'Ctrl+Shift+Y' : entry.keys }));
    act(() => render(<OptionsPage {...optionsProps({ shortcuts, onOpenShortcuts })} />, container.current));
    expect(query('[data-command="toggle-sidebar"] kbd')?.textContent).toBe('Ctrl+Shift+Y');
    expect(query('[data-command="next-figure"] kbd')).toBeNull();
    expect(query('[data-command="next-figure"]')?.textContent).toContain('not set');
    act(() => query<HTMLButtonElement>('[data-action="open-shortcuts"]')?.click());
    expect(onOpenShortcuts).toHaveBeenCalled();
    act(() => render(<OptionsPage {...optionsProps({ shortcuts })} />, container.current));
    expect(query('[data-action="open-shortcuts"]')).toBeNull();
    expect(query('[data-hint="shortcuts-where"]')?.textContent).toContain('Manage Extension Shortcuts');
  });
});
