/**
 * The trained model saved in this browser: one record in IndexedDB (available in workers),
 * holding the same bytes as an exported file.
 */
import type { BackendName, BackendTrial } from './protocol';

const DB = 'promptgalerij-gan';
const STORE = 'models';
const KEY = 'current';

export interface SavedModel {
  file: ArrayBuffer;
  step: number;
  savedAt: number;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  f: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = f(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const saveModel = (m: SavedModel) => run<unknown>('readwrite', (s) => s.put(m, KEY));
export const loadModel = () => run<SavedModel | undefined>('readonly', (s) => s.get(KEY));

/** A backend trial's result, remembered per browser and machine so the trial runs once. */
export interface CachedTrial {
  backend: BackendName;
  trial: BackendTrial[];
}

const trialKey = () => `trial:${navigator.userAgent}:${navigator.hardwareConcurrency}`;

export async function cachedTrial(): Promise<CachedTrial | null> {
  try {
    return (await run<CachedTrial | undefined>('readonly', (s) => s.get(trialKey()))) ?? null;
  } catch {
    return null; // no IndexedDB (private mode, Node): measure every time
  }
}

export async function storeTrial(t: CachedTrial): Promise<void> {
  try {
    await run('readwrite', (s) => s.put(t, trialKey()));
  } catch {
    // Not remembering only costs a trial next time.
  }
}
