// The background's keeper over an in-memory IndexedDB: what it keeps, when,
// and what it tells the page, on the Hailar reports of 2014 and 2015.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { blocksFromText } from '../../../src/core/text';
import { libraryAnswer } from '../../../src/ext/library-keeper';
import { openLibrary } from '../../../src/ext/library-store';
import { repoPath } from '../../fixtures/paths';

const analysis = (folder: string) => {
  const text = readFileSync(repoPath('seeds/reports', folder, 'report.txt'), 'utf8');
  return analyzeReport(signalsFromText(text, folder), blocksFromText(text));
};
const hailar2014 = analysis('county-nm-hailar-2014-gwr');
const hailar2015 = analysis('county-nm-hailar-2015-gwr');
const kept = async () => (await (await openLibrary()).all()).map((record) => [record.year, record.url]);

describe('libraryAnswer: keeping a report read, and the notes beside its figures', () => {
  it('keeps nothing with keeping off, or on a site switched off; no notes from an empty library', async () => {
    expect(await libraryAnswer(hailar2014, 'http://a.example/2014', { ...DEFAULT_SETTINGS, keepReports: false })).toEqual({ notes: {}, kept: false });
    expect(await libraryAnswer(hailar2014, 'http://a.example/2014', { ...DEFAULT_SETTINGS, siteModes: { 'a.example': 'never' } })).toEqual({ notes: {}, kept: false });
    expect(await kept()).toEqual([]);
  });

  it('keeps the reports read; the next year\'s report hears of last year\'s targets', async () => {
    expect(await libraryAnswer(hailar2014, 'http://a.example/2014', DEFAULT_SETTINGS)).toEqual({ notes: {}, kept: true });
    const answer = await libraryAnswer(hailar2015, 'http://a.example/2015', DEFAULT_SETTINGS);
    expect(answer?.kept).toBe(true);
    const gdp = hailar2015.metrics.find((m) => m.headline && m.text === '8%');
    expect(answer?.notes[gdp?.id ?? '']).toMatchObject({ kind: 'last-year', target: { text: '11%' }, outcome: { text: '9.1%' }, status: 'missed' });
    expect(await kept()).toEqual([[2014, 'http://a.example/2014'], [2015, 'http://a.example/2015']]);
  });

  it('a report read again is one record; the library has no 2013 report, so 2014 gets no notes', async () => {
    const again = await libraryAnswer(hailar2014, 'http://a.example/2014', DEFAULT_SETTINGS);
    expect(again).toEqual({ notes: {}, kept: true });
    expect(await kept()).toHaveLength(2);
  });
});
