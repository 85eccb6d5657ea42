// Checks the hand-written expectations of the real reports (seeds/reports/<name>/expected.json):
// each parses, follows the format of seeds/README.md, and quotes its own report.txt faithfully —
// every `text`, `near`, notFigures string and outline title occurs in the report, each `near`
// contains its `text` and picks one place, and the headline figures appear, in order, in the
// report's main-targets statement. It tests the expectations, not the engine.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../fixtures/paths';

const REPORTS = repoPath('seeds/reports');

const KINDS = ['work-report', 'statistical-communique', 'budget-report', 'plan', 'other-report'];
const RELATIONS = ['level', 'increase', 'decrease'];
const QUALIFIERS = ['about', 'at-least', 'at-most', 'range', 'exact'];
const METRIC_KINDS = ['actual', 'target'];

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: Json): v is string => typeof v === 'string' && v.length > 0;
const isStrArray = (v: Json): v is string[] => Array.isArray(v) && v.every(isStr);
const isInt = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v);
const isNum = (v: Json): v is number => typeof v === 'number' && Number.isFinite(v);

/** Problems with an object's keys: unknown ones, and required ones that are missing. */
function keyProblems(where: string, o: Obj, allowed: string[], required: string[] = []): string[] {
  const out: string[] = [];
  for (const k of Object.keys(o)) if (!allowed.includes(k)) out.push(`${where}: unknown field "${k}"`);
  for (const k of required) if (!(k in o)) out.push(`${where}: missing "${k}"`);
  return out;
}

const METRIC_FIELDS = ['text', 'near', 'indicator', 'kind', 'period', 'value', 'upper', 'unit', 'relation', 'qualifier', 'headline', 'base', 'scope'];

function metricProblems(where: string, m: Json): string[] {
  if (!isObj(m)) return [`${where}: not an object`];
  const out = keyProblems(where, m, METRIC_FIELDS, ['text']);
  const check = (k: string, ok: (v: Json) => boolean, what: string): void => {
    if (k in m && !ok(m[k])) out.push(`${where}.${k}: expected ${what}, got ${JSON.stringify(m[k])}`);
  };
  check('text', isStr, 'a non-empty string');
  check('near', isStr, 'a non-empty string');
  check('indicator', isStr, 'a non-empty string');
  check('unit', isStr, 'a non-empty string');
  check('base', isStr, 'a non-empty string');
  check('scope', isStr, 'a non-empty string');
  check('kind', (v) => METRIC_KINDS.includes(v as string), METRIC_KINDS.join('|'));
  check('relation', (v) => RELATIONS.includes(v as string), RELATIONS.join('|'));
  check('qualifier', (v) => QUALIFIERS.includes(v as string), QUALIFIERS.join('|'));
  check('period', (v) => isInt(v) && (v as number) >= 1949 && (v as number) <= 2100, 'a year');
  check('value', isNum, 'a number');
  check('upper', isNum, 'a number');
  check('headline', (v) => typeof v === 'boolean', 'a boolean');
  // a range has both ends, and only a range has an upper end
  if ('upper' in m !== (m.qualifier === 'range')) out.push(`${where}: "upper" goes with qualifier "range" and only with it`);
  if (isNum(m.upper) && isNum(m.value) && !(m.upper > m.value)) out.push(`${where}: upper must exceed value`);
  // percentage points are never percent
  if (isStr(m.text) && m.text.includes('个百分点') && m.unit !== undefined && m.unit !== '个百分点') {
    out.push(`${where}: ${m.text} is in 个百分点, not ${String(m.unit)}`);
  }
  return out;
}

