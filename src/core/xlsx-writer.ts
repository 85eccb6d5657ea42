// A one-sheet Office Open XML workbook, written by hand: the parts Excel, WPS
// and LibreOffice need (content types, relationships, workbook, one style
// sheet with a bold header, one worksheet with inline strings) in a ZIP whose
// entries are deflated by the platform's own CompressionStream (browsers and
// Node ≥ 20.12), stored where there is none. It replaces a library that
// weighed 71 KB in the extension for this one job (README, "Decisions").

export type XlsxCell = string | number | boolean | null;

export interface XlsxSheet {
  /** the sheet's name as Excel shows it on its tab */
  name: string;
  /** the header row, written bold and kept in view */
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  /** each column's width in characters */
  widths: readonly number[];
}

/** Integers from here up show in exponent notation under Excel's General
 * format; they get the plain integer format instead. */
const GENERAL_DIGITS_LIMIT = 1e11;
/** Excel's limit for one cell's text. */
const MAX_CELL_CHARS = 32767;
/** Characters Excel forbids in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_SHEET_NAME = 31;

// styles.xml's cellXfs, by index: 0 plain, 1 bold header, 2 integer without exponent
const STYLE_HEADER = 1;
const STYLE_INTEGER = 2;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The workbook's bytes. */
export async function writeXlsx(sheet: XlsxSheet): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes()],
    ['_rels/.rels', packageRelationships()],
    ['xl/workbook.xml', workbook(sheetName(sheet.name))],
    ['xl/_rels/workbook.xml.rels', workbookRelationships()],
    ['xl/styles.xml', styles()],
    ['xl/worksheets/sheet1.xml', worksheet(sheet)],
  ];
  const entries = await Promise.all(parts.map(async ([path, xml]) => zipEntry(path, encoder.encode(xml))));
  return zip(entries);
}

function contentTypes(): string {
  const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${main}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${main}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${main}.styles+xml"/>` +
    '</Types>'
  );
}

function packageRelationships(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>'
  );
}

function workbook(name: string): string {
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

function workbookRelationships(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

function styles(): string {
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function worksheet(sheet: XlsxSheet): string {
  const cols = sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const header = row(1, sheet.header, STYLE_HEADER);
  const body = sheet.rows.map((cells, i) => row(i + 2, cells, 0)).join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    // the header row stays in view when the sheet scrolls
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols === '' ? '' : `<cols>${cols}</cols>`) +
    `<sheetData>${header}${body}</sheetData>` +
    '</worksheet>'
  );
}

function row(index: number, cells: readonly XlsxCell[], style: number): string {
  const written = cells.map((cell, column) => xmlCell(`${columnName(column)}${index}`, cell, style)).join('');
  return `<row r="${index}">${written}</row>`;
}

function xmlCell(ref: string, cell: XlsxCell, style: number): string {
  const styled = style === 0 ? '' : ` s="${style}"`;
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const integer = Number.isInteger(cell) && Math.abs(cell) >= GENERAL_DIGITS_LIMIT;
    return `<c r="${ref}"${integer ? ` s="${STYLE_INTEGER}"` : styled}><v>${cell}</v></c>`;
  }
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"${styled}><v>${cell ? 1 : 0}</v></c>`;
  const text = cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell;
  // xml:space keeps leading and trailing spaces, which Excel would drop
  return `<c r="${ref}" t="inlineStr"${styled}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A, B, … Z, AA, AB, … for the 0-based column. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_FORBIDDEN, ' ').trim().slice(0, MAX_SHEET_NAME);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Text as XML character data: markup escaped, and the control characters
 * XML 1.0 cannot hold at all dropped (page text can carry them). */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// --- ZIP (APPNOTE 6.3: local headers, central directory, end record) ---

interface ZipEntry {
  path: string;
  /** 0 stored, 8 deflated */
  method: number;
  crc: number;
  size: number;
  /** the bytes as written: compressed when method is 8 */
  data: Uint8Array;
}

const STORED = 0;
const DEFLATED = 8;

async function zipEntry(path: string, data: Uint8Array): Promise<ZipEntry> {
  const crc = crc32(data);
  const deflated = await deflateRaw(data);
  return deflated && deflated.length < data.length
    ? { path, method: DEFLATED, crc, size: data.length, data: deflated }
    : { path, method: STORED, crc, size: data.length, data };
}

/** Raw DEFLATE by the platform, or null where it has none. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null; // an engine without deflate-raw: store instead
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00 in MS-DOS form: the entries carry no meaningful time, and
 * a fixed one makes the same table give the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11 of the flags: names are UTF-8. */
const UTF8_NAMES = 0x0800;

function zip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const { crc, size, method } = entry;
    const written = entry.data.length;
    const local = new Uint8Array(30 + name.length + written);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed: 2.0
    lv.setUint16(6, UTF8_NAMES, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, written, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(entry.data, 30 + name.length);
    locals.push(local);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // made by
    cv.setUint16(6, 20, true); // needed
    cv.setUint16(8, UTF8_NAMES, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, written, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
