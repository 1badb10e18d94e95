import type { Text } from "@web/shared/locale.tsx";

/**
 * A change's before and after as people read them (in French, the reference language of the library): the
 * title, the answer choices, the scale, a dimension's questions — not the JSON.
 */

const fr = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "fr" in value && typeof (value as Text).fr === "string") return (value as Text).fr;
  return undefined;
};

const itemTexts = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map(
        (item) =>
          (item && typeof item === "object" && "text" in item ? fr(item.text) : fr(item)) ??
          String((item as { value?: unknown })?.value ?? item),
      )
    : [];

/** The lines a part of a questionnaire reads as; empty when it has nothing a person reads. */
export function readableLines(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== "object") return [String(value)];
  const v = value as Record<string, unknown>;
  const lines: string[] = [];
  const title = fr(v.title);
  if (title) lines.push(title);
  const description = fr(v.description);
  if (description) lines.push(description);
  for (const list of ["choices", "rateValues", "rows", "columns"]) {
    const texts = itemTexts(v[list]);
    if (texts.length > 0) lines.push(texts.join(" · "));
  }
  if (typeof v.rateMin === "number" && typeof v.rateMax === "number" && !v.rateValues) {
    lines.push(`${v.rateMin} (${fr(v.minRateDescription) ?? ""}) → ${v.rateMax} (${fr(v.maxRateDescription) ?? ""})`);
  }
  if (typeof v.min === "number" && typeof v.max === "number" && lines.length === 0) lines.push(`${v.min} – ${v.max}`);
  if (Array.isArray(v.items)) lines.push(`[${(v.items as unknown[]).join(", ")}]`);
  if (Array.isArray(v.roles)) lines.push((v.roles as unknown[]).join(", "));
  if (typeof v.visibleIf === "string") lines.push(`visibleIf: ${v.visibleIf}`);
  return lines.length > 0 ? lines : [JSON.stringify(value).slice(0, 300)];
}

/** The title of what a change is about, from the side that has it. */
export function changeTitle(change: { before?: unknown; after?: unknown }): string {
  const side = (change.after ?? change.before) as { title?: unknown } | undefined;
  return (side && typeof side === "object" && fr(side.title)) || "";
}
