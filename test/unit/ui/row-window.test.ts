import { describe, expect, it } from 'vitest';
import { rowOffset, rowWindow, scrollToShow } from '../../../src/ui/row-window';

const even = () => 30;

describe('rowWindow', () => {
  it('renders the rows in view and a margin, spacers standing for the rest', () => {
    // 1000 rows of 30 px, a 600 px view scrolled to 3000 px, 300 px of margin
    const window = rowWindow(1000, even, 3000, 600, 300);
    expect(window.start).toBe(90); // 2700 / 30
    expect(window.end).toBe(130); // (3000 + 600 + 300) / 30
    expect(window.before).toBe(2700);
    expect(window.after).toBe((1000 - 130) * 30);
    expect(window.before + (window.end - window.start) * 30 + window.after).toBe(30_000);
  });

  it('at the top starts at the first row; at the end stops at the last', () => {
    expect(rowWindow(1000, even, 0, 600, 300)).toMatchObject({ start: 0, end: 30, before: 0 });
    const end = rowWindow(1000, even, 29_400, 600, 300);
    expect(end).toMatchObject({ end: 1000, after: 0 });
  });

  it('a short table is all there', () => {
    expect(rowWindow(8, even, 0, 600, 300)).toEqual({ start: 0, end: 8, before: 0, after: 0 });
    expect(rowWindow(0, even, 0, 600, 300)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('follows rows of different heights', () => {
    const heights = [20, 100, 20, 20, 100, 20];
    const window = rowWindow(heights.length, (i) => heights[i] ?? 0, 130, 30, 0);
    // rows 0–1 end at 120, row 2 ends at 140: the view 130–160 shows rows 2 and 3
    expect(window).toEqual({ start: 2, end: 4, before: 120, after: 120 });
  });

  it('scrolled past the end still renders a row', () => {
    expect(rowWindow(3, even, 5000, 600, 0)).toMatchObject({ start: 3, end: 3 });
    expect(rowWindow(3, even, 5000, 600, 0).before).toBe(90);
  });
});

describe('rowOffset and scrollToShow', () => {
  it('moves the least that shows the row', () => {
    expect(rowOffset(10, even)).toBe(300);
    // above the view: its top at the top
    expect(scrollToShow(300, 30, 600, 400)).toBe(300);
    // below: its bottom at the bottom
    expect(scrollToShow(1200, 30, 600, 400)).toBe(830);
    // in view: no movement
    expect(scrollToShow(700, 30, 600, 400)).toBe(600);
  });
});
