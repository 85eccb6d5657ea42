// In the background, after the engine has read a report: keep it in the
// library (when the user keeps reports, on a site where Report Lens is on),
// and tell the page what the library knows beside its figures. The page
// waits for this with the analysis, so it is bounded in time; a failure is
// passed on for the sidebar to show, never dropped.

import { toExportDocument } from '../core/export';
import { ledgerNotes } from '../core/ledger-notes';
import { ledgerReportOf, recordOf, sameReport } from '../core/library';
import { isSiteEnabled, type Settings } from '../core/settings';
import type { Analysis } from '../core/types';
import { openLibrary, type LibraryStore } from './library-store';
import type { LibraryAnswer } from './messages';

/** How long the page's analysis may wait for the library; past that it
 * goes without the notes rather than keep the report unannotated. */
const LIBRARY_WAIT_MS = 2_000;

let connection: Promise<LibraryStore> | null = null;

/** One connection for the background's life; after a failure, the next
 * report tries again. */
function library(): Promise<LibraryStore> {
  connection ??= openLibrary().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** The failure's words; and the connection is let go, so that the next
 * report opens the library afresh (a database deleted with the browser's
 * data closes every connection to it). */
function reason(error: unknown): string {
  connection = null;
  return error instanceof Error ? error.message : String(error);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

async function keepAndRecall(analysis: Analysis, pageUrl: string, settings: Settings, now: Date): Promise<LibraryAnswer | undefined> {
  const { detection } = analysis;
  if (!detection.isReport) return undefined;
  const seen = now.toISOString();
  const record = recordOf(toExportDocument(analysis, pageUrl), { firstSeen: seen, lastSeen: seen });
  let store: LibraryStore;
  try {
    store = await library();
  } catch (error) {
    return { notes: {}, kept: false, error: reason(error) };
  }
  const answer: LibraryAnswer = { notes: {}, kept: false };
  if (settings.keepReports && isSiteEnabled(settings, hostnameOf(pageUrl))) {
    try {
      await store.keep(record);
      answer.kept = true;
    } catch (error) {
      answer.error = reason(error);
    }
  }
  if (!detection.jurisdiction) return answer;
  try {
    const others = (await store.ofJurisdiction(detection.jurisdiction)).filter((kept) => !sameReport(kept, record));
    answer.notes = ledgerNotes({ ...ledgerReportOf(record), metrics: analysis.metrics }, others.map(ledgerReportOf));
  } catch (error) {
    answer.error ??= reason(error);
  }
  return answer;
}

/** keepAndRecall within LIBRARY_WAIT_MS; undefined (and one console line) when the library is slower. */
export function libraryAnswer(analysis: Analysis, pageUrl: string, settings: Settings): Promise<LibraryAnswer | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`[Report Lens] the report library gave no answer within ${LIBRARY_WAIT_MS} ms; the page is annotated without it.`);
      resolve(undefined);
    }, LIBRARY_WAIT_MS);
  });
  return Promise.race([keepAndRecall(analysis, pageUrl, settings, new Date()), late]).finally(() => clearTimeout(timer));
}
