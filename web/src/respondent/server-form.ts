import type { Progress } from "./device-storage.ts";

/**
 * What was typed into the first page the server drew (src/http/plain-form) before the scripts arrived, read
 * back as SurveyJS holds answers — numbers and booleans where the server marked them so —, so that SurveyJS
 * takes the page over without losing an answer.
 */
export function readServerForm(root: ParentNode): { answers: Progress["answers"]; invitation: string | undefined } {
  const form = root.querySelector<HTMLFormElement>("form[data-plain-form]");
  if (!form) return { answers: {}, invitation: undefined };
  const answers: Record<string, unknown> = {};
  let invitation: string | undefined;
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (element.name === "invitation" && element.type !== "hidden") invitation = element.value.trim() || undefined;
    if (!element.name.startsWith("q:") || element.type === "hidden") continue;
    if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox") && !element.checked) continue;
    const raw = element instanceof HTMLSelectElement ? (element.selectedOptions[0] ?? element) : element;
    if (element.value.trim() === "") continue;
    const value = raw.hasAttribute("data-number")
      ? Number(element.value)
      : raw.hasAttribute("data-boolean")
        ? element.value === "true"
        : element.value;
    const name = element.name.slice(2);
    if (element instanceof HTMLInputElement && element.type === "checkbox")
      answers[name] = [...((answers[name] as unknown[]) ?? []), value];
    else answers[name] = value;
  }
  return { answers, invitation };
}
