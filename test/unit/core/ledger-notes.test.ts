// The sidebar's notes from the library, on the Hailar work reports of
// 2013–2015 (seeds/reports), whose targets and results were checked by
// reading: the 2014 report set 地区生产总值增长11%，达到282亿元; the 2015
// report's review gives 地区生产总值完成274.4亿元，同比增长9.1%.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { ledgerNotes, type IdentifiedReport } from '../../../src/core/ledger-notes';
import { blocksFromText } from '../../../src/core/text';
import { repoPath } from '../../fixtures/paths';

function report(folder: string): IdentifiedReport {
  const text = readFileSync(repoPath('seeds/reports', folder, 'report.txt'), 'utf8');
  const { detection, metrics } = analyzeReport(signalsFromText(text, folder), blocksFromText(text));
  return { source: folder, title: detection.title, jurisdiction: detection.jurisdiction, year: detection.year, kind: detection.kind, metrics };
}

const hailar2013 = report('county-nm-hailar-2013-gwr');
const hailar2014 = report('county-nm-hailar-2014-gwr');
const hailar2015 = report('county-nm-hailar-2015-gwr');

function noteFor(notes: ReturnType<typeof ledgerNotes>, current: IdentifiedReport, kind: 'target' | 'actual', text: string) {
  const metric = current.metrics.find((m) => m.kind === kind && m.text === text && (kind === 'actual' || m.headline));
  if (!metric) throw new Error(`no ${kind} ${text}`);
  return notes[metric.id];
}

describe('ledgerNotes: last year beside this year', () => {
  const notes = ledgerNotes(hailar2015, [hailar2013, hailar2014]);

  it('beside a headline target: last year\'s target of the same measure, and how it turned out', () => {
    expect(noteFor(notes, hailar2015, 'target', '8%')).toEqual({
      kind: 'last-year', year: 2014, target: { text: '11%', qualifier: 'exact' }, outcome: { text: '9.1%' }, status: 'missed',
    });
    // the level target of the same indicator meets last year's level target, not its growth
    expect(noteFor(notes, hailar2015, 'target', '296亿元')).toMatchObject({ target: { text: '282亿元' }, outcome: { text: '274.4亿元' } });
    expect(noteFor(notes, hailar2015, 'target', '12%')).toMatchObject({ target: { text: '20%' }, outcome: { text: '33.5%' }, status: 'exceeded' });
  });

  it('农民人均纯收入 meets last year\'s target under the same name', () => {
    expect(noteFor(notes, hailar2015, 'target', '11%')).toMatchObject({ target: { text: '14%' }, outcome: { text: '13.6%' } });
  });

  it('no note for a target whose indicator last year\'s report did not set (公共财政预算收入 in 2015, 财政总收入 in 2014)', () => {
    expect(noteFor(notes, hailar2015, 'target', '14.6亿元')).toBeUndefined();
  });

  it('beside a result of the review: the target it answers', () => {
    expect(noteFor(notes, hailar2015, 'actual', '9.1%')).toEqual({
      kind: 'answers', year: 2014, target: { text: '11%', qualifier: 'exact' }, outcome: { text: '9.1%' }, status: 'missed',
    });
    expect(noteFor(notes, hailar2015, 'actual', '274.4亿元')).toMatchObject({ target: { text: '282亿元' } });
  });

  it('without last year\'s report, a headline target gets no note; results answer the year before if it is there', () => {
    const only2013 = ledgerNotes(hailar2015, [hailar2013]);
    expect(noteFor(only2013, hailar2015, 'target', '8%')).toBeUndefined();
    expect(Object.values(only2013).every((n) => n.kind === 'answers' || n.year === 2014)).toBe(true);
  });

  it('nothing at all when the library has nothing, or only other jurisdictions', () => {
    expect(ledgerNotes(hailar2015, [])).toEqual({});
    expect(ledgerNotes(hailar2015, [{ ...hailar2014, jurisdiction: '满洲里市' }])).toEqual({});
    expect(ledgerNotes({ ...hailar2015, jurisdiction: null }, [hailar2014])).toEqual({});
  });
});
