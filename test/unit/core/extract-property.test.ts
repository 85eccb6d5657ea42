import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../src/core/extract';
import { findFigures } from '../../../src/core/figures';
import type { Block, Detection, OutlineNode } from '../../../src/core/types';

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 200;

/** Characters these reports are made of, so that random strings hit the
 * interesting paths (numbers, units, qualifiers, ranges, brackets) often. */
const REPORT_ALPHABET = [
  ...'0123456789０１２３４５６７８９.．,，、。；;：:%％‰-－~～至到 \u3000',
  ...'零〇一二两三四五六七八九十百千万亿点成倍',
  '个百分点', '亿元', '万亩', '万人', '人次', '公里', '平方米', '千瓦时', '个月', '年', '月', '日',
  '左右', '以上', '以内', '以下', '约', '近', '不低于', '不超过', '控制在', '力争', '多', '余',
  '增长', '下降', '比上年', '同比', '地区生产总值', '主要预期目标是：', '第', '[2]', '［', '］',
  '（一）', '一、', '“', '”', 'G', 'PM', '\n',
];

const reportLikeText = fc
  .array(fc.constantFrom(...REPORT_ALPHABET), { maxLength: 80 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(reportLikeText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }));

const detections: Detection[] = [
  { isReport: true, kind: 'work-report', title: '', jurisdiction: null, year: 2025, score: 1 },
  { isReport: true, kind: 'statistical-communique', title: '', jurisdiction: null, year: 2022, score: 1 },
  { isReport: false, kind: null, title: '', jurisdiction: null, year: null, score: 0 },
];

function outlineFor(blocks: Block[]): OutlineNode[] {
  // a heading on every third block, alternating review and plan titles
  const nodes: OutlineNode[] = [];
  for (let b = 0; b < blocks.length; b += 3) {
    const title = nodes.length % 2 === 0 ? '2024年工作回顾' : '2025年工作安排';
    nodes.push({ id: `s${nodes.length + 1}`, level: 1, label: '一、', title, block: b, start: 0, end: 0, children: [] });
  }
  return nodes;
}

describe('findFigures on any text', () => {
  it('returns ordered, non-overlapping spans whose text is the slice at their offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const f of findFigures(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.leadStart).toBeLessThanOrEqual(f.start);
          expect(Number.isFinite(f.value)).toBe(true);
          previousEnd = f.end;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('extractMetrics on any blocks', () => {
  it('never throws; every metric is the slice of its block at its offsets, in order, without overlaps', () => {
    fc.assert(
      fc.property(
        fc.array(anyText, { maxLength: 8 }),
        fc.constantFrom(...detections),
        fc.boolean(),
        (texts, detection, withOutline) => {
          const blocks = texts.map((text) => ({ text }));
          const metrics = extractMetrics(blocks, withOutline ? outlineFor(blocks) : [], detection);
          let previous = { block: -1, end: 0 };
          metrics.forEach((m, i) => {
            expect(m.id).toBe(`m${i + 1}`);
            expect(blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
            if (m.block === previous.block) expect(m.start).toBeGreaterThanOrEqual(previous.end);
            else expect(m.block).toBeGreaterThan(previous.block);
            expect(m.sentence.length).toBeLessThanOrEqual(200);
            if (detection.kind === 'statistical-communique') expect(m.kind).toBe('actual');
            previous = { block: m.block, end: m.end };
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('handles large and hostile single blocks without throwing', () => {
    const hostile = [
      '1'.repeat(200_000),
      '1 '.repeat(100_000),
      '一'.repeat(100_000),
      '[2]'.repeat(50_000),
      '（'.repeat(100_000),
      '6%－'.repeat(50_000),
      '增长5%左右，'.repeat(20_000),
      '\u0000\uffff\ud800'.repeat(30_000),
    ];
    for (const text of hostile) {
      const metrics = extractMetrics([{ text }], [], detections[0] as Detection);
      for (const m of metrics) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    // a correctness check over ~1.5 MB of text, not a timing one: on a busy
    // shared machine it needs room beyond vitest's default 5 s
  }, 60_000);
});
