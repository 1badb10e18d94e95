import { useState, type FormEvent } from "react";
import { InvitationResult } from "../layout/invitation-result.tsx";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { labelOf, STAFF_ROLE_LABELS } from "../words.ts";
import type { StaffUser } from "../session.tsx";
import type { Structure } from "../structures.ts";
import { inviteStaff, type InvitationInput } from "./region-api.ts";

/** Roles each inviter may give (the API decides; this only avoids offering what it would refuse). */
function rolesFor(user: StaffUser): InvitationInput["role"][] {
  // Co-researchers are invited with their background, from the research projects page.
  return user.role === "admin" ? ["manager", "coordinator", "admin"] : ["manager"];
}

/** Inviting a staff account: the link is shown once, to be sent to the person by the inviter. */
export function InviteForm({ user, region, structures }: { user: StaffUser; region: string; structures: Structure[] }) {
  const t = useText();
  const roles = rolesFor(user);
  const [role, setRole] = useState<InvitationInput["role"]>(roles[0]!);
  const [result, setResult] = useState<{ link: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const structureIds = form.getAll("structureIds").map(Number);
    setError(null);
    setResult(null);
    try {
      const { token, expiresAt } = await inviteStaff({
        email: String(form.get("email")),
        role,
        ...(role === "manager" ? { structureIds } : {}),
        ...(role === "coordinator" ? { region } : {}),
      });
      setResult({ link: `${window.location.origin}/invitation?token=${encodeURIComponent(token)}`, expiresAt });
      formElement.reset();
    } catch (e) {
      const code = e instanceof RequestError ? e.code : "";
      setError(
        t(
          code === "account_exists"
            ? { fr: "Un compte existe déjà pour cette adresse.", en: "An account already exists for this address." }
            : code === "invalid_request" && role === "manager"
              ? { fr: "Cochez au moins une structure.", en: "Tick at least one structure." }
              : { fr: "L'invitation n'a pas pu être créée.", en: "The invitation could not be created." },
        ),
      );
    }
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t({ fr: "Inviter un compte", en: "Invite an account" })}</h2>
      <form onSubmit={submit} className="stack narrow">
        <div className="field">
          <label htmlFor="invite-email">{t({ fr: "Adresse e-mail", en: "E-mail address" })}</label>
          <input id="invite-email" name="email" type="email" autoComplete="off" required />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t({ fr: "Rôle", en: "Role" })}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as InvitationInput["role"])}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(labelOf(STAFF_ROLE_LABELS, r))}
              </option>
            ))}
          </select>
        </div>
        {role === "manager" && (
          <fieldset>
            <legend>{t({ fr: "Structures confiées", en: "Structures in charge" })}</legend>
            {structures.map((s) => (
              <label className="checkbox" key={s.id}>
                <input type="checkbox" name="structureIds" value={s.id} />
                {s.name}
              </label>
            ))}
          </fieldset>
        )}
        {role === "coordinator" && (
          <p className="hint">
            {t({ fr: "Coordination de la région", en: "Coordination of region" })} {region}
          </p>
        )}
        <div>
          <button type="submit">{t({ fr: "Créer l'invitation", en: "Create the invitation" })}</button>
        </div>
      </form>
      <InvitationResult error={error} result={result} />
    </section>
  );
}
