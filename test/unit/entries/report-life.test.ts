import { describe, expect, it } from 'vitest';
import { lifeAfter, mayStart, type LifeEvent, type ReportLife } from '../../../src/entries/report-life';

type Life = ReportLife<string>;
const run = (events: LifeEvent<string>[], from: Life = { phase: 'waiting' }): Life => events.reduce(lifeAfter, from);

describe('the report stage’s life', () => {
  it('goes waiting → reading → shown, and stays shown when the reading is over', () => {
    expect(run([{ type: 'start' }])).toEqual({ phase: 'reading' });
    expect(run([{ type: 'start' }, { type: 'show', shown: 'report' }])).toEqual({ phase: 'shown', shown: 'report' });
    expect(run([{ type: 'start' }, { type: 'show', shown: 'report' }, { type: 'read' }])).toEqual({ phase: 'shown', shown: 'report' });
  });

  it('is done after a reading that found nothing, or a report stopped by an error', () => {
    expect(run([{ type: 'start' }, { type: 'read' }])).toEqual({ phase: 'done' });
    expect(run([{ type: 'start' }, { type: 'show', shown: 'report' }, { type: 'read' }, { type: 'stop' }])).toEqual({ phase: 'done' });
  });

  it('waits again once the report left, whether it was shown or still being read (a site switched off)', () => {
    expect(run([{ type: 'start' }, { type: 'show', shown: 'report' }, { type: 'stop' }, { type: 'left' }])).toEqual({ phase: 'waiting' });
    expect(run([{ type: 'start' }, { type: 'left' }])).toEqual({ phase: 'waiting' });
  });

  it('keeps what a nested start showed when the outer reading ends after it', () => {
    // switched off, the app moved on, the next report was read and shown, then the first reading returns
    const events: LifeEvent<string>[] = [{ type: 'start' }, { type: 'left' }, { type: 'start' }, { type: 'show', shown: 'next' }, { type: 'read' }, { type: 'read' }];
    expect(run(events)).toEqual({ phase: 'shown', shown: 'next' });
    // the next one was not started (another copy claimed the page): still waiting
    expect(run([{ type: 'start' }, { type: 'left' }, { type: 'read' }])).toEqual({ phase: 'waiting' });
  });

  it('ignores what does not apply: a second start while reading or shown, a show outside a reading', () => {
    expect(run([{ type: 'start' }, { type: 'start' }])).toEqual({ phase: 'reading' });
    const shown: Life = { phase: 'shown', shown: 'report' };
    expect(lifeAfter(shown, { type: 'start' })).toBe(shown);
    expect(run([{ type: 'show', shown: 'report' }])).toEqual({ phase: 'waiting' });
    expect(run([{ type: 'stop' }], { phase: 'reading' })).toEqual({ phase: 'reading' });
  });

  it.each([
    ['waiting', true, true],
    ['reading', false, false],
    ['shown', false, false],
    ['done', false, true],
  ] as const)('in %s: an automatic start %s, the reader’s request %s', (phase, automatic, asked) => {
    const life: Life = phase === 'shown' ? { phase, shown: 'report' } : { phase };
    expect(mayStart(life, false)).toBe(automatic);
    expect(mayStart(life, true)).toBe(asked);
  });
});
