import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebarAction } from './harness/chromium';
import { seedPagePath } from './harness/paths';
import { chromiumLab } from './harness/lab';

const seed = seedPagePath();

interface ExportedMetric {
  id?: unknown;
  text?: unknown;
  kind?: unknown;
  headline?: unknown;
}

describe(`copying from the sidebar puts the export on the real clipboard (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  /** Clicks a copy button and returns what landed on the clipboard; a sentinel proves it was this click. */
  async function copyWith(action: string): Promise<string> {
    const sentinel = `report-lens-sentinel-${action}-${Date.now()}`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
    await sidebarAction(page, action).click({ timeout: 5_000 });
    await page.waitForFunction(
      async (previous) => (await navigator.clipboard.readText()) !== previous,
      sentinel,
      { timeout: 5_000, polling: 100 },
    );
    return page.evaluate(() => navigator.clipboard.readText());
  }

  it('copy-tsv: a header row naming the columns, rows of the same width, one holding 6.5%左右', async () => {
    const text = await copyWith('copy-tsv');
    const rows = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n').map((line) => line.split('\t'));
    const header = rows[0] ?? [];
    expect(header.length, 'tab-separated columns').toBeGreaterThan(1);
    for (const name of header) {
      expect(name.trim(), 'a header cell names its column').not.toBe('');
      expect(name, 'a header cell is a name, not a figure').not.toMatch(/^[\d.%\s]+$/);
    }
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBe(header.length);
    expect(rows.slice(1).some((row) => row.some((cell) => cell.includes('6.5%左右')))).toBe(true);
  });

  it('copy-json: report-lens/1 with the headline target 6.5%左右', async () => {
    const text = await copyWith('copy-json');
    const exported = JSON.parse(text) as { schema?: unknown; metrics?: ExportedMetric[] };
    expect(exported.schema).toBe('report-lens/1');
    expect(Array.isArray(exported.metrics)).toBe(true);
    const headline = (exported.metrics ?? []).find((metric) => metric.text === '6.5%左右');
    expect(headline, 'a metric with text 6.5%左右').toBeDefined();
    expect(headline?.kind).toBe('target');
    expect(headline?.headline).toBe(true);
    // the export and the page use the same ids
    const markIds = await page.evaluate(() =>
      Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.getAttribute('data-metric-id')),
    );
    const exportedIds = (exported.metrics ?? []).map((metric) => metric.id);
    expect([...new Set(exportedIds)].sort()).toEqual([...new Set(markIds)].sort());
  });

  it('copy-csv: RFC 4180 rows of the same width under a header, one holding 6.5%左右', async () => {
    const rows = parseCsv(await copyWith('copy-csv'));
    const header = rows[0] ?? [];
    expect(header.length).toBeGreaterThan(1);
    for (const name of header) expect(name.trim()).not.toBe('');
    for (const row of rows) expect(row.length).toBe(header.length);
    expect(rows.slice(1).some((row) => row.some((cell) => cell.includes('6.5%左右')))).toBe(true);
  });

  it('copy-markdown: a pipe table with a header and a separator row, one row holding 6.5%左右', async () => {
    const lines = (await copyWith('copy-markdown')).split(/\r?\n/).filter((line) => line.trim().startsWith('|'));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/);
    expect(lines.slice(2).some((line) => line.includes('6.5%左右'))).toBe(true);
  });
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
