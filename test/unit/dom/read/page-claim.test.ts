import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isPageClaimed } from '../../../../src/dom/read/page-claim';

/** A page with one paragraph; the mark, if asked for, inside it. */
function documentWith(mark = false): Document {
  const doc = new Window().document as unknown as Document;
  const paragraph = doc.createElement('p');
  paragraph.textContent = '各位代表：增长6.5%左右';
  if (mark) paragraph.appendChild(doc.createElement('report-lens-mark')).textContent = '6.5%';
  doc.body.appendChild(paragraph);
  return doc;
}

describe('isPageClaimed', () => {
  it('is false on an ordinary page', () => {
    expect(isPageClaimed(documentWith())).toBe(false);
  });

  it('is true once another copy of the script has marked, annotated or mounted on the page', () => {
    const marked = documentWith();
    marked.documentElement.setAttribute('data-report-lens', 'off');
    expect(isPageClaimed(marked)).toBe(true);
    expect(isPageClaimed(documentWith(true))).toBe(true);
    const mounted = documentWith();
    mounted.documentElement.appendChild(mounted.createElement('report-lens-sidebar'));
    expect(isPageClaimed(mounted)).toBe(true);
  });
});
