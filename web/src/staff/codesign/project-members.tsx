import { useState, type FormEvent } from "react";
import { ErrorList, Field } from "@web/shared/forms.tsx";
import { useText } from "../../shared/locale.tsx";
import { BACKGROUND_LABELS, labelOf } from "../words.ts";
import { addMember, type CoResearcher, type ProjectMember } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { words } from "./words.ts";

/** The project's members with their backgrounds, and bringing another co-researcher in. */
export function ProjectMembers({
  projectId,
  members,
  coResearchers,
  onAdded,
}: {
  projectId: number;
  members: ProjectMember[];
  coResearchers: CoResearcher[];
  onAdded: () => void;
}) {
  const t = useText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const candidates = coResearchers.filter((p) => !members.some((m) => m.id === p.id));
  const nameOf = (p: { displayName: string | null; email: string }) => p.displayName ?? p.email;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const userId = Number(new FormData(event.currentTarget).get("userId"));
    const person = candidates.find((p) => p.id === userId);
    setMessage(null);
    try {
      await addMember(projectId, userId);
      setMessage({
        ok: true,
        text: t(words.projectMembers.nowMemberProject(person ? nameOf(person) : "")),
      });
      onAdded();
    } catch (e) {
      setMessage({
        ok: false,
        text: errorText(e, t, words.projectMembers.personCouldNotAdded),
      });
    }
  };
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t(words.common.members)}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.id}>
            {nameOf(m)}
            {m.background ? ` — ${t(labelOf(BACKGROUND_LABELS, m.background))}` : ""}
            {m.background && !m.backgroundAttested ? ` (${t(words.projectMembers.awaitingAttestation)})` : ""}
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <form onSubmit={submit} className="filters">
          <Field id="new-member" label={t(words.projectMembers.addMember)}>
            {(control) => (
              <select {...control} name="userId">
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {nameOf(p)}
                    {p.background ? ` — ${t(labelOf(BACKGROUND_LABELS, p.background))}` : ""}
                    {p.background && !p.attested ? ` (${t(words.projectMembers.awaitingAttestation)})` : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div>
            <button type="submit">{t(words.projectMembers.add)}</button>
          </div>
        </form>
      )}
      <div role="status">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
      </div>
    </section>
  );
}
