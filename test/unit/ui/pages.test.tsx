// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { OptionsPage, SUGGESTED_SHORTCUTS } from '../../../src/ui/options';
import { PopupPanel, type PopupPanelProps } from '../../../src/ui/popup';
import { loadMessages, translator, renderContainer } from '../../fixtures/ui-fixtures';
import { REPO_ROOT } from '../../fixtures/paths';

const ROOT = REPO_ROOT;
const container = renderContainer();

function popupProps(overrides: Partial<PopupPanelProps> = {}): PopupPanelProps {
  return {
    status: { state: 'ready', title: '2020年利津县政府工作报告', kind: 'work-report', actual: 120, targets: 14 },
    hostname: 'www.lijin.gov.cn',
    settings: DEFAULT_SETTINGS,
    t: translator('zh_CN'),
    language: 'zh',
    onAutoAnnotateChange: vi.fn(),
    onSiteModeChange: vi.fn(),
    onViewChange: vi.fn(),
    onKeepReportsChange: vi.fn(),
    ...overrides,
  };
}
const input = (name: string) => container.current.querySelector<HTMLInputElement>(`input[name="${name}"]`);
const toggle = (name: string) => act(() => input(name)?.click());
const select = (name: string) => container.current.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
/** Chooses a value of a <select> as a reader does: the value, then a change event. */
const choose = (name: string, value: string) =>
  act(() => {
    const element = select(name);
    if (!element) throw new Error(`no select ${name}`);
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('PopupPanel', () => {
  it('shows the report, its kind and counts in Chinese', () => {
    act(() => render(<PopupPanel {...popupProps()} />, container.current));
    const text = container.current.textContent ?? '';
    expect(text).toContain('2020年利津县政府工作报告');
    expect(text).toContain('政府工作报告');
    expect(text).toContain('结果 120 项');
    expect(text).toContain('目标 14 项');
    expect(input('show-original')?.disabled).toBe(false);
    expect(input('show-original')?.checked).toBe(false);
  });

  it('turns the switches into callbacks', () => {
    const props = popupProps();
    act(() => render(<PopupPanel {...props} />, container.current));
    toggle('auto-annotate');
    expect(props.onAutoAnnotateChange).toHaveBeenCalledWith(false);
    choose('site-mode', 'never');
    expect(props.onSiteModeChange).toHaveBeenCalledWith('never');
    toggle('show-original');
    expect(props.onViewChange).toHaveBeenCalledWith('original');
    expect(input('keep-reports')?.checked).toBe(true);
    toggle('keep-reports');
    expect(props.onKeepReportsChange).toHaveBeenCalledWith(false);
  });

  it('links to the ledger page when it has the address', () => {
    act(() => render(<PopupPanel {...popupProps({ ledgerHref: 'ledger.html' })} />, container.current));
    const link = container.current.querySelector<HTMLAnchorElement>('a[data-action="open-ledger"]');
    expect(link?.getAttribute('href')).toBe('ledger.html');
    expect(link?.textContent).toBe('目标台账');
  });

  it('says so when the tab holds no report or cannot be reached', () => {
    act(() => render(<PopupPanel {...popupProps({ status: { state: 'none' } })} />, container.current));
    expect(container.current.textContent).toContain('不像政府报告');
    expect(input('show-original')?.disabled).toBe(true);
    act(() => render(<PopupPanel {...popupProps({ status: null, hostname: null })} />, container.current));
    expect(container.current.textContent).toContain('无法在此页面运行');
    expect(select('site-mode')).toBeNull();
  });

  it('says a report page was too large to read, with its size', () => {
    const message = '5123456 characters of text, limit 1000000';
    act(() => render(<PopupPanel {...popupProps({ status: { state: 'too-large', hostname: 'www.lijin.gov.cn', message } })} />, container.current));
    expect(container.current.textContent).toContain('页面太大');
    expect(container.current.textContent).toContain(message);
    expect(input('show-original')?.disabled).toBe(true);
    act(() => render(<PopupPanel {...popupProps({ status: { state: 'too-large', message }, t: translator('en'), language: 'en' })} />, container.current));
    expect(container.current.textContent).toContain(`too large to read; it is left as it is (${message})`);
  });

  it('reflects a disabled site', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, siteModes: { 'www.lijin.gov.cn': 'never' } };
    act(() => render(<PopupPanel {...popupProps({ settings, status: { state: 'off', title: 'x' } })} />, container.current));
    expect(select('site-mode')?.value).toBe('never');
    expect(input('show-original')?.disabled).toBe(true);
  });
});

