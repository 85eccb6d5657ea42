import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../../../src/core/analyze';
import type { Analysis, Block, PageSignals } from '../../../../src/core/types';
import { isReportReading, readReportPageWith } from '../../../../src/dom/read/page-reading';
import { readReportPage } from '../../../../src/dom/read/read-report-page';
import { readPageSignals } from '../../../../src/dom/read/signals';
import { parse } from '../../../fixtures/dom-fixtures';
import { repoPath } from '../../../fixtures/paths';

const TIBET = repoPath('seeds/pages/plain-tibet-2025/index.html');
const tibet = () => parse(readFileSync(TIBET, 'utf8'));

describe('readReportPageWith (the content script hands the engine to the background)', () => {
  it('gives the analyzer the page\'s signals and blocks, and reads as readReportPage does', async () => {
    const calls: { signals: PageSignals; blocks: Block[] }[] = [];
    const reading = await readReportPageWith(tibet(), async (signals, blocks) => {
      calls.push({ signals, blocks });
      return analyzeReport(signals, blocks);
    });
    const direct = readReportPage(tibet());
    expect(calls).toHaveLength(1);
    expect(isReportReading(reading)).toBe(true);
    expect(reading.analysis).toEqual(direct.analysis);
    expect(calls[0]?.blocks.map((block) => block.text)).toEqual(isReportReading(direct) ? direct.map.blocks.map((block) => block.text) : []);
  });

  it('uses signals the gate has just read instead of reading them again', async () => {
    const doc = tibet();
    const gateSignals = { ...readPageSignals(doc), title: '2025年西藏自治区政府工作报告（从闸门来）' };
    let seen: PageSignals | null = null;
    const reading = await readReportPageWith(doc, (signals, blocks) => {
      seen = signals;
      return analyzeReport(signals, blocks);
    }, { signals: gateSignals });
    expect(seen).toMatchObject({ title: gateSignals.title });
    expect(reading.signals.title).toBe(gateSignals.title);
  });

  it('does not call the analyzer where the page has no report body', async () => {
    let called = false;
    const reading = await readReportPageWith(parse('<title>空</title><body><nav><a href="/">首页</a></nav></body>'), (): Analysis => {
      called = true;
      throw new Error('not expected');
    });
    expect(called).toBe(false);
    expect(isReportReading(reading)).toBe(false);
  });

  it('passes on what the analyzer throws (the content script then runs the engine in the page)', async () => {
    await expect(readReportPageWith(tibet(), () => Promise.reject(new Error('no background')))).rejects.toThrow('no background');
  });
});
