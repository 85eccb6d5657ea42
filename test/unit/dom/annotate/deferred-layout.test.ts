import { describe, expect, it } from 'vitest';
import { parse, required } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import {
  DEFER_ATTRIBUTE,
  deferOffscreenLayout,
  deferredLayoutCss,
  layoutUnits,
  type LayoutClock,
} from '../../../../src/dom/annotate/deferred-layout';
import { READER_VIEW_CSS } from '../../../../src/dom/annotate/reader-view';

const LINE = '各位代表：现在，我代表市人民政府向大会报告工作，请予审议。'; // 29 characters

function report(paragraphs: number, chars = 120): string {
  const text = LINE.repeat(Math.ceil(chars / LINE.length)).slice(0, chars);
  return `<body><div id="root">${Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">${i}${text}</p>`).join('')}</div></body>`;
}

/** A clock under the test's hand: tasks queue until run, and laying out
 * costs 1 ms per 100 characters settled since the last layout. */
function manualClock(doc: Document, viewportHeight = 900) {
  let time = 0;
  const idle: ((idleMs: number) => void)[] = [];
  const tasks: (() => void)[] = [];
  const root = required(doc.getElementById('root'));
  const layouts: number[] = [];
  let laidOut = new Set<Element>();
  const pendingChars = () => {
    let chars = 0;
    for (const p of root.querySelectorAll('p')) {
      if (!p.hasAttribute(DEFER_ATTRIBUTE) && !laidOut.has(p)) chars += (p.textContent ?? '').length;
    }
    return chars;
  };
  const original = root.getBoundingClientRect.bind(root);
  root.getBoundingClientRect = () => {
    const cost = pendingChars() / 100;
    layouts.push(cost);
    time += cost;
    laidOut = new Set([...root.querySelectorAll('p')].filter((p) => !p.hasAttribute(DEFER_ATTRIBUTE)));
    return original();
  };
  const clock: LayoutClock = {
    now: () => time,
    whenIdle(step) {
      idle.push(step);
      return () => idle.splice(idle.indexOf(step), 1);
    },
    nextTask(step) {
      tasks.push(step);
      return () => tasks.splice(tasks.indexOf(step), 1);
    },
    viewportHeight: () => viewportHeight,
  };
  return {
    clock,
    layouts,
    idle,
    tasks,
    /** runs the queued idle steps, each with `idleMs`; the ms each took */
    runIdle(idleMs = 50): number[] {
      const spent: number[] = [];
      for (const step of idle.splice(0)) {
        const start = time;
        step(idleMs);
        spent.push(time - start);
      }
      return spent;
    },
    runTasks(): number {
      let count = 0;
      while (tasks.length > 0) {
        tasks.shift()?.();
        count++;
      }
      return count;
    },
  };
}

function deferred(root: Element): string[] {
  return [...root.querySelectorAll(`[${DEFER_ATTRIBUTE}]`)].map((el) => el.id);
}

describe('layoutUnits', () => {
  it('takes each block element, the outermost table or list below the root, and no lines of the root itself', () => {
    const doc = parse(
      '<body><div id="root">开头一行<br>第二行<p id="a">第一段文字</p>' +
        '<div id="lines">甲行<br>乙行</div>' +
        '<table id="t"><tr><td>表格<table><tr><td>内表</td></tr></table></td></tr></table>' +
        '<ol id="list"><li>一项</li><li>二项</li></ol>' +
        '<div id="outer">外层文字<p id="inner">内层段落</p></div></div></body>',
    );
    const units = layoutUnits(readBlocks(required(doc.getElementById('root'))));
    expect(units.map((unit) => unit.element.id)).toEqual(['a', 'lines', 't', 'list', 'inner']);
    expect(units.find((unit) => unit.element.id === 'lines')).toMatchObject({ chars: 4, lines: 2 });
  });

  it('estimates lines at 40 characters', () => {
    const doc = parse(report(1, 81));
    const [unit] = layoutUnits(readBlocks(required(doc.getElementById('root'))));
    // 82 characters with the paragraph's number
    expect(unit?.lines).toBe(3);
  });
});

describe('the reading view sheet', () => {
  it('defers blocks with content-visibility and gives every estimate a height', () => {
    const css = deferredLayoutCss('.scope');
    expect(css).toContain(`.scope [${DEFER_ATTRIBUTE}] { content-visibility: auto !important;`);
    expect(css).toContain(`.scope [${DEFER_ATTRIBUTE}="1"] { contain-intrinsic-block-size: auto 1.9em !important; }`);
    expect(css).toContain(`.scope [${DEFER_ATTRIBUTE}="40"] { contain-intrinsic-block-size: auto 76em !important; }`);
    expect(READER_VIEW_CSS).toContain('content-visibility: auto');
  });
});

describe('deferOffscreenLayout', () => {
  it('marks every block with its estimate and undoes exactly', () => {
    const doc = parse(report(30, 100));
    const before = doc.body.outerHTML;
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock });
    expect(layout.pending).toBe(30);
    expect(root.querySelector('#p3')?.getAttribute(DEFER_ATTRIBUTE)).toBe('3');
    time.runIdle(5);
    expect(layout.pending).toBeGreaterThan(0);
    expect(layout.pending).toBeLessThan(30);
    layout.undo();
    expect(doc.body.outerHTML).toBe(before);
    // nothing left running after the undo
    expect(time.idle).toHaveLength(0);
    layout.undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('keeps a value the page had on the attribute', () => {
    const doc = parse(`<body><div id="root"><p id="own" ${DEFER_ATTRIBUTE}="page">段落文字</p></div></body>`);
    const before = doc.body.outerHTML;
    const layout = deferOffscreenLayout(doc, readBlocks(required(doc.getElementById('root'))), { clock: manualClock(doc).clock });
    expect(doc.getElementById('own')?.getAttribute(DEFER_ATTRIBUTE)).toBe('1');
    layout.undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('lays the blocks out in the background in short tasks until none waits', () => {
    const doc = parse(report(200, 300));
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock, backgroundSliceMs: 12 });
    const spent: number[] = [];
    for (let round = 0; round < 200 && time.idle.length > 0; round++) spent.push(...time.runIdle(50));
    expect(layout.pending).toBe(0);
    expect(deferred(root)).toEqual([]);
    // 600 ms of layout in all, never more than a slice and one chunk in a task
    expect(spent.length).toBeGreaterThan(20);
    expect(Math.max(...spent)).toBeLessThan(30);
    // the first chunk is a guess; the others are sized from what was measured to take about 8 ms
    const chunks = time.layouts.filter((cost) => cost > 0);
    expect(Math.max(...chunks.slice(1))).toBeLessThanOrEqual(12);
    expect(chunks.length).toBeLessThan(100);
    expect(time.idle).toHaveLength(0);
  });

  it('takes a short idle period as a few ms, not as nothing', () => {
    const doc = parse(report(50, 300));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(required(doc.getElementById('root'))), { clock: time.clock });
    time.runIdle(0);
    expect(layout.pending).toBeLessThan(50);
  });

  it('starts with the block on screen and wraps around to the ones above', () => {
    const doc = parse(report(40, 100));
    const root = required(doc.getElementById('root'));
    const paragraphs = [...root.querySelectorAll('p')];
    // paragraph i spans [100 i, 100 i + 100) on the page, scrolled to 2000
    paragraphs.forEach((p, i) => {
      p.getBoundingClientRect = () => ({ top: 100 * i - 2000, bottom: 100 * i - 1900 }) as DOMRect;
    });
    const time = manualClock(doc);
    deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock, backgroundSliceMs: 1, minBackgroundSliceMs: 1 });
    time.runIdle(1);
    expect(deferred(root)).not.toContain('p20');
    expect(deferred(root)).toContain('p0');
    for (let round = 0; round < 100 && time.idle.length > 0; round++) time.runIdle(1);
    expect(deferred(root)).toEqual([]);
  });

  it('settles what a navigation needs first and only then calls it, in short tasks', () => {
    const doc = parse(report(300, 300));
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc, 900);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock, urgentSliceMs: 20 });
    const target = required(root.querySelector('#p200'));
    let pendingBeforeTarget = -1;
    let calls = 0;
    layout.settleThrough(target.firstChild as Node, () => {
      calls++;
      pendingBeforeTarget = deferred(root).filter((id) => Number(id.slice(1)) <= 200).length;
    });
    // 600 ms of layout wait before it: not in this task
    expect(calls).toBe(0);
    expect(time.runTasks()).toBeGreaterThan(10);
    expect(calls).toBe(1);
    expect(pendingBeforeTarget).toBe(0);
    // a screenful below the target is exact too (300 characters: 8 lines of 34 px each)
    for (const id of ['p201', 'p202', 'p203', 'p204']) expect(deferred(root)).not.toContain(id);
    expect(deferred(root)).toContain('p250');
    expect(Math.max(...time.layouts.filter((cost) => cost > 0).slice(1))).toBeLessThanOrEqual(20);
  });

  it('calls a navigation at once when nothing before its target waits', () => {
    const doc = parse(report(20, 100));
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock });
    let called = false;
    layout.settleThrough(required(root.querySelector('#p3')), () => (called = true));
    expect(called).toBe(true);
    expect(deferred(root)).not.toContain('p3');
    // and without laying anything out once nothing waits there
    const layoutsBefore = time.layouts.length;
    let again = false;
    layout.settleThrough(required(root.querySelector('#p2')), () => (again = true));
    expect(again).toBe(true);
    expect(time.layouts).toHaveLength(layoutsBefore);
  });

  it('lets the latest navigation win and forgets it on undo', () => {
    const doc = parse(report(300, 300));
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock });
    const calls: string[] = [];
    layout.settleThrough(required(root.querySelector('#p250')), () => calls.push('first'));
    layout.settleThrough(required(root.querySelector('#p260')), () => calls.push('second'));
    time.runTasks();
    expect(calls).toEqual(['second']);
    layout.settleThrough(required(root.querySelector('#p299')), () => calls.push('third'));
    layout.undo();
    time.runTasks();
    expect(calls).toEqual(['second']);
  });

  it('says which deferred block holds a node, while it waits', () => {
    const doc = parse(report(5, 100) + '');
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock });
    const p2 = required(root.querySelector('#p2'));
    expect(layout.pendingUnitOf(required(p2.firstChild))).toBe(p2);
    expect(layout.pendingUnitOf(p2)).toBe(p2);
    expect(layout.pendingUnitOf(root)).toBeNull();
    layout.settleThrough(p2, () => {});
    expect(layout.pendingUnitOf(required(p2.firstChild))).toBeNull();
  });

  it('hands what throws in a later task to onError', () => {
    const doc = parse(report(300, 300));
    const root = required(doc.getElementById('root'));
    const time = manualClock(doc);
    const errors: unknown[] = [];
    const layout = deferOffscreenLayout(doc, readBlocks(root), { clock: time.clock, onError: (error) => errors.push(error) });
    layout.settleThrough(required(root.querySelector('#p299')), () => {
      throw new Error('scroll failed');
    });
    time.runTasks();
    expect(errors).toHaveLength(1);
  });
});
