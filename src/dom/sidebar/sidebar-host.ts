import { SIDEBAR_ELEMENT } from '../../core/contract';
import { addShadowStyles } from '../style-sheets';
import type { Undo } from '../undo';

/** Inside the shadow root, the host is protected from page CSS that hits
 * every element (`div { display:none !important }`, `* { all: unset }`):
 * only a :host rule with !important wins against those. The sidebar is a
 * tool for the screen: a printed report leaves it out. */
export const HOST_GUARD_CSS = `:host { all: initial !important; display: block !important; position: fixed !important;
  top: 0 !important; right: 0 !important; bottom: 0 !important; z-index: 2147483646 !important;
  contain: layout style !important; visibility: visible !important; opacity: 1 !important; }
:host([data-collapsed]) { bottom: auto !important; }
@media print { :host { display: none !important; } }`;

export interface SidebarHost {
  host: HTMLElement;
  shadowRoot: ShadowRoot;
  /** where the UI renders */
  container: HTMLElement;
  undo: Undo;
}

/** One <report-lens-sidebar> as a child of <html> after <body>, so that
 * <body> stays the page's own; a second call returns the existing host's
 * parts rather than adding another. */
export function mountSidebarHost(doc: Document, cssTexts: string[]): SidebarHost {
  const existing = doc.documentElement.querySelector(`:scope > ${SIDEBAR_ELEMENT}`);
  existing?.remove();
  const host = doc.createElement(SIDEBAR_ELEMENT);
  host.setAttribute('lang', 'zh-CN');
  const shadowRoot = host.attachShadow({ mode: 'open' });
  addShadowStyles(doc, shadowRoot, [HOST_GUARD_CSS, ...cssTexts]);
  const container = doc.createElement('div');
  container.className = 'root';
  shadowRoot.appendChild(container);
  doc.documentElement.appendChild(host);
  return { host, shadowRoot, container, undo: () => host.remove() };
}
