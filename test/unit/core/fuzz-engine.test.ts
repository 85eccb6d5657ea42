import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import type { Analysis, Block, OutlineNode } from '../../../src/core/types';
import { repoPath } from '../../fixtures/paths';

// The whole engine (detection, outline, metrics) on any text and on real reports
// mutated by deleting, duplicating and shuffling characters and lines. CI runs a
// fixed seed with modest runs; `npm run fuzz` sets FUZZ_RUNS (and FUZZ_SEED to
// replay a failure) and is bounded by a time limit per property.

const LONG_RUN = Number(process.env.FUZZ_RUNS) > 0;
const RUNS = LONG_RUN ? Number(process.env.FUZZ_RUNS) : 150;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : LONG_RUN ? undefined : 20251127;
/** a property stops (without failing) after this long in a long run */
const TIME_LIMIT_MS = 60_000;

/** vitest's own timeout for a property: past the time limit, with room to finish the run under way */
const PROPERTY_TIMEOUT_MS = LONG_RUN ? TIME_LIMIT_MS + 30_000 : 30_000;

const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(SEED === undefined ? {} : { seed: SEED }),
  ...(LONG_RUN ? { interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false } : {}),
});

const REPORTS_DIR = repoPath('seeds/reports');
const reports = readdirSync(REPORTS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(join(REPORTS_DIR, entry.name, 'report.txt'), 'utf8'));

function blocksOf(text: string): Block[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line }));
}

function analyze(text: string): { blocks: Block[]; analysis: Analysis } {
  const blocks = blocksOf(text);
  return { blocks, analysis: analyzeReport(signalsFromText(text), blocks) };
}

function flatten(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** What must hold of any analysis, whatever the input. */
function checkInvariants(blocks: Block[], analysis: Analysis): void {
  const { detection, outline, metrics } = analysis;
  expect(Number.isFinite(detection.score)).toBe(true);
  expect(detection.score).toBeGreaterThanOrEqual(0);
  expect(detection.score).toBeLessThanOrEqual(1);

  const sections = flatten(outline);
  const sectionIds = new Set(sections.map((node) => node.id));
  expect(sectionIds.size, 'outline ids are unique').toBe(sections.length);
  for (const node of sections) {
    const text = blocks[node.block]?.text;
    expect(text, `outline ${node.id} points at a block`).toBeDefined();
    expect(node.start).toBeGreaterThanOrEqual(0);
    expect(node.end).toBeGreaterThanOrEqual(node.start);
    expect(node.end).toBeLessThanOrEqual(text?.length ?? 0);
    for (const child of node.children) expect(child.level).toBeGreaterThan(node.level);
  }

  expect(new Set(metrics.map((metric) => metric.id)).size, 'metric ids are unique').toBe(metrics.length);
  let previous = { block: -1, end: 0 };
  for (const metric of metrics) {
    const text = blocks[metric.block]?.text ?? '';
    expect(metric.end).toBeGreaterThan(metric.start);
    expect(text.slice(metric.start, metric.end), 'metric text is its block slice').toBe(metric.text);
    // document order, never overlapping
    expect(metric.block).toBeGreaterThanOrEqual(previous.block);
    if (metric.block === previous.block) expect(metric.start).toBeGreaterThanOrEqual(previous.end);
    previous = { block: metric.block, end: metric.end };
    expect(Number.isFinite(metric.value)).toBe(true);
    if (metric.sectionId !== null) expect(sectionIds.has(metric.sectionId)).toBe(true);
  }
}

type Mutation =
  | { op: 'delete-chars'; at: number; length: number }
  | { op: 'duplicate-chars'; at: number; length: number }
  | { op: 'shuffle-chars'; at: number; length: number; seed: number }
  | { op: 'delete-lines'; at: number; count: number }
  | { op: 'duplicate-lines'; at: number; count: number }
  | { op: 'shuffle-lines'; seed: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-chars' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate-chars' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('shuffle-chars' as const), at: position, length: fc.integer({ min: 2, max: 30 }), seed: fc.integer() }),
  fc.record({ op: fc.constant('delete-lines' as const), at: position, count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('duplicate-lines' as const), at: position, count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('shuffle-lines' as const), seed: fc.integer() }),
);

