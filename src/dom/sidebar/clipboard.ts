/** Puts text (and, where given, an HTML flavour that editors and
 * spreadsheets paste as a table) on the clipboard. Runs from a click in the
 * sidebar, which carries the user activation clipboard writes need. */
export async function copyToClipboard(doc: Document, text: string, html?: string): Promise<void> {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const clipboard = view?.navigator.clipboard;
  if (html && clipboard && typeof view?.ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      const item = new view.ClipboardItem({
        'text/plain': new view.Blob([text], { type: 'text/plain' }),
        'text/html': new view.Blob([html], { type: 'text/html' }),
      });
      await clipboard.write([item]);
      return;
    } catch {
      // some browsers refuse text/html from a content script: plain text still helps
    }
  }
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // fall back to the copy event below
    }
  }
  copyWithCopyEvent(doc, text, html);
}

/** The older path: a copy event whose data we set ourselves. */
function copyWithCopyEvent(doc: Document, text: string, html?: string): void {
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
    event.preventDefault();
    copied = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  if (!copied) throw new Error('the browser did not allow writing to the clipboard');
}
