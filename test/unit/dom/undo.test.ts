// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { combineUndos, setAttribute } from '../../../src/dom/undo';

describe('setAttribute', () => {
  it('removes an attribute the element did not have', () => {
    const el = document.createElement('div');
    const undo = setAttribute(el, 'data-x', '1');
    expect(el.getAttribute('data-x')).toBe('1');
    undo();
    expect(el.hasAttribute('data-x')).toBe(false);
  });

  it('restores the previous value, also an empty one', () => {
    const el = document.createElement('div');
    el.setAttribute('class', '');
    const undo = setAttribute(el, 'class', 'reading');
    undo();
    expect(el.getAttribute('class')).toBe('');
  });

  it('runs once: a second call does not overwrite later changes', () => {
    const el = document.createElement('div');
    const undo = setAttribute(el, 'title', 'a');
    undo();
    el.setAttribute('title', 'later');
    undo();
    expect(el.getAttribute('title')).toBe('later');
  });
});

describe('combineUndos', () => {
  it('runs in reverse order, each once', () => {
    const order: number[] = [];
    const undo = combineUndos([() => order.push(1), () => order.push(2), () => order.push(3)]);
    undo();
    undo();
    expect(order).toEqual([3, 2, 1]);
  });

  it('keeps going past a failing undo and rethrows the first error', () => {
    const order: number[] = [];
    const undo = combineUndos([
      () => order.push(1),
      () => {
        throw new Error('first');
      },
      () => {
        throw new Error('second');
      },
      () => order.push(4),
    ]);
    expect(undo).toThrow('second');
    expect(order).toEqual([4, 1]);
  });
});
