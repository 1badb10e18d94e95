import type { TransactionStore } from "../db/store.ts";
import { breaksPooling, scoredKeys } from "../domain/codesign/pooling-breaks.ts";
import type { DraftRecord } from "../domain/codesign/drafts.ts";
import { publicationEffect, type PublicationEffect } from "../domain/codesign/publication-effect.ts";
import type { PoolingBreak } from "../domain/questionnaire/comparability.ts";
import { poolingBreaks } from "./pooling-breaks.ts";

/** What publishing a draft would do now (publication-effect.ts), and the comment threads still open on it. */

export interface OpenThread {
  id: number;
  question: string | null;
  body: string;
  author: string | null;
}

export interface Publication {
  effect: PublicationEffect;
  openThreads: OpenThread[];
}

export async function publicationOf(tx: TransactionStore, draft: DraftRecord, now: Date): Promise<Publication> {
  const variantOf = (await tx.questionnaires.listPoolCandidates(draft.slug)).find((v) => v.slug === draft.slug)?.variantOf ?? null;
  const root = variantOf ?? draft.slug;
  const published = await tx.questionnaires.listPoolCandidates(root);
  const own = published.filter((v) => v.slug === draft.slug);
  const version = Math.max(0, ...own.map((v) => v.version)) + 1;
  const previous = own.find((v) => v.version === version - 1);
  const { definition, scoring } = draft.content;
  // Ids grow with each stored version: the candidate is the newest of all.
  const candidate = { id: Number.MAX_SAFE_INTEGER, slug: draft.slug, version, variantOf, definition, scoring };
  const keys = new Set([...scoredKeys(scoring), ...(previous ? scoredKeys(previous.scoring) : [])]);
  const ownBreak: PoolingBreak[] = previous && draft.decisions.some((d) => breaksPooling(d, keys)) ? [{ slug: draft.slug, version }] : [];
  const released = new Map<string, number>();
  // A series is named for the root's version that started it.
  for (const key of published.filter((v) => v.slug === root).map((v) => `${root}@${v.version}`)) {
    released.set(key, (await tx.ledger.listReleases(key)).length);
  }
  const effect = publicationEffect({
    root,
    published,
    candidate,
    breaks: [...(await poolingBreaks(tx, root)), ...ownBreak],
    live: await tx.campaigns.liveOfQuestionnaire(draft.slug, now),
    releasedQuarters: (key) => released.get(key) ?? 0,
  });
  const openThreads = (await tx.draftComments.list(draft.id))
    .filter((c) => c.parentId === null && c.status === "open")
    .map((c) => ({ id: c.id, question: c.question, body: c.body, author: c.author?.displayName ?? null }));
  return { effect, openThreads };
}
