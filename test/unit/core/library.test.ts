// The library's pure parts: levels from names, which copies are one report,
// how copies merge, and the file a team shares.
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../../src/core/export';
import { exportDoc } from '../../fixtures/library-fixtures';
import { identityOf, levelOf, mergeRecords, recordOf, type LibraryRecord } from '../../../src/core/library';
import { libraryFile, LIBRARY_SCHEMA, readLibraryFile } from '../../../src/core/library-file';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();
const record = (doc: ExportDocument, first: number, last = first, id?: number): LibraryRecord => ({
  ...recordOf(doc, { firstSeen: at(first), lastSeen: at(last) }),
  ...(id === undefined ? {} : { id }),
});

describe('levelOf: the level of government a name says', () => {
  it.each([
    ['全国', 'national'],
    ['广东省', 'province'],
    ['西藏自治区', 'province'],
    ['上海市', 'province'], // a municipality
    ['三门峡市', 'city'],
    ['大兴安岭地区', 'city'],
    ['延边朝鲜族自治州', 'city'],
    ['锡林郭勒盟', 'city'],
    ['海拉尔区', 'county'],
    ['万载县', 'county'],
    ['鄂温克族自治旗', 'county'],
    ['利津县', 'county'],
  ])('%s is %s', (name, level) => {
    expect(levelOf(name)).toBe(level);
  });

  it('says nothing without a name, or for a name that says no level', () => {
    expect(levelOf(null)).toBeNull();
    expect(levelOf('呼伦贝尔')).toBeNull();
  });
});

describe('mergeRecords: a report read again replaces its older copy', () => {
  const doc2014 = exportDoc();

  it('adds a report the library does not hold', () => {
    const plan = mergeRecords([], [record(doc2014, 3)]);
    expect(plan).toMatchObject({ added: 1, replaced: 0, unchanged: 0, remove: [] });
    expect(plan.put).toHaveLength(1);
    expect('id' in (plan.put[0] as object)).toBe(false);
  });

  it('the same URL: the newer copy takes the old one\'s place and keeps its first sight', () => {
    const older = record(doc2014, 1, 2, 7);
    const plan = mergeRecords([older], [record(exportDoc({ title: '政府工作报告（修订）' }), 5)]);
    expect(plan).toMatchObject({ added: 0, replaced: 1, remove: [] });
    expect(plan.put).toEqual([expect.objectContaining({ id: 7, title: '政府工作报告（修订）', firstSeen: at(1), lastSeen: at(5) })]);
  });

  it('the same kind, jurisdiction, year and title at another address is the same report', () => {
    const older = record(doc2014, 1, 1, 7);
    const mirror = record(exportDoc({ url: 'https://bbs.example.cn/thread-1.html' }), 4);
    expect(mirror.identity).toBe(older.identity);
    const plan = mergeRecords([older], [mirror]);
    expect(plan.put).toEqual([expect.objectContaining({ id: 7, url: 'https://bbs.example.cn/thread-1.html', firstSeen: at(1) })]);
  });

  it('another year or another jurisdiction is another report', () => {
    const kept = [record(doc2014, 1, 1, 1)];
    const other = mergeRecords(kept, [record(exportDoc({ url: 'http://x/2015', year: 2015, title: '2015年海拉尔区政府工作报告' }), 2)]);
    expect(other.added).toBe(1);
    expect(identityOf(exportDoc({ jurisdiction: '满洲里市' }))).not.toBe(identityOf(doc2014));
  });

  it('a copy matching two kept ones (one by address, one by title) leaves one record', () => {
    const byUrl = record(exportDoc({ title: '旧标题' }), 1, 1, 1);
    const byTitle = record(exportDoc({ url: 'http://mirror/2014' }), 2, 2, 2);
    const plan = mergeRecords([byUrl, byTitle], [record(doc2014, 6)]);
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({ id: 1, firstSeen: at(1), lastSeen: at(6) });
    expect(plan.remove).toEqual([2]);
  });

  it('an imported copy older than the kept one changes nothing but an earlier first sight', () => {
    const kept = record(doc2014, 5, 9, 3);
    expect(mergeRecords([kept], [record(doc2014, 6, 8)])).toMatchObject({ put: [], remove: [], unchanged: 1 });
    const plan = mergeRecords([kept], [record(doc2014, 2, 8)]);
    expect(plan.put).toEqual([expect.objectContaining({ id: 3, firstSeen: at(2), lastSeen: at(9) })]);
    expect(plan.unchanged).toBe(1);
  });

  it('two copies of one report in the same import: the newer wins', () => {
    const plan = mergeRecords([], [record(doc2014, 1, 2), record(exportDoc({ url: 'http://mirror/2014' }), 1, 4)]);
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({ url: 'http://mirror/2014', lastSeen: at(4) });
    expect(plan).toMatchObject({ added: 1, replaced: 1 });
  });
});

describe('the library file', () => {
  const records = [record(exportDoc(), 1, 2, 4), record(exportDoc({ url: 'http://x/2015', year: 2015, title: '2015年海拉尔区政府工作报告' }), 3)];

  it('goes out and comes back as the same records, without the store\'s keys', () => {
    const file = libraryFile(records, at(10));
    expect(file.schema).toBe(LIBRARY_SCHEMA);
    expect(JSON.stringify(file)).not.toContain('"id":4');
    const read = readLibraryFile(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.records).toEqual(records.map(({ id: _id, ...rest }) => rest));
  });

  it('a byte-order mark in front (an editor saved it) is fine', () => {
    expect(readLibraryFile(`\uFEFF${JSON.stringify(libraryFile(records, at(10)))}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"schema": "report-lens-library/1", "reports": [', /^not JSON/],
    ['another kind of file', JSON.stringify({ schema: 'report-lens-ledger/1', rows: [] }), /no "schema": "report-lens-library\/1"/],
    ['reports not a list', JSON.stringify({ schema: LIBRARY_SCHEMA, reports: {} }), /"reports" is not a list/],
    ['a date missing', JSON.stringify({ schema: LIBRARY_SCHEMA, reports: [{ ...libraryFile(records, at(1)).reports[0], lastSeen: 'yesterday' }] }), /reports\[0\] has no firstSeen or lastSeen/],
  ])('refuses %s, saying what is wrong', (_what, text, problem) => {
    const read = readLibraryFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it('names the first figure that is not one', () => {
    const file = libraryFile(records, at(1));
    const broken = JSON.parse(JSON.stringify(file)) as { reports: { report: { metrics: Record<string, unknown>[] } }[] };
    (broken.reports[1]?.report.metrics[0] as Record<string, unknown>).value = '11';
    const read = readLibraryFile(JSON.stringify(broken));
    expect(read).toEqual({ ok: false, problem: 'reports[1].report.metrics[0].value is missing or not what a figure has' });
  });
});
