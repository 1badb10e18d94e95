/**
 * Encrypted histories kept on this device, in IndexedDB, by look-up key: sealed with the code as on the
 * server, so that a device shared by several people (a waiting-room tablet) shows nothing to whoever does
 * not hold the code. `unsynced` marks a copy the server has not received yet (no network at the time).
 */
export interface DeviceJourney {
  lookupKey: string;
  sealed: Uint8Array<ArrayBuffer>;
  unsynced: boolean;
}

const DATABASE = "reperes-journeys";
const STORE = "histories";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "lookupKey" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("indexedDB unavailable"));
  });
}

async function run<T>(mode: IDBTransactionMode, call: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  try {
    const db = await open();
    try {
      return await new Promise<T>((resolve, reject) => {
        const request = call(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error("indexedDB request failed"));
      });
    } finally {
      db.close();
    }
  } catch {
    // IndexedDB refused (private browsing on some phones): the history then lives on the server alone.
    return undefined;
  }
}

export const readDeviceJourney = (lookupKey: string) => run<DeviceJourney | undefined>("readonly", (s) => s.get(lookupKey));
export const saveDeviceJourney = (journey: DeviceJourney) => run("readwrite", (s) => s.put(journey));
export const forgetDeviceJourney = (lookupKey: string) => run("readwrite", (s) => s.delete(lookupKey));
export const unsyncedDeviceJourneys = async () =>
  ((await run<DeviceJourney[]>("readonly", (s) => s.getAll())) ?? []).filter((j) => j.unsynced);