/** Every problem with the shape of an expected.json, per seeds/README.md. */
function schemaProblems(e: Json): string[] {
  if (!isObj(e)) return ['not a JSON object'];
  const out = keyProblems('expected', e, ['source', 'detection', 'outline', 'metrics', 'page'], ['detection']);
  if ('source' in e && !isStr(e.source)) out.push('source: expected a non-empty string');

  const d = e.detection;
  if (!isObj(d)) {
    out.push('detection: not an object');
  } else {
    out.push(...keyProblems('detection', d, ['isReport', 'kind', 'title', 'jurisdiction', 'year'], ['isReport']));
    if (typeof d.isReport !== 'boolean') out.push('detection.isReport: expected a boolean');
    if ('kind' in d && !KINDS.includes(d.kind as string)) out.push(`detection.kind: ${JSON.stringify(d.kind)}`);
    if ('title' in d && !isStr(d.title)) out.push('detection.title: expected a non-empty string');
    if ('jurisdiction' in d && !isStr(d.jurisdiction)) out.push('detection.jurisdiction: expected a non-empty string');
    if ('year' in d && !isInt(d.year)) out.push('detection.year: expected an integer');
  }

  if ('outline' in e) {
    const o = e.outline;
    if (!isObj(o)) {
      out.push('outline: not an object');
    } else {
      out.push(...keyProblems('outline', o, ['level1', 'level2Counts', 'level2Titles', 'appendix']));
      if ('level1' in o && !isStrArray(o.level1)) out.push('outline.level1: expected an array of strings');
      if ('appendix' in o && !isStrArray(o.appendix)) out.push('outline.appendix: expected an array of strings');
      if ('level2Counts' in o) {
        const c = o.level2Counts;
        if (!Array.isArray(c) || !c.every((n) => isInt(n) && n >= 0)) {
          out.push('outline.level2Counts: expected an array of non-negative integers');
        } else if (Array.isArray(o.level1) && c.length !== o.level1.length) {
          out.push(`outline.level2Counts: ${c.length} counts for ${o.level1.length} level-1 titles`);
        }
      }
      if ('level2Titles' in o) {
        const t = o.level2Titles;
        if (!isObj(t) || !Object.entries(t).every(([k, v]) => /^\d+$/.test(k) && isStrArray(v))) {
          out.push('outline.level2Titles: expected { "<index>": string[] }');
        }
      }
    }
  }

  if ('metrics' in e) {
    const m = e.metrics;
    if (!isObj(m)) {
      out.push('metrics: not an object');
    } else {
      out.push(...keyProblems('metrics', m, ['headline', 'sample', 'notFigures']));
      for (const list of ['headline', 'sample'] as const) {
        if (!(list in m)) continue;
        const arr = m[list];
        if (!Array.isArray(arr)) out.push(`metrics.${list}: expected an array`);
        else arr.forEach((x, i) => out.push(...metricProblems(`metrics.${list}[${i}]`, x)));
      }
      if ('notFigures' in m && !isStrArray(m.notFigures)) out.push('metrics.notFigures: expected an array of strings');
    }
  }

  if ('page' in e) {
    const p = e.page;
    if (!isObj(p)) out.push('page: not an object');
    else {
      out.push(...keyProblems('page', p, ['hidden', 'visible']));
      for (const k of ['hidden', 'visible']) if (k in p && !isStrArray(p[k])) out.push(`page.${k}: expected an array of strings`);
    }
  }
  return out;
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The main-targets statement: from the first 主要预期目标 followed by a colon (the cue may be broken
 * over lines, as in Guangdong 2026) to the end of the colon's line, or, when nothing follows the
 * colon on that line (2010 national), the next non-blank line. Reports without that statement
 * (national 2020: 预期目标作了适当调整。今年要…) may name their targets on the first line where
 * 预期目标 is followed by figures: `loose` allows that.
 */
function targetsStatement(report: string, loose = false): string | undefined {
  const cue = /主要预期目标\s*[^：:。\s]{0,2}\s*[：:]/.exec(report);
  if (cue) {
    const lineEnd = report.indexOf('\n', cue.index + cue[0].length);
    const rest = report.slice(cue.index, lineEnd === -1 ? undefined : lineEnd);
    if (rest.slice(cue[0].length).trim() !== '' || lineEnd === -1) return rest;
    const next = report.slice(lineEnd + 1).split('\n').find((l) => l.trim() !== '');
    return next === undefined ? undefined : rest + next;
  }
  if (!loose) return undefined;
  const line = report.split('\n').find((l) => /预期目标.*\d/.test(l));
  return line?.slice(line.indexOf('预期目标'));
}

interface Metric {
  text: string;
  near?: string;
  kind?: string;
  qualifier?: string;
  value?: number;
  upper?: number;
}
interface Expected {
  detection: { isReport: boolean; kind?: string; title?: string; jurisdiction?: string; year?: number };
  outline?: { level1?: string[]; level2Counts?: number[]; appendix?: string[] };
  metrics?: { headline?: Metric[]; sample?: Metric[]; notFigures?: string[] };
}

const names = readdirSync(REPORTS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('seeds/reports expected.json', () => {
  it('covers every report folder', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    const missing = names.filter((n) => !existsSync(join(REPORTS, n, 'expected.json')));
    expect(missing).toEqual([]);
  });

  describe.each(names)('%s', (name) => {
    const dir = join(REPORTS, name);
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    const raw = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Json;
    const e = raw as Expected;

    it('follows the expected.json format of seeds/README.md', () => {
      expect(schemaProblems(raw)).toEqual([]);
    });

    it('describes a report of the kind its folder name says', () => {
      expect(e.detection.isReport).toBe(true);
      const kindByName = name.endsWith('-communique') ? 'statistical-communique' : name.endsWith('-budget') ? 'budget-report' : 'work-report';
      expect(e.detection.kind).toBe(kindByName);
      expect(e.detection.jurisdiction).toBeTruthy();
      expect(name).toContain(String(e.detection.year));
      if (e.detection.title !== undefined) expect(report).toContain(e.detection.title);
    });

    it('names outline sections that occur in the report', () => {
      const titles = [...(e.outline?.level1 ?? []), ...(e.outline?.appendix ?? [])];
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((t) => !report.includes(t))).toEqual([]);
    });

    it('quotes figures that occur in the report, each near containing its text and picking one place', () => {
      const metrics = [...(e.metrics?.headline ?? []), ...(e.metrics?.sample ?? [])];
      const problems: string[] = [];
      for (const m of metrics) {
        if (!report.includes(m.text)) problems.push(`text not in report: ${m.text}`);
        if (m.near === undefined) continue;
        if (!m.near.includes(m.text)) problems.push(`near "${m.near}" does not contain "${m.text}"`);
        const n = count(report, m.near);
        if (n !== 1) problems.push(`near "${m.near}" occurs ${n} times`);
      }
      expect(problems).toEqual([]);
    });

    it('lists non-figures that occur in the report', () => {
      const nf = e.metrics?.notFigures ?? [];
      expect(nf.filter((s) => !report.includes(s))).toEqual([]);
    });

    it('gives the headline figures in the order of the main-targets statement', () => {
      const headline = e.metrics?.headline ?? [];
      if (headline.length === 0) {
        // only reports without a 主要预期目标 statement (communiqués, 1998) may omit them
        expect(targetsStatement(report)).toBeUndefined();
        return;
      }
      const statement = targetsStatement(report, true);
      expect(statement).toBeDefined();
      let from = 0;
      const outOfOrder: string[] = [];
      for (const m of headline) {
        const at = (statement ?? '').indexOf(m.text, from);
        if (at === -1) outOfOrder.push(m.text);
        else from = at + m.text.length;
      }
      expect(outOfOrder).toEqual([]);
      expect(headline.every((m) => m.kind === undefined || m.kind === 'target')).toBe(true);
    });
  });
});

