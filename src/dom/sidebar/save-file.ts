/** Hands a file to the browser's download, as a link with `download` does:
 * extension pages need no downloads permission for that. The object URL is
 * let go once the click has been dispatched and the download has started.
 * The link lives for the click only, in `parent` (a content script passes
 * its own shadow tree, leaving the page's <body> alone). */
export function saveFile(doc: Document, name: string, blob: Blob, parent: ParentNode = doc.body): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  }
}
