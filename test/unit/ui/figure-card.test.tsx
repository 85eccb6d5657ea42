// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FigureCard, placeCard } from '../../../src/ui/figure-card';
import { formatQuantity, formatScientific, messageWith, normalizedText } from '../../../src/ui/format';
import { metric, translator, renderContainer } from '../../fixtures/ui-fixtures';

const container = renderContainer();

const gdp = metric({
  id: 'm1',
  text: '221.46亿元',
  value: 221.46,
  unit: '亿元',
  normalized: { value: 22146000000, unit: '元' },
  indicator: '地区生产总值',
  period: 2019,
  sectionId: 's1',
  sentence: '地区生产总值达到221.46亿元。',
});

describe('formatScientific', () => {
  it('writes large and small magnitudes as plain-text scientific notation', () => {
    expect(formatScientific(22146000000)).toBe('2.2146 × 10^10');
    expect(formatScientific(221.46 * 1e8)).toBe('2.2146 × 10^10');
    expect(formatScientific(1e12)).toBe('1 × 10^12');
    expect(formatScientific(-35000000)).toBe('-3.5 × 10^7');
    expect(formatScientific(0.00012)).toBe('1.2 × 10^-4');
  });

  it('leaves everyday numbers alone and carries a rounded mantissa of 10', () => {
    expect(formatScientific(6.5)).toBe('6.5');
    expect(formatScientific(2300)).toBe('2300');
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(9999999.6)).toBe('1 × 10^7');
  });

  it('writes a quantity as a reader expects it, ranges and float leftovers included', () => {
    expect(formatQuantity({ value: 6, upper: 6.5, unit: '%' })).toBe('6–6.5%');
    expect(formatQuantity({ value: 3 * 3.7, unit: '万人' })).toBe('11.1万人');
    expect(formatQuantity({ value: 1.2, unit: 'kWh' })).toBe('1.2 kWh');
  });

  it('shows a normalized value only when it differs from the written one', () => {
    expect(normalizedText(gdp)).toBe('2.2146 × 10^10 元');
    expect(normalizedText(metric({ id: 'p', text: '6.5%', value: 6.5, unit: '%' }))).toBeNull();
  });
});

describe('messageWith', () => {
  it('asks for a message once and fills in each value as given, $ signs and repeats included', () => {
    const t = vi.fn((key: string, substitutions?: string | string[]) =>
      key === 'twice' ? `“$1” and “$1”`.replace(/\$1/g, String(substitutions)) : `Copy “${String(substitutions)}” with citation`);
    const label = messageWith(t, 'copyCitationFor');
    expect(label('地区生产总值')).toBe('Copy “地区生产总值” with citation');
    expect(label('$1 $&')).toBe('Copy “$1 $&” with citation');
    expect(messageWith(t, 'copyCitationFor')).toBe(label);
    expect(t).toHaveBeenCalledTimes(1);
    expect(messageWith(t, 'twice')('6.5%')).toBe('“6.5%” and “6.5%”');
  });

  it('gives a message without a substitution back unchanged', () => {
    expect(messageWith(() => 'Copy with citation', 'copyCitation')('ignored')).toBe('Copy with citation');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 160 };

  it('goes below the figure when there is room', () => {
    expect(placeCard({ left: 100, top: 200, right: 180, bottom: 220 }, size, viewport)).toEqual({ left: 100, top: 228 });
  });

  it('flips above near the bottom edge and stays inside on the right', () => {
    expect(placeCard({ left: 900, top: 700, right: 960, bottom: 720 }, size, viewport)).toEqual({ left: 692, top: 532 });
  });
});

describe('FigureCard', () => {
  it('shows the indicator, the value, its normalized value and the facts in words', () => {
    act(() =>
      render(
        <FigureCard metric={gdp} anchor={{ left: 10, top: 10, right: 60, bottom: 30 }} sectionTitle="一、2019年工作回顾"
          t={translator('en')} language="en" onClose={() => undefined} viewport={{ width: 1000, height: 800 }} />,
        container.current,
      ),
    );
    const card = container.current.querySelector('.rl-card') as HTMLElement;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.rl-card-indicator')?.textContent).toBe('地区生产总值');
    expect(card.querySelector('.rl-card-value')?.textContent).toContain('221.46亿元');
    expect(card.querySelector('.rl-card-normalized')?.textContent).toContain('2.2146 × 10^10 元');
    expect(card.textContent).toContain('result');
    expect(card.textContent).toContain('2019');
    expect(card.textContent).toContain('一、2019年工作回顾');
    expect(card.style.position === '' || card.style.position === 'fixed').toBe(true);
  });

  it('speaks Chinese for a headline target and closes on Escape', () => {
    const onClose = vi.fn();
    const target = metric({ id: 'm6', text: '6.5%左右', value: 6.5, unit: '%', indicator: '地区生产总值', relation: 'increase', qualifier: 'about', kind: 'target', headline: true, period: 2020 });
    act(() =>
      render(
        <FigureCard metric={target} anchor={{ left: 10, top: 10, right: 60, bottom: 30 }} sectionTitle=""
          t={translator('zh_CN')} language="zh" onClose={onClose} />,
        container.current,
      ),
    );
    const card = container.current.querySelector('.rl-card') as HTMLElement;
    expect(card.textContent).toContain('主要预期目标');
    expect(card.textContent).toContain('约');
    expect(card.textContent).toContain('增长');
    expect(card.querySelector('.rl-card-normalized')).toBeNull();
    act(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
