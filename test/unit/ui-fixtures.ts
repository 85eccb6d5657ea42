// Hand-built analysis and a messages.json-backed t() for the ui-* tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import type { Analysis, Metric, OutlineNode } from '../../src/core/types';
import { substitute } from '../../src/ui/format';

export function loadMessages(locale: 'en' | 'zh_CN'): Record<string, { message: string }> {
  const path = resolve(import.meta.dirname, `../../src/public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
}

/** Like browser.i18n.getMessage, but a missing key fails the test loudly
 * instead of rendering an empty string. */
export function translator(locale: 'en' | 'zh_CN' = 'en') {
  const messages = loadMessages(locale);
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    return substitute(entry.message, substitutions);
  };
}

function node(id: string, level: 1 | 2 | 3, label: string, title: string, children: OutlineNode[] = [], appendix = false): OutlineNode {
  return { id, level, label, title, block: 0, start: 0, end: 0, children, ...(appendix ? { appendix } : {}) };
}

export function metric(partial: Partial<Metric> & Pick<Metric, 'id' | 'text' | 'value' | 'unit'>): Metric {
  return {
    normalized: { value: partial.value, unit: partial.unit },
    indicator: '',
    relation: 'level',
    qualifier: 'exact',
    kind: 'actual',
    headline: false,
    period: 2019,
    sectionId: null,
    sentence: '',
    block: 0,
    start: 0,
    end: 0,
    ...partial,
  };
}

export function sampleAnalysis(): Analysis {
  const outline = [
    node('s1', 1, '一、', '2019年工作回顾', [node('s1-1', 2, '（一）', '经济运行稳中有进'), node('s1-2', 2, '（二）', '民生持续改善')]),
    node('s2', 1, '二、', '2020年工作安排', [node('s2-1', 2, '（一）', '主要预期目标')]),
    node('a1', 1, '一、', '名词解释', [], true),
  ];
  const metrics: Metric[] = [
    metric({ id: 'm1', text: '221.46亿元', value: 221.46, unit: '亿元', normalized: { value: 22146000000, unit: '元' }, indicator: '地区生产总值', sectionId: 's1-1', sentence: '地区生产总值达到221.46亿元。' }),
    metric({ id: 'm2', text: '6.2%', value: 6.2, unit: '%', indicator: '地区生产总值', relation: 'increase', sectionId: 's1-1', sentence: '地区生产总值增长6.2%。' }),
    metric({ id: 'm3', text: '3.1%', value: 3.1, unit: '%', indicator: '单位GDP能耗', relation: 'decrease', sectionId: 's1-1', sentence: '单位GDP能耗下降3.1%。' }),
    metric({ id: 'm4', text: '2300人以上', value: 2300, unit: '人', indicator: '城镇新增就业', qualifier: 'at-least', sectionId: 's1-2', sentence: '城镇新增就业2300人以上。' }),
    metric({ id: 'm5', text: '8.5%', value: 8.5, unit: '%', indicator: '居民人均可支配收入', relation: 'increase', sectionId: 's1-2', sentence: '居民人均可支配收入增长8.5%。' }),
    metric({ id: 'm6', text: '6.5%左右', value: 6.5, unit: '%', indicator: '地区生产总值', relation: 'increase', qualifier: 'about', kind: 'target', headline: true, period: 2020, sectionId: 's2-1', sentence: '主要预期目标是：地区生产总值增长6.5%左右。' }),
    metric({ id: 'm7', text: '6%－6.5%', value: 6, upper: 6.5, unit: '%', normalized: { value: 6, upper: 6.5, unit: '%' }, indicator: '固定资产投资', relation: 'increase', qualifier: 'range', kind: 'target', period: 2020, sectionId: 's2', sentence: '固定资产投资增长6%－6.5%。' }),
    metric({ id: 'm8', text: '3.5%以内', value: 3.5, unit: '%', indicator: '城镇登记失业率', qualifier: 'at-most', kind: 'target', headline: true, period: 2020, sectionId: 's2-1', sentence: '城镇登记失业率控制在3.5%以内。' }),
  ];
  return {
    detection: { isReport: true, kind: 'work-report', title: '2020年利津县政府工作报告', jurisdiction: '利津县', year: 2020, score: 0.97 },
    outline,
    metrics,
  };
}

/** A fresh element in the document for each test, unmounted and removed
 * after it; read `current` inside a test. */
export function renderContainer(): { readonly current: HTMLElement } {
  const holder = { current: null as unknown as HTMLElement };
  beforeEach(() => {
    holder.current = document.createElement('div');
    document.body.appendChild(holder.current);
  });
  afterEach(() => {
    render(null, holder.current);
    holder.current.remove();
  });
  return holder;
}