// The checks above must be able to fail: a few deliberately broken expectations.
describe('seed-reports schema check', () => {
  it('rejects malformed entries', () => {
    expect(schemaProblems({})).toContain('expected: missing "detection"');
    expect(schemaProblems({ detection: { isReport: 'yes' } })).toContain('detection.isReport: expected a boolean');
    const bad = {
      detection: { isReport: true },
      outline: { level1: ['a', 'b'], level2Counts: [1] },
      metrics: {
        sample: [
          { text: '6%－6.5%', value: 6, qualifier: 'range' },
          { text: '0.5个百分点', unit: '%' },
          { text: '5%', relation: 'grow', extra: 1 },
        ],
      },
    };
    const p = schemaProblems(bad);
    expect(p).toContain('outline.level2Counts: 1 counts for 2 level-1 titles');
    expect(p).toContain('metrics.sample[0]: "upper" goes with qualifier "range" and only with it');
    expect(p).toContain('metrics.sample[1]: 0.5个百分点 is in 个百分点, not %');
    expect(p).toContain('metrics.sample[2]: unknown field "extra"');
    expect(p.some((s) => s.startsWith('metrics.sample[2].relation'))).toBe(true);
  });

  it('finds the targets statement on the line after a bare 主要预期目标是：', () => {
    expect(targetsStatement('甲\n今年的主要预期目标是：\n\n　　国内生产总值增长8％左右。\n乙')).toContain('8％左右');
    expect(targetsStatement('没有目标')).toBeUndefined();
  });
});
