// The hand-written workbook writer: read back by a reader library (as Excel
// would open it), its parts checked where readers are lenient, and its ZIP
// checked byte for byte against the format's own rules.
import { inflateSync, strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { columnName, crc32, writeXlsx, type XlsxSheet } from '../../../src/core/xlsx-writer';

const sheet: XlsxSheet = {
  name: 'metrics',
  header: ['indicator', 'value', 'unit', 'headline', 'sentence'],
  rows: [
    ['地区生产总值', 5, '%', true, '地区生产总值增长5%左右'],
    ['一般公共预算收入', 1313726, '万元', false, '收入 <完成> & "超过" 预算'],
    ['=1+1', 123456789012, null, false, '  leading and trailing spaces  '],
    ['控制\u0001字符', -2.5, '', null, 'x'],
  ],
  widths: [24, 12, 8, 10, 60],
};

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

describe('writeXlsx', () => {
  it('is read back by read-excel-file with numbers as numbers, booleans as booleans, text as written', async () => {
    // trim: false, to see the spaces the file keeps, as Excel shows them
    const [read] = await readXlsxFile(Buffer.from(await writeXlsx(sheet)), { trim: false });
    expect(read?.sheet).toBe('metrics');
    expect(read?.data).toEqual([
      ['indicator', 'value', 'unit', 'headline', 'sentence'],
      ['地区生产总值', 5, '%', true, '地区生产总值增长5%左右'],
      ['一般公共预算收入', 1313726, '万元', false, '收入 <完成> & "超过" 预算'],
      ['=1+1', 123456789012, null, false, '  leading and trailing spaces  '],
      ['控制字符', -2.5, null, null, 'x'],
    ]);
  });

  it('writes no formula, keeps the header bold and in view, the widths and a plain format for long integers', async () => {
    const files = parts(await writeXlsx(sheet));
    const worksheet = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(worksheet).not.toContain('<f>');
    expect(worksheet).toContain('<c r="A1" t="inlineStr" s="1">');
    expect(worksheet).toContain('state="frozen"');
    expect(worksheet).toContain('<col min="5" max="5" width="60" customWidth="1"/>');
    expect(worksheet).toContain('<c r="B4" s="2"><v>123456789012</v></c>');
    expect(files['xl/styles.xml']).toContain('<font><b/>');
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
  });

  it('makes a sheet name Excel accepts', async () => {
    const named = async (name: string) => parts(await writeXlsx({ ...sheet, name }))['xl/workbook.xml'] ?? '';
    expect(await named('a/b:c[d]*e?')).toContain('name="a b c d  e"');
    expect(await named('x'.repeat(40))).toContain(`name="${'x'.repeat(31)}"`);
    expect(await named('  ')).toContain('name="Sheet1"');
    expect(await named('目标 & 结果')).toContain('name="目标 &amp; 结果"');
  });

  it('gives the same bytes for the same table', async () => {
    expect(await writeXlsx(sheet)).toEqual(await writeXlsx(sheet));
  });
});

describe('the ZIP around it', () => {
  it('computes the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes each entry, stored or deflated, with a CRC of its bytes and a central directory that points at it', async () => {
    const bytes = await writeXlsx({ ...sheet, rows: Array.from({ length: 50 }, () => sheet.rows[0] ?? []) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const endAt = bytes.length - 22;
    expect(view.getUint32(endAt, true)).toBe(0x06054b50);
    const count = view.getUint16(endAt + 10, true);
    let central = view.getUint32(endAt + 16, true);
    expect(count).toBe(6);
    const methods: number[] = [];
    for (let i = 0; i < count; i++) {
      expect(view.getUint32(central, true)).toBe(0x02014b50);
      const method = view.getUint16(central + 10, true);
      const crc = view.getUint32(central + 16, true);
      const written = view.getUint32(central + 20, true);
      const size = view.getUint32(central + 24, true);
      const nameLength = view.getUint16(central + 28, true);
      const local = view.getUint32(central + 42, true);
      expect(view.getUint32(local, true)).toBe(0x04034b50);
      expect(view.getUint16(local + 8, true)).toBe(method);
      const localNameLength = view.getUint16(local + 26, true);
      const stored = bytes.subarray(local + 30 + localNameLength, local + 30 + localNameLength + written);
      const data = method === 8 ? inflateSync(stored) : stored;
      expect(data.length).toBe(size);
      expect(crc32(data)).toBe(crc);
      methods.push(method);
      central += 46 + nameLength;
    }
    // the worksheet, fifty rows of the same words, is deflated
    expect(methods).toContain(8);
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i is %s', (column, name) => {
    expect(columnName(column)).toBe(name);
  });
});
