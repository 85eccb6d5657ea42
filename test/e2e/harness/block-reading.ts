// How the extension reads a page's text: its own dom-layer code (report
// finder and block reader), run on whatever document it is given. The
// parser comparison runs it in Chromium's document and in the command
// line's, and compares what each reads.
import { readBlocks } from '../../../src/dom/read/blocks';
import { findReport } from '../../../src/dom/read/report-body';

export interface BlockReading {
  /** the whole body read as blocks: any difference in the tree shows here */
  body: string[];
  /** the report's blocks, as the extension reads them for the engine (null: no report body found) */
  report: string[] | null;
}

export function readPageBlocks(doc: Document): BlockReading {
  const body = doc.body ? readBlocks(doc.body).blocks.map((block) => block.text) : [];
  const location = findReport(doc, { leaveEditable: false });
  const report = location ? readBlocks(location.root, { parts: location.parts }).blocks.map((block) => block.text) : null;
  return { body, report };
}
