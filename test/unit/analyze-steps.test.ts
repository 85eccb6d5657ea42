import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText, startAnalysis } from '../../src/core/analyze';
import { blocksFromText } from '../../src/core/text';

const REPORTS = resolve(import.meta.dirname, '../../seeds/reports');

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
