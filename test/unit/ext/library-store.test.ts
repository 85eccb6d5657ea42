// The library's IndexedDB store, on fake-indexeddb (an in-memory IndexedDB;
// the end-to-end tests run the same code on the browsers' own).
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordOf, type LibraryRecord } from '../../../src/core/library';
import { LibraryError, openLibrary, type LibraryStore } from '../../../src/ext/library-store';
import { exportDoc } from '../../fixtures/library-fixtures';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();
const read = (doc = exportDoc(), day = 1): LibraryRecord => recordOf(doc, { firstSeen: at(day), lastSeen: at(day) });
const doc2015 = exportDoc({ url: 'http://www.hailar.gov.cn/2015.html', year: 2015, title: '2015年海拉尔区政府工作报告' });

describe('the library store', () => {
  let factory: IDBFactory;
  let library: LibraryStore;

  beforeEach(async () => {
    factory = new IDBFactory();
    library = await openLibrary(factory);
  });

  it('keeps a report read, and a report read again in its old copy\'s place', async () => {
    await library.keep(read(exportDoc(), 1));
    await library.keep(read(doc2015, 2));
    const again = await library.keep(read(exportDoc({ url: 'http://www.hailar.gov.cn/2014.html#top' }), 5));
    expect(again).toMatchObject({ replaced: 1, added: 0 });
    const all = await library.all();
    expect(all.map((r) => [r.year, r.firstSeen, r.lastSeen])).toEqual([[2014, at(1), at(5)], [2015, at(2), at(2)]]);
    expect(new Set(all.map((r) => r.id)).size).toBe(2);
  });

  it('finds a jurisdiction\'s reports, and nothing of another', async () => {
    await library.keep(read(exportDoc(), 1));
    await library.keep(read(exportDoc({ url: 'http://x/mzl', jurisdiction: '满洲里市', title: '2014年满洲里市政府工作报告' }), 1));
    expect((await library.ofJurisdiction('海拉尔区')).map((r) => r.title)).toEqual(['2014年海拉尔区政府工作报告']);
    expect(await library.ofJurisdiction('上海市')).toEqual([]);
  });

  it('merges an import in one go: new copies added, newer ones replace, older ones change nothing', async () => {
    await library.keep(read(exportDoc(), 3));
    const plan = await library.merge([read(exportDoc(), 2), read(doc2015, 4)]);
    expect(plan).toMatchObject({ added: 1, unchanged: 1, replaced: 0 });
    const all = await library.all();
    expect(all.map((r) => [r.year, r.firstSeen, r.lastSeen])).toEqual([[2014, at(2), at(3)], [2015, at(4), at(4)]]);
  });

  it('deletes one report, or all', async () => {
    await library.keep(read(exportDoc(), 1));
    await library.keep(read(doc2015, 1));
    const [first] = await library.all();
    await library.remove(first?.id ?? -1);
    expect((await library.all()).map((r) => r.year)).toEqual([2015]);
    await library.clear();
    expect(await library.all()).toEqual([]);
  });

  it('a failed write says why and leaves the library as it was: an import is all or nothing', async () => {
    await library.keep(read(exportDoc(), 1));
    const unstorable = { ...read(doc2015, 2), report: { ...doc2015, detection: { ...doc2015.detection, score: (() => 1) as unknown as number } } };
    const failure = await library.merge([read(exportDoc(), 9), unstorable]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibraryError);
    expect(String((failure as Error).message)).toMatch(/^the library could not be imported: DataCloneError/);
    expect((await library.all()).map((r) => [r.year, r.lastSeen])).toEqual([[2014, at(1)]]);
  });

  it('survives being opened again: what was kept is still there', async () => {
    await library.keep(read(exportDoc(), 1));
    library.close();
    library = await openLibrary(factory);
    expect(await library.all()).toHaveLength(1);
  });
});
