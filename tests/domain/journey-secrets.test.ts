import { describe, expect, it } from "vitest";
import { CODE_WORDS } from "@/domain/journeys/code-words.ts";
import { deriveJourneySecrets, deriveRawSecrets, JOURNEY_KDF, JOURNEY_KEY_PATTERN } from "@/domain/journeys/journey-secrets.ts";
import { checkPersonalCode, CODE_ENTROPY_BITS, newPersonalCode, normalisePersonalCode } from "@/domain/journeys/personal-code.ts";
import { addVisit, changeSinceLastTime, mergeHistories, MAX_VISITS, readHistory } from "@/domain/journeys/journey-history.ts";

const CODE = "galet mesange tilleul phare brioche lanterne";
/** Few iterations where only the structure of the derivation is under test; the real count is checked apart. */
const FAST = 1000;

describe("Personal code", () => {
  it("Should draw from 2,048 distinct plain words, six of them: at least 60 bits", () => {
    expect(CODE_WORDS).toHaveLength(2048);
    expect(new Set(CODE_WORDS).size).toBe(2048);
    for (const w of CODE_WORDS) expect(w).toMatch(/^[a-z]{3,9}$/);
    expect(CODE_ENTROPY_BITS).toBe(66);
  });

  it("Should give a new code that checks, and a different one each time", () => {
    const a = newPersonalCode();
    expect(checkPersonalCode(a)).toEqual({ ok: true, code: a });
    expect(newPersonalCode()).not.toBe(a);
  });

  it("Should read a code whatever its accents, case, spaces or dashes", () => {
    expect(normalisePersonalCode("  Galet - MÉSANGE\ttilleul  phare\nbrioche. lanterne ")).toBe(CODE);
    expect(checkPersonalCode("galet mésange tilleul phare brioche lanterne")).toEqual({ ok: true, code: CODE });
  });

  it("Should tell a word it does not know and a missing word apart", () => {
    expect(checkPersonalCode("galet mesange tilleul phare brioche")).toMatchObject({ ok: false, reason: "word_count" });
    expect(checkPersonalCode("galet mesange tilleul phare brioche lanternes")).toEqual({
      ok: false,
      reason: "unknown_word",
      unknownWords: ["lanternes"],
    });
  });
});

describe("Derivations from the code", () => {
  it("Should use PBKDF2-SHA-256 with 600,000 iterations", () => {
    expect(JOURNEY_KDF).toMatchObject({ hash: "SHA-256", iterations: 600_000 });
  });

  it("Should derive the same look-up key from the same code, however it is typed", async () => {
    const a = await deriveJourneySecrets(CODE);
    const b = await deriveJourneySecrets("Galet Mésange TILLEUL phare-brioche-lanterne");
    expect(a.lookupKey).toMatch(JOURNEY_KEY_PATTERN);
    expect(b.lookupKey).toBe(a.lookupKey);
  });

  it("Should derive an encryption key unlike the look-up key, and both unlike another code's", async () => {
    const a = await deriveRawSecrets(CODE, FAST);
    expect(Buffer.from(a.lookup).equals(Buffer.from(a.encryption))).toBe(false);
    const again = await deriveRawSecrets(CODE, FAST);
    expect(Buffer.from(again.encryption).equals(Buffer.from(a.encryption))).toBe(true);
    const other = await deriveRawSecrets(CODE.replace("lanterne", "lavande"), FAST);
    expect(Buffer.from(other.lookup).equals(Buffer.from(a.lookup))).toBe(false);
    expect(Buffer.from(other.encryption).equals(Buffer.from(a.encryption))).toBe(false);
  });
});

describe("The history and its comparison", () => {
  const visit = (day: string, score: number | null) => ({ day, scores: [{ dimension: "hope", score }] });

  it("Should compare with the last visit that scored the dimension", () => {
    const before = [visit("2026-01-10", 40), visit("2026-03-10", null)];
    expect(changeSinceLastTime("hope", 62, before)).toEqual({ kind: "higher", before: 40, now: 62 });
    expect(changeSinceLastTime("hope", 30, before)).toEqual({ kind: "lower", before: 40, now: 30 });
    expect(changeSinceLastTime("hope", 43, before)).toEqual({ kind: "about_the_same", before: 40, now: 43 });
    expect(changeSinceLastTime("hope", null, before)).toEqual({ kind: "no_score" });
    expect(changeSinceLastTime("autonomy", 50, before)).toEqual({ kind: "first_time" });
  });

  it("Should merge two devices' histories, each visit once, oldest first, and keep a bounded number", () => {
    const a = { visits: [visit("2026-01-10", 40), visit("2026-03-10", 50)] };
    const b = { visits: [visit("2026-02-10", 45), visit("2026-03-10", 50)] };
    expect(mergeHistories(a, b).visits.map((v) => v.day)).toEqual(["2026-01-10", "2026-02-10", "2026-03-10"]);
    let h = { visits: [] as ReturnType<typeof visit>[] };
    for (let i = 0; i < MAX_VISITS + 5; i++) h = addVisit(h, visit(`2026-01-${String(i).padStart(2, "0")}`, i));
    expect(h.visits).toHaveLength(MAX_VISITS);
  });

  it("Should read anything malformed as an empty history", () => {
    expect(readHistory(null)).toEqual({ visits: [] });
    expect(readHistory({ visits: [{ day: 3 }] })).toEqual({ visits: [] });
  });
});
