import type { RespondentRole } from "../../questionnaire/types.ts";
import { RESPONDENT_ROLES } from "../../questionnaire/types.ts";
import type {
  FigureDetail,
  GroupFigure,
  OwnSuppression,
  ReleasedFigure,
  ShownGroupFigure,
  SuppressedGroupFigure,
} from "../build-release.ts";
import type { ShownCell } from "../../benchmark/figures.ts";

/**
 * What views read: the ledger rows of one series, newest release first, with each release's cut-off. Views
 * pick figures from here and never compute a figure from data.
 */

export interface LedgerRow extends ReleasedFigure {
  /** Last day of the data of the release the row belongs to. */
  cutoff: string;
}

export interface LedgerRows {
  /** Newest release first. */
  rows: readonly LedgerRow[];
  /** Cut-off of the newest release of the series. */
  cutoff: string;
}

export type PickedGroup =
  { figure: ShownGroupFigure; detail: Extract<FigureDetail, { kind: "group" }>; cutoff: string } | { figure: SuppressedGroupFigure };

export function isShown(figure: ReleasedFigure["figure"]): boolean {
  return !("suppressed" in figure);
}

/**
 * A group as a view shows it: its newest shown figure — from the newest release, or, when that release held
 * it back, from the latest one that showed it (re-showing a released figure tells nothing new) — else the
 * newest release's suppression.
 */
export function pickGroup(ledger: LedgerRows, scope: string, role: RespondentRole, indicatorId: string): PickedGroup | undefined {
  let newest: LedgerRow | undefined;
  for (const row of ledger.rows) {
    if (row.scope !== scope || row.role !== role || row.indicatorId !== indicatorId) continue;
    newest ??= row;
    if (isShown(row.figure) && row.detail.kind === "group")
      return { figure: row.figure as ShownGroupFigure, detail: row.detail, cutoff: row.cutoff };
  }
  return newest ? { figure: newest.figure as SuppressedGroupFigure } : undefined;
}

/** A structure's own figure from the newest release that holds it. */
export function pickOwn(ledger: LedgerRows, structureId: number, role: RespondentRole, indicatorId: string) {
  const scope = `structure:${structureId}`;
  const row = ledger.rows.find((r) => r.scope === scope && r.role === role && r.indicatorId === indicatorId);
  return row as (LedgerRow & { figure: ShownCell | OwnSuppression }) | undefined;
}

/** Roles with some row, in the canonical order. */
export function rolesOf(ledger: LedgerRows): RespondentRole[] {
  const present = new Set(ledger.rows.map((r) => r.role));
  return RESPONDENT_ROLES.filter((role) => present.has(role));
}

export type { GroupFigure };
