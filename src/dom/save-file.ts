/** Hands a file to the browser's download, as a link with `download` does:
 * extension pages need no downloads permission for that. The object URL is
 * let go once the click has been dispatched and the download has started. */
export function saveFile(doc: Document, name: string, blob: Blob): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  }
}
