import { normalisePersonalCode } from "./personal-code.ts";

/**
 * What the browser derives from a personal code, and how (the README's "Parcours personnel" gives the threat
 * model):
 * 1. PBKDF2-HMAC-SHA-256, 600,000 iterations (OWASP Password Storage Cheat Sheet, 2023), over the normalised
 *    code, with a fixed salt naming this use → a 256-bit secret. The salt cannot be random: a new device has
 *    nothing but the code. The iterations make each guess cost what a sign-in hash costs.
 * 2. HKDF-SHA-256 (RFC 5869) from that secret, twice, with two different `info` labels:
 *    - the look-up key, sent to the server as `/api/journeys/:key` (32 bytes, base64url, 43 characters);
 *    - the AES-GCM-256 key that encrypts the history, which never leaves the browser.
 *    Knowing the look-up key (as the server does) says nothing of the encryption key.
 */
export const JOURNEY_KDF = {
  hash: "SHA-256",
  iterations: 600_000,
  salt: "reperes/journey/v1",
  lookupInfo: "reperes/journey/lookup",
  encryptionInfo: "reperes/journey/encryption",
} as const;

/** The look-up key's shape, checked by the API before any database read. */
export const JOURNEY_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** First byte of every blob: a later scheme can be told apart from this one. */
const BLOB_VERSION = 1;
const IV_BYTES = 12;

export interface JourneySecrets {
  lookupKey: string;
  encryptionKey: CryptoKey;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function masterSecret(code: string, iterations: number): Promise<CryptoKey> {
  const password = await crypto.subtle.importKey("raw", utf8(normalisePersonalCode(code)), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: JOURNEY_KDF.hash, salt: utf8(JOURNEY_KDF.salt), iterations },
    password,
    256,
  );
  return crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveBits", "deriveKey"]);
}

const hkdf = (info: string) => ({ name: "HKDF", hash: JOURNEY_KDF.hash, salt: new Uint8Array(32), info: utf8(info) });

/**
 * The look-up key and the encryption key of a code. `iterations` is for tests of the derivation alone.
 * @example
 * const { lookupKey, encryptionKey } = await deriveJourneySecrets("galet mesange tilleul phare brioche lanterne");
 */
export async function deriveJourneySecrets(code: string, iterations: number = JOURNEY_KDF.iterations): Promise<JourneySecrets> {
  const master = await masterSecret(code, iterations);
  const lookup = new Uint8Array(await crypto.subtle.deriveBits(hkdf(JOURNEY_KDF.lookupInfo), master, 256));
  const encryptionKey = await crypto.subtle.deriveKey(hkdf(JOURNEY_KDF.encryptionInfo), master, { name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  return { lookupKey: base64url(lookup), encryptionKey };
}

/**
 * The raw bytes behind both secrets, for tests that check they differ (the browser's encryption key is not
 * extractable). Never sent anywhere.
 */
export async function deriveRawSecrets(code: string, iterations: number = JOURNEY_KDF.iterations) {
  const master = await masterSecret(code, iterations);
  const lookup = new Uint8Array(await crypto.subtle.deriveBits(hkdf(JOURNEY_KDF.lookupInfo), master, 256));
  const encryption = new Uint8Array(await crypto.subtle.deriveBits(hkdf(JOURNEY_KDF.encryptionInfo), master, 256));
  return { lookup, encryption };
}

/** The history as the server will hold it: version byte, random 96-bit IV, AES-GCM ciphertext and tag. */
export async function sealJourney(history: unknown, key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, utf8(JSON.stringify(history))));
  const blob = new Uint8Array(1 + IV_BYTES + cipher.length);
  blob[0] = BLOB_VERSION;
  blob.set(iv, 1);
  blob.set(cipher, 1 + IV_BYTES);
  return blob;
}

/** The history back, or null when the blob was not sealed with this key (another code) or was altered. */
export async function openJourney(blob: Uint8Array, key: CryptoKey): Promise<unknown> {
  if (blob.length <= 1 + IV_BYTES || blob[0] !== BLOB_VERSION) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: blob.slice(1, 1 + IV_BYTES) }, key, blob.slice(1 + IV_BYTES));
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return null;
  }
}
