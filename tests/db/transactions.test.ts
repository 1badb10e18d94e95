import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/auth/passwords.ts";
import { createSqliteStore, type Store } from "@/db/store.ts";
import type { Db } from "@/db/open-database.ts";
import { TransactionOverrunError } from "@/db/transaction-gate.ts";
import { createTestApp } from "../support/test-app.ts";

const NOW = new Date("2026-06-15T10:30:00.000Z");
let store: Store & { db: Db };

beforeEach(() => {
  store = createSqliteStore(":memory:");
});
afterEach(() => store.close());

const structure = (name: string) => ({ name, kind: "gem" as const, department: "69", region: "84", setting: "urban" as const });
const names = async () => (await store.structures.list()).map((s) => s.name).sort();
const auditCount = () => (store.db.$client.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n;

describe("store.transaction", () => {
  it("Should commit every write of the callback together", async () => {
    const id = await store.transaction(async (tx) => {
      const created = await tx.structures.create(structure("GEM A"), NOW);
      await tx.audit.record({ userId: null, action: "structure.create", targetId: created.id }, NOW);
      return created.id;
    });
    expect(await names()).toEqual(["GEM A"]);
    expect(auditCount()).toBe(1);
    expect(id).toBeGreaterThan(0);
  });

  it("Should roll every write back when the callback throws, and hand the error on", async () => {
    const failure = store.transaction(async (tx) => {
      await tx.structures.create(structure("GEM A"), NOW);
      await tx.audit.record({ userId: null, action: "structure.create" }, NOW);
      throw new Error("refused after writing");
    });
    await expect(failure).rejects.toThrow("refused after writing");
    expect(await names()).toEqual([]);
    expect(auditCount()).toBe(0);
  });

  it("Should refuse a callback that awaits real I/O (argon2 runs in a thread pool), and write nothing of it", async () => {
    const slow = store.transaction(async (tx) => {
      await tx.structures.create(structure("GEM A"), NOW);
      await hashPassword("correct horse battery staple");
      await tx.structures.create(structure("GEM B"), NOW);
    });
    await expect(slow).rejects.toBeInstanceOf(TransactionOverrunError);
    await sleep(50); // the callback's tail runs on, and is refused
    expect(await names()).toEqual([]);
    expect(store.db.$client.inTransaction).toBe(false);
  });

  it("Should refuse a timer inside the callback the same way", async () => {
    const slow = store.transaction(async (tx) => {
      await sleep(1);
      await tx.structures.create(structure("GEM A"), NOW);
    });
    await expect(slow).rejects.toBeInstanceOf(TransactionOverrunError);
    expect(await names()).toEqual([]);
  });

  it("Should keep another request's writes out of an open transaction, even when their awaits interleave", async () => {
    // Both run in the same turn of the event loop: the outside write is ready while the transaction awaits.
    const [failed, outside] = await Promise.allSettled([
      store.transaction(async (tx) => {
        await tx.structures.create(structure("GEM in transaction"), NOW);
        for (let i = 0; i < 5; i++) await Promise.resolve();
        throw new Error("rolled back");
      }),
      (async () => {
        await Promise.resolve();
        return store.structures.create(structure("GEM outside"), NOW);
      })(),
    ]);
    expect(failed.status).toBe("rejected");
    expect(outside.status).toBe("fulfilled");
    expect(await names()).toEqual(["GEM outside"]);
  });

  it("Should run two transactions one after the other, each whole", async () => {
    await Promise.all([
      store.transaction(async (tx) => {
        await tx.structures.create(structure("GEM A"), NOW);
        await Promise.resolve();
        await tx.structures.create(structure("GEM B"), NOW);
      }),
      store.transaction(async (tx) => {
        await tx.structures.create(structure("GEM C"), NOW);
      }),
    ]);
    expect(await names()).toEqual(["GEM A", "GEM B", "GEM C"]);
  });

  it("Should not wait forever when the callback uses the outer store by mistake: it is refused", async () => {
    const mistaken = store.transaction(async (tx) => {
      await tx.structures.create(structure("GEM A"), NOW);
      await store.structures.list(); // waits for the transaction to end, which waits for this
    });
    await expect(mistaken).rejects.toBeInstanceOf(TransactionOverrunError);
    expect(await names()).toEqual([]);
  });

  it("Should keep a response submitted meanwhile when a transaction is refused", async () => {
    const t = await createTestApp();
    const version = (await t.store.questionnaires.getVersion("experience-usagers", 1))!;
    const gem = await t.structure();
    const campaign = await t.store.campaigns.create(
      {
        code: "c1",
        structureId: gem.id,
        versionId: version.id,
        role: "patient",
        opensAt: NOW.toISOString(),
        closesAt: null,
        invitationHashes: [],
        createdBy: null,
      },
      NOW,
    );
    const response = { id: "r1", campaignId: campaign.id, structureId: gem.id, versionId: version.id, role: "patient" as const };
    // The transaction opens in the very turn where the response's group commit is due, just before it.
    let slow: Promise<void> | undefined;
    const opened = new Promise<void>((resolve) =>
      setImmediate(() => {
        slow = t.store.transaction(async (tx) => {
          await tx.structures.create(structure("GEM A"), NOW);
          await sleep(1);
        });
        resolve();
      }),
    );
    const submitted = t.store.responses.submit({
      ...response,
      answers: {},
      locale: "fr",
      submittedOn: "2026-06-15",
      scores: [],
      cells: [],
    });
    await opened;
    await expect(slow).rejects.toBeInstanceOf(TransactionOverrunError);
    await submitted;
    expect(await t.store.responses.countByCampaign(campaign.id)).toBe(1);
    expect((await t.store.structures.list()).map((s) => s.name)).toEqual(["GEM Test"]);
  });
});
