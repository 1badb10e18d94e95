/**
 * What the respondent path keeps on the device, and for how long — nothing else is ever stored:
 * - answers in progress, in sessionStorage (this tab only), so that a reload does not lose them;
 * - one submission waiting for the network, in localStorage, so that it survives closing the page.
 * Both are deleted as soon as the answers reach the server, or the server refuses them for good.
 */

export interface Progress {
  answers: Record<string, unknown>;
  page: number;
  /** An invitation code typed by hand (one read from the link is read again from it). */
  invitation?: string;
}

export interface PendingSubmission {
  answers: Record<string, unknown>;
  invitation?: string;
  locale: "fr" | "en";
}

const progressKey = (code: string) => `reperes.progress.${code}`;
const pendingKey = (code: string) => `reperes.pending.${code}`;

function read<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private browsing on some phones): answering still works, only without a net.
  }
}

export const readProgress = (code: string) => read<Progress>(sessionStorage, progressKey(code));
export const saveProgress = (code: string, progress: Progress) => write(sessionStorage, progressKey(code), progress);

export const readPending = (code: string) => read<PendingSubmission>(localStorage, pendingKey(code));
export const savePending = (code: string, pending: PendingSubmission) => write(localStorage, pendingKey(code), pending);

/** The submission is now waiting in localStorage: the copy in progress is no longer needed. */
export function forgetProgress(code: string): void {
  try {
    sessionStorage.removeItem(progressKey(code));
  } catch {
    // Nothing could have been stored either.
  }
}

/** The waiting submission was refused for its invitation code alone: its answers go back to the copy in progress. */
export function forgetPending(code: string): void {
  try {
    localStorage.removeItem(pendingKey(code));
  } catch {
    // Nothing could have been stored either.
  }
}

/** Forgets everything this campaign left on the device. */
export function forgetCampaign(code: string): void {
  try {
    sessionStorage.removeItem(progressKey(code));
    localStorage.removeItem(pendingKey(code));
  } catch {
    // Nothing could have been stored either.
  }
}
