import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInSlices, analyzeReport, signalsFromText, startAnalysis } from '../../../src/core/analyze';
import { blocksFromText } from '../../../src/core/text';
import { repoPath } from '../../fixtures/paths';

const REPORTS = repoPath('seeds/reports');

describe('startAnalysis', () => {
  it('gives analyzeReport\'s result however small the steps (one block each) on every corpus report', () => {
    for (const name of readdirSync(REPORTS)) {
      const text = readFileSync(join(REPORTS, name, 'report.txt'), 'utf8');
      const signals = signalsFromText(text, name);
      const blocks = blocksFromText(text);
      const whole = analyzeReport(signals, blocks);
      const analysis = startAnalysis(signals, blocks);
      let steps = 0;
      let done = analysis.step(() => false);
      while (!done) {
        steps += 1;
        done = analysis.step(() => false);
      }
      expect(done, name).toEqual(whole);
      if (whole.detection.isReport) expect(steps, name).toBeGreaterThan(1);
    }
  });
});

describe('analyzeInSlices', () => {
  it('pauses between slices and gives analyzeReport\'s result', async () => {
    const name = 'gd-province-2025-gwr';
    const text = readFileSync(join(REPORTS, name, 'report.txt'), 'utf8');
    const signals = signalsFromText(text, name);
    const blocks = blocksFromText(text);
    // a clock that moves 1 ms per reading: each slice of 5 ms ends after a few readings
    let clock = 0;
    let pauses = 0;
    const analysis = await analyzeInSlices(signals, blocks, { sliceMs: 5, now: () => clock++, pause: async () => void pauses++ });
    expect(analysis).toEqual(analyzeReport(signals, blocks));
    expect(pauses).toBeGreaterThan(10);
  });
});
