import type { Undo } from './undo';

export const SIDEBAR_TAG = 'report-lens-sidebar';

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

/** Adopted stylesheets keep working under a strict page CSP; a <style> in
 * the shadow root is the fallback where constructable sheets are missing. */
export function addShadowStyles(doc: Document, root: ShadowRoot, cssTexts: string[]): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
      const sheets = cssTexts.map((css) => {
        const sheet = new Sheet();
        sheet.replaceSync(css);
        return sheet;
      });
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      return;
    }
  } catch {
    // fall through to <style>
  }
  for (const css of cssTexts) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
}

/** One <report-lens-sidebar> as a child of <html> after <body>, so that
 * <body> stays the page's own; a second call returns the existing host's
 * parts rather than adding another. */
export function mountSidebarHost(doc: Document, cssTexts: string[]): SidebarHost {
  const existing = doc.documentElement.querySelector(`:scope > ${SIDEBAR_TAG}`);
  existing?.remove();
  const host = doc.createElement(SIDEBAR_TAG);
  host.setAttribute('lang', 'zh-CN');
  const shadowRoot = host.attachShadow({ mode: 'open' });
  addShadowStyles(doc, shadowRoot, [HOST_GUARD_CSS, ...cssTexts]);
  const container = doc.createElement('div');
  container.className = 'root';
  shadowRoot.appendChild(container);
  doc.documentElement.appendChild(host);
  return { host, shadowRoot, container, undo: () => host.remove() };
}
