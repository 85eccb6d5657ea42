import { describe, expect, it } from 'vitest';
import { createFailsafe } from '../../../src/dom/failsafe';

describe('failsafe', () => {
  it('on the first exception runs every cleanup, last first, and reports once', () => {
    const order: string[] = [];
    const reports: unknown[] = [];
    const failsafe = createFailsafe((error) => reports.push(error));
    failsafe.onCleanup(() => order.push('annotation'));
    failsafe.onCleanup(() => {
      order.push('sidebar');
      throw new Error('cleanup fails too');
    });
    failsafe.onCleanup(() => order.push('listeners'));
    const handler = failsafe.guard((value: number) => {
      if (value > 1) throw new Error(`bad ${value}`);
    });
    handler(1);
    expect(failsafe.failed).toBe(false);
    handler(2);
    handler(3);
    expect(failsafe.failed).toBe(true);
    expect(order).toEqual(['listeners', 'sidebar', 'annotation']);
    expect(reports).toHaveLength(1);
    expect((reports[0] as Error).message).toBe('bad 2');
  });

  it('guarded callbacks do nothing once it has failed', () => {
    const failsafe = createFailsafe(() => {});
    let calls = 0;
    const handler = failsafe.guard(() => calls++);
    failsafe.fail(new Error('x'));
    handler();
    expect(calls).toBe(0);
  });

  it('end() runs the same cleanups, last first, once, and reports nothing; a later failure changes nothing', () => {
    const order: string[] = [];
    const reports: unknown[] = [];
    const failsafe = createFailsafe((error) => reports.push(error));
    failsafe.onCleanup(() => order.push('annotation'));
    failsafe.onCleanup(() => order.push('sidebar'));
    let calls = 0;
    const handler = failsafe.guard(() => calls++);
    failsafe.end();
    failsafe.end();
    failsafe.fail(new Error('after the end'));
    handler();
    expect(order).toEqual(['sidebar', 'annotation']);
    expect(reports).toEqual([]);
    expect(failsafe.failed).toBe(false);
    expect(failsafe.over).toBe(true);
    expect(calls).toBe(0);
  });
});
