import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A text report of seeds/reports as the simplest page a portal would
 * serve: its title, and one <p> a line. */
export function textReportPage(folder: string, title: string): string {
  const text = readFileSync(join(repoRoot, 'seeds/reports', folder, 'report.txt'), 'utf8');
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><article>${paragraphs}</article></main></body></html>`;
}

/** The Hailar district's work reports of 2013–2015 (seeds/reports), three consecutive years of one jurisdiction. */
export const HAILAR_YEARS = [2013, 2014, 2015] as const;
export const hailarPath = (year: number) => `/ledger/hailar-${year}.html`;
export const hailarPage = (year: number) => textReportPage(`county-nm-hailar-${year}-gwr`, `${year}年海拉尔区政府工作报告`);
