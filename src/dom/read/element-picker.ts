// The reader points at the report's text: the element under the pointer,
// widened to the block of prose it belongs to, is outlined; a click picks
// it, ↑ and ↓ widen and narrow the choice, Esc cancels. While picking, the
// page's own clicks and keys do nothing. Everything is taken back when the
// pick ends, however it ends.
import { ELEMENT_NODE } from '../html-names';
import { addShadowStyles, installStyleSheet } from '../style-sheets';
import { combineUndos, once, type Undo } from '../undo';

/** On the element the picker would take. */
export const PICK_ATTRIBUTE = 'data-report-lens-pick';
export const PICKER_TAG = 'report-lens-picker';

const PICK_CSS = `[${PICK_ATTRIBUTE}] { outline: 3px solid #1d5ea8 !important; outline-offset: 2px !important;
  background-color: rgba(29, 94, 168, 0.06) !important; cursor: crosshair !important; }
html:has([${PICK_ATTRIBUTE}]) * { cursor: crosshair !important; }`;

const HINT_CSS = `:host { all: initial !important; position: fixed !important; top: 12px !important; left: 50% !important;
  transform: translateX(-50%) !important; z-index: 2147483647 !important; display: block !important; }
.hint { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  background: #1f2328; color: #fff; padding: 8px 14px; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.3); }
@media print { :host { display: none !important; } }`;

/** An element of prose: at least this many CJK characters, or this many
 * paragraphs, before the pointer's element is widened no further. */
const PROSE_CJK = 120;
const PROSE_PARAGRAPHS = 3;
const CJK = /[\u3400-\u9fff]/g;

export interface Picking {
  /** the element picked, or null when the reader cancelled */
  result: Promise<Element | null>;
  /** ends the pick now (as a cancel) */
  cancel(): void;
}

/** The nearest element of prose at or above `start` (below <body>). */
export function proseAround(start: Element, body: Element): Element {
  for (let element: Element | null = start; element && element !== body; element = element.parentElement) {
    const cjk = (element.textContent ?? '').match(CJK)?.length ?? 0;
    const paragraphs = element.querySelectorAll('p, br, li').length;
    if (cjk >= PROSE_CJK || paragraphs >= PROSE_PARAGRAPHS) return element;
  }
  return start;
}

/** Starts picking in `doc`; `hint` is the line shown at the top of the
 * window, in the UI's language. */
export function pickElement(doc: Document, hint: string): Picking {
  const view = doc.defaultView;
  const body = doc.body;
  let settle: (element: Element | null) => void = () => {};
  const result = new Promise<Element | null>((resolve) => (settle = resolve));
  if (!view || !body) {
    settle(null);
    return { result, cancel: () => {} };
  }
  const undos: Undo[] = [installStyleSheet(doc, PICK_CSS), showHint(doc, hint)];
  let current: Element | null = null;
  /** the widenings and narrowings of the current choice */
  const narrower: Element[] = [];
  const mark = (element: Element | null) => {
    current?.removeAttribute(PICK_ATTRIBUTE);
    current = element;
    current?.setAttribute(PICK_ATTRIBUTE, '');
  };
  const finish = once(() => {
    mark(null);
    combineUndos(undos)();
  });
  const end = (element: Element | null) => {
    finish();
    settle(element);
  };
  const inPage = (target: EventTarget | null): target is Element =>
    (target as Node | null)?.nodeType === ELEMENT_NODE && body.contains(target as Element) && target !== body;
  const over = (event: Event) => {
    if (!inPage(event.target)) return;
    narrower.length = 0;
    mark(proseAround(event.target, body));
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const click = (event: Event) => {
    swallow(event);
    const picked = current ?? (inPage(event.target) ? proseAround(event.target, body) : null);
    if (picked) end(picked);
  };
  const key = (event: KeyboardEvent) => {
    swallow(event);
    if (event.key === 'Escape') end(null);
    else if (event.key === 'Enter' && current) end(current);
    else if (event.key === 'ArrowUp' && current?.parentElement && current.parentElement !== body) {
      narrower.push(current);
      mark(current.parentElement);
    } else if (event.key === 'ArrowDown' && narrower.length > 0) mark(narrower.pop() ?? current);
  };
  const listeners: [string, (event: Event) => void][] = [
    ['mouseover', over], ['click', click], ['keydown', key as (event: Event) => void],
    ['mousedown', swallow], ['mouseup', swallow], ['pointerdown', swallow], ['pointerup', swallow], ['auxclick', swallow],
  ];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, true);
  undos.push(() => {
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, true);
  });
  return { result, cancel: () => end(null) };
}

/** The hint at the top of the window, in a shadow root of its own after <body>. */
function showHint(doc: Document, text: string): Undo {
  const host = doc.createElement(PICKER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  addShadowStyles(doc, root, [HINT_CSS]);
  const line = doc.createElement('div');
  line.className = 'hint';
  line.setAttribute('role', 'status');
  line.textContent = text;
  root.appendChild(line);
  doc.documentElement.appendChild(host);
  return once(() => host.remove());
}
