import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStage } from '../../../src/entries/load-stage';

describe('loadStage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads once when the first try works', async () => {
    const load = vi.fn(() => Promise.resolve('stage'));
    await expect(loadStage(load)).resolves.toBe('stage');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries once more, a moment later, when the first load fails', async () => {
    vi.useFakeTimers();
    const load = vi.fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('error loading dynamically imported module'))
      .mockResolvedValueOnce('stage');
    const loading = loadStage(load);
    await vi.advanceTimersByTimeAsync(299);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(loading).resolves.toBe('stage');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second failure, with its error', async () => {
    vi.useFakeTimers();
    const load = vi.fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('first'))
      .mockRejectedValueOnce(new Error('second'));
    const loading = loadStage(load);
    const settled = expect(loading).rejects.toThrow('second');
    await vi.advanceTimersByTimeAsync(300);
    await settled;
    expect(load).toHaveBeenCalledTimes(2);
  });
});
