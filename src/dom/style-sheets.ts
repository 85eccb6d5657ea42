// CSS the extension puts on a page, or into a shadow root of its own, each
// way with its undo or fallback: the reading view, the marks, the picker and
// the sidebar all style themselves through these two.
import { STATE_ATTRIBUTE } from '../core/contract';
import { once, type Undo } from './undo';

/** Installs CSS for the page. Prefers a constructed sheet in
 * doc.adoptedStyleSheets, built with the page window's own CSSStyleSheet so
 * that Firefox's content-script compartment accepts it; falls back to a
 * <style> element appended to <html> after <body>, never inside <body>, so
 * that body.outerHTML stays the page's own. The undo takes it away again. */
export function installStyleSheet(doc: Document, css: string): Undo {
  const adopted = adoptSheet(doc, css);
  if (adopted) return adopted;
  const style = doc.createElement('style');
  // the extension's own <style>, known by the state attribute's name
  style.setAttribute(STATE_ATTRIBUTE, 'style');
  style.textContent = css;
  doc.documentElement.appendChild(style);
  return once(() => style.parentNode?.removeChild(style));
}

interface SheetConstructor {
  new (): CSSStyleSheet;
}

function adoptSheet(doc: Document, css: string): Undo | null {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: SheetConstructor }) | null;
  const Sheet = view?.CSSStyleSheet;
  const current = (doc as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
  if (!Sheet || !Array.isArray(current)) return null;
  try {
    const sheet = new Sheet();
    if (typeof sheet.replaceSync !== 'function') return null;
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...current, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return once(() => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  } catch {
    // Xray wrappers or an engine without constructable sheets: use <style>
    return null;
  }
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
