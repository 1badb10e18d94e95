import { readDeviceJourney, saveDeviceJourney, unsyncedDeviceJourneys } from "./journey-device.ts";

/*
 * The encrypted history on the server (PUT/GET/DELETE /api/journeys/:key). Raw bytes, not JSON: called with
 * fetch rather than the typed client. Each call is a request of its own, never joined to a submission.
 */

const url = (lookupKey: string) => `/api/journeys/${lookupKey}`;

export type RemoteJourney = { kind: "found"; sealed: Uint8Array<ArrayBuffer> } | { kind: "absent" } | { kind: "unreachable" };

export async function fetchJourney(lookupKey: string): Promise<RemoteJourney> {
  try {
    const res = await fetch(url(lookupKey), { credentials: "omit", cache: "no-store" });
    if (res.status === 200) return { kind: "found", sealed: new Uint8Array(await res.arrayBuffer()) };
    return res.status === 404 ? { kind: "absent" } : { kind: "unreachable" };
  } catch {
    return { kind: "unreachable" };
  }
}

/** Whether the server took the blob. */
export async function sendJourney(lookupKey: string, sealed: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    const res = await fetch(url(lookupKey), {
      method: "PUT",
      credentials: "omit",
      headers: { "content-type": "application/octet-stream" },
      body: sealed,
    });
    return res.status === 204;
  } catch {
    return false;
  }
}

export async function deleteRemoteJourney(lookupKey: string): Promise<boolean> {
  try {
    // An empty body declared as such: a DELETE without one reaches the server as a body of unknown length and type.
    const res = await fetch(url(lookupKey), {
      method: "DELETE",
      credentials: "omit",
      headers: { "content-type": "application/octet-stream" },
      body: new Uint8Array(0),
    });
    return res.status === 204;
  } catch {
    return false;
  }
}

/** Keeps the blob on the device, then sends it; it stays marked for a later send if the server is out of reach. */
export async function keepJourney(lookupKey: string, sealed: Uint8Array<ArrayBuffer>): Promise<"synced" | "on_device"> {
  await saveDeviceJourney({ lookupKey, sealed, unsynced: true });
  if (!(await sendJourney(lookupKey, sealed))) return "on_device";
  await saveDeviceJourney({ lookupKey, sealed, unsynced: false });
  return "synced";
}

/** Sends what waits on the device (a history kept without network), as submissions waiting are sent. */
export async function syncDeviceJourneys(): Promise<void> {
  for (const { lookupKey, sealed } of await unsyncedDeviceJourneys()) {
    if (!(await sendJourney(lookupKey, sealed))) return;
    // Only if it was not replaced meanwhile.
    const current = await readDeviceJourney(lookupKey);
    if (current && current.sealed.length === sealed.length && current.sealed.every((b, i) => b === sealed[i]))
      await saveDeviceJourney({ lookupKey, sealed, unsynced: false });
  }
}
