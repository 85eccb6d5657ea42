// A column the export adds (the lead's base and scope, or any later one)
// appears in the batch table without a change there: the export's column
// list here gets two more, as it will.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { analyzeReport, signalsFromText } from '../../../src/core/analyze';
import { reportTable } from '../../../src/core/report-table';
import { blocksFromText } from '../../../src/core/text';
import { repoPath } from '../../fixtures/paths';

vi.mock('../../../src/core/export', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/export')>();
  return { ...real, TABLE_COLUMNS: [...real.TABLE_COLUMNS, 'base', 'scope', 'not_a_field'] };
});

describe('columns added to the export flow into the batch table', () => {
  it('fills a new column from the metric field of that name, and leaves one without a field empty', () => {
    const text = readFileSync(repoPath('seeds/reports/cn-national-2025-gwr/report.txt'), 'utf8');
    const analysis = analyzeReport(signalsFromText(text), blocksFromText(text));
    const first = analysis.metrics[0];
    if (!first) throw new Error('no metric');
    const metrics = [{ ...first, base: '上年', scope: '按不变价格计算' }, { ...first, id: 'm2', base: undefined, scope: undefined }];
    const table = reportTable([{ source: 'a.txt', url: '', analysis: { ...analysis, metrics } }], { sourceColumns: true });
    expect(table.columns.slice(-3)).toEqual(['base', 'scope', 'not_a_field']);
    expect(table.rows.map((row) => row.slice(-3))).toEqual([
      ['上年', '按不变价格计算', ''],
      ['', '', ''],
    ]);
  });
});