describe('OptionsPage', () => {
  it('lists the sites with modes of their own and gives one back to automatic', () => {
    const onChange = vi.fn();
    const settings: Settings = { ...DEFAULT_SETTINGS, siteModes: { 'a.gov.cn': 'never', 'b.gov.cn': 'always' } };
    act(() => render(<OptionsPage settings={settings} t={translator('en')} onChange={onChange} />, container.current));
    const remove = container.current.querySelector<HTMLButtonElement>('[data-site="a.gov.cn"] button');
    expect(remove?.getAttribute('aria-label')).toContain('a.gov.cn');
    act(() => remove?.click());
    expect(onChange).toHaveBeenCalledWith({ ...settings, siteModes: { 'b.gov.cn': 'always' } });
  });

  it('switches keeping reports off, and links to the ledger', () => {
    const onChange = vi.fn();
    act(() => render(<OptionsPage settings={DEFAULT_SETTINGS} t={translator('en')} onChange={onChange} ledgerHref="ledger.html" />, container.current));
    act(() => container.current.querySelector<HTMLInputElement>('input[name="keep-reports"]')?.click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, keepReports: false });
    expect(container.current.querySelector('a[data-action="open-ledger"]')?.getAttribute('href')).toBe('ledger.html');
  });

  it('lists the keyboard shortcuts with their descriptions', () => {
    act(() => render(<OptionsPage settings={DEFAULT_SETTINGS} t={translator('en')} onChange={vi.fn()} />, container.current));
    const rows = container.current.querySelectorAll('tr[data-command]');
    expect(rows.length).toBe(4);
    expect(container.current.querySelector('[data-command="next-figure"]')?.textContent).toContain('Alt+Shift+N');
  });

  it('keeps its suggested shortcuts in step with manifest.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string }; description: string }>;
    };
    for (const shortcut of SUGGESTED_SHORTCUTS) {
      const command = manifest.commands[shortcut.command];
      expect(command?.suggested_key.default).toBe(shortcut.keys);
      expect(command?.description).toBe(`__MSG_${shortcut.messageKey}__`);
    }
    expect(Object.keys(manifest.commands).length).toBe(SUGGESTED_SHORTCUTS.length);
  });
});

describe('messages.json', () => {
  const en = loadMessages('en');
  const zh = loadMessages('zh_CN');

  it('has the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('defines every __MSG_ key of the manifest and every key the UI asks for', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const wanted = new Set([...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? ''));
    const sources = [
      ...readdirSync(join(ROOT, 'src/ui')).map((file) => join(ROOT, 'src/ui', file)),
      join(ROOT, 'src/entries/popup.tsx'),
      join(ROOT, 'src/entries/options.tsx'),
      join(ROOT, 'src/entries/ledger.tsx'),
    ];
    for (const file of sources) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(?:t|message|translate)\(\s*'(\w+)'/g)) wanted.add(match[1] ?? '');
      for (const match of source.matchAll(/\bt\(\s*(?:[^()]*\?\s*)?'(\w+)'\s*:\s*'(\w+)'/g)) {
        wanted.add(match[1] ?? '');
        wanted.add(match[2] ?? '');
      }
    }
    // keys built from a name at run time
    for (const format of ['tsv', 'csv', 'markdown', 'json']) {
      for (const prefix of ['format_', 'copyButton_', 'copyHint_']) wanted.add(prefix + format);
    }
    for (const filter of ['all', 'targets', 'headline', 'results']) wanted.add(`filter_${filter}`);
    for (const level of ['all', 'national', 'province', 'city', 'county']) wanted.add(`level_${level}`);
    for (const shortcut of SUGGESTED_SHORTCUTS) wanted.add(shortcut.messageKey);
    wanted.delete('');
    expect(wanted.size).toBeGreaterThan(40);
    const missing = [...wanted].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
