// The report library in the browser's IndexedDB: the extension's own
// database, in this browser profile only; nothing of it leaves the machine.
// The background keeps each report read; the ledger page lists, deletes,
// exports and imports. Plain IndexedDB with two small promise helpers
// rather than a wrapper library (README, "The ledger": idb measured 3.2 KB
// minified for the six operations this file needs). Errors (a full disk's
// QuotaExceededError among them) reject with the browser's own name and
// message, for the caller to show.

import { mergeRecords, type LibraryRecord, type MergePlan } from '../core/library';

export const LIBRARY_DB = 'report-lens-library';
const STORE = 'reports';
const VERSION = 1;

export interface LibraryStore {
  /** a report just read: replaces its older copies */
  keep(record: LibraryRecord): Promise<MergePlan>;
  /** an imported library: merged in one transaction, all or nothing */
  merge(records: readonly LibraryRecord[]): Promise<MergePlan>;
  all(): Promise<LibraryRecord[]>;
  ofJurisdiction(jurisdiction: string): Promise<LibraryRecord[]>;
  remove(id: number): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/** An IndexedDB failure as an Error whose message says which (QuotaExceededError: …). */
export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(readonly reason: DOMException | Error | null, what: string) {
    super(`${what}: ${reason ? `${reason.name}: ${reason.message}` : 'the browser gave no reason'}`);
  }
}

/** A request's result; a request the store refuses at once (DataCloneError)
 * rejects like one that fails later, so a batch of them can be awaited whole. */
function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction commits; an abort (quota, a failed request) rejects with its error. */
function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
    tx.onerror = () => undefined; // the abort that follows says it
  });
}

function upgrade(db: IDBDatabase): void {
  const store = db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
  store.createIndex('url', 'url');
  store.createIndex('identity', 'identity');
  store.createIndex('jurisdiction', 'jurisdiction');
}

export function openLibrary(factory: IDBFactory = indexedDB, name = LIBRARY_DB): Promise<LibraryStore> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name, VERSION);
    } catch (error) {
      reject(new LibraryError(error as Error, 'the library could not be opened'));
      return;
    }
    req.onupgradeneeded = () => upgrade(req.result);
    req.onerror = () => reject(new LibraryError(req.error, 'the library could not be opened'));
    req.onblocked = () => reject(new LibraryError(null, 'the library is being upgraded in another tab'));
    req.onsuccess = () => {
      const db = req.result;
      // a newer version opened elsewhere (an updated extension) gets its way
      db.onversionchange = () => db.close();
      resolve(storeOver(db));
    };
  });
}

function storeOver(db: IDBDatabase): LibraryStore {
  async function run<T>(mode: IDBTransactionMode, what: string, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, mode);
    } catch (error) {
      throw new LibraryError(error as Error, what);
    }
    const done = finished(tx);
    try {
      const [result] = await Promise.all([work(tx.objectStore(STORE)), done]);
      return result;
    } catch (error) {
      // a request failed before the transaction could: abort it, so nothing half-written stays
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await done.catch(() => undefined);
      throw error instanceof LibraryError ? error : new LibraryError(error as Error, what);
    }
  }

  /** Applies a merge plan; runs inside the transaction that read the kept copies. */
  async function apply(store: IDBObjectStore, kept: readonly LibraryRecord[], incoming: readonly LibraryRecord[]): Promise<MergePlan> {
    const plan = mergeRecords(kept, incoming);
    await Promise.all([...plan.remove.map((id) => request(() => store.delete(id))), ...plan.put.map((record) => request(() => store.put(record)))]);
    return plan;
  }

  /** The kept copies a record could replace: same URL or same identity. */
  async function copiesOf(store: IDBObjectStore, record: LibraryRecord): Promise<LibraryRecord[]> {
    const [byUrl, byIdentity] = await Promise.all([
      request(() => store.index('url').getAll(record.url) as IDBRequest<LibraryRecord[]>),
      record.identity ? request(() => store.index('identity').getAll(record.identity) as IDBRequest<LibraryRecord[]>) : Promise.resolve([]),
    ]);
    const byId = new Map([...byUrl, ...byIdentity].map((copy) => [copy.id, copy]));
    return [...byId.values()];
  }

  return {
    keep: (record) => run('readwrite', 'the report could not be kept in the library', async (store) => apply(store, await copiesOf(store, record), [record])),
    merge: (records) =>
      run('readwrite', 'the library could not be imported', async (store) => apply(store, await request(() => store.getAll() as IDBRequest<LibraryRecord[]>), records)),
    all: () => run('readonly', 'the library could not be read', (store) => request(() => store.getAll() as IDBRequest<LibraryRecord[]>)),
    ofJurisdiction: (jurisdiction) =>
      run('readonly', 'the library could not be read', (store) => request(() => store.index('jurisdiction').getAll(jurisdiction) as IDBRequest<LibraryRecord[]>)),
    remove: (id) => run('readwrite', 'the report could not be deleted', async (store) => void (await request(() => store.delete(id)))),
    clear: () => run('readwrite', 'the library could not be emptied', async (store) => void (await request(() => store.clear()))),
    close: () => db.close(),
  };
}