/** A small deterministic shuffle, so a failing case replays from its seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function mutate(text: string, change: Mutation): string {
  if (change.op === 'shuffle-lines') return shuffle(text.split('\n'), change.seed).join('\n');
  if (change.op === 'delete-lines' || change.op === 'duplicate-lines') {
    const lines = text.split('\n');
    const at = Math.floor(change.at * lines.length);
    const picked = lines.slice(at, at + change.count);
    if (change.op === 'delete-lines') lines.splice(at, change.count);
    else lines.splice(at, 0, ...picked);
    return lines.join('\n');
  }
  const chars = Array.from(text); // by code point, so no lone surrogate is made here
  const at = Math.floor(change.at * chars.length);
  const piece = chars.slice(at, at + change.length);
  if (change.op === 'delete-chars') chars.splice(at, change.length);
  else if (change.op === 'duplicate-chars') chars.splice(at, 0, ...piece);
  else chars.splice(at, piece.length, ...shuffle(piece, change.seed));
  return chars.join('');
}

/** A window of a real report, so that a run costs milliseconds, not the whole report's time. */
const reportWindow = fc
  .record({ report: fc.integer({ min: 0, max: reports.length - 1 }), at: position, length: fc.integer({ min: 200, max: 6000 }) })
  .map(({ report, at, length }) => {
    const text = reports[report] ?? '';
    // keep the title line: it is what detection leans on most
    const title = text.slice(0, text.indexOf('\n') + 1);
    const from = Math.floor(at * Math.max(0, text.length - length));
    return title + text.slice(from, from + length);
  });

describe('the engine on any text', () => {
  it('has the corpus reports to mutate', () => {
    expect(reports.length).toBeGreaterThan(10);
  });

  it('never throws, and every invariant holds', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      // lines of mixed report vocabulary and noise
      fc.array(fc.oneof(fc.constantFrom('政府工作报告', '各位代表：', '一、', '（一）', '一是', '增长6.5%左右', '主要预期目标是：', '\n', '亿元', '个百分点'), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const { blocks, analysis } = analyze(text);
        checkInvariants(blocks, analysis);
      }),
      params(RUNS),
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('the engine on real reports, mutated', () => {
  it('every unmutated corpus report satisfies the invariants', () => {
    for (const text of reports) {
      const { blocks, analysis } = analyze(text);
      expect(analysis.detection.isReport).toBe(true);
      checkInvariants(blocks, analysis);
    }
  });

  it('deleting, duplicating and shuffling characters and lines never breaks an invariant', () => {
    fc.assert(
      fc.property(reportWindow, fc.array(mutation, { minLength: 1, maxLength: 8 }), (text, changes) => {
        const mutated = changes.reduce(mutate, text);
        const { blocks, analysis } = analyze(mutated);
        checkInvariants(blocks, analysis);
      }),
      params(Math.max(20, Math.floor(RUNS / 5))),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('mutate does what it says (a check of the fuzzer itself)', () => {
    expect(mutate('abcdef', { op: 'delete-chars', at: 0.34, length: 2 })).toBe('abef');
    expect(mutate('abcdef', { op: 'duplicate-chars', at: 0.5, length: 2 })).toBe('abcdedef');
    expect(mutate('a\nb\nc', { op: 'delete-lines', at: 0.4, count: 1 })).toBe('a\nc');
    expect(mutate('a\nb\nc', { op: 'duplicate-lines', at: 0, count: 2 })).toBe('a\nb\na\nb\nc');
    expect(mutate('a\nb\nc\nd', { op: 'shuffle-lines', seed: 7 }).split('\n').sort()).toEqual(['a', 'b', 'c', 'd']);
    const shuffled = mutate('abcdefgh', { op: 'shuffle-chars', at: 0, length: 8, seed: 3 });
    expect(Array.from(shuffled).sort().join('')).toBe('abcdefgh');
  });
});

describe('the engine in linear time (coarse guard, not a benchmark)', () => {
  it('eight times the input takes at most about twenty times as long', () => {
    // the largest report, cut to a size that keeps the test quick; repeated 8× it is still a report
    const base = reports.reduce((longest, text) => (text.length > longest.length ? text : longest), '').slice(0, 8000);
    const big = Array.from({ length: 8 }, () => base).join('\n');
    const time = (text: string) => {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        analyze(text);
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[1] ?? 0;
    };
    analyze(base); // warm up the JIT so the small input is not charged for compiling
    const small = time(base);
    const large = time(big);
    // a floor on the small time so timer noise on a tiny run cannot fail it
    expect(large, `1×: ${small.toFixed(1)} ms, 8×: ${large.toFixed(1)} ms`).toBeLessThanOrEqual(20 * Math.max(small, 5));
  });
});
