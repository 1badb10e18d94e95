import { useState, type FormEvent } from "react";
import { InvitationResult } from "../layout/invitation-result.tsx";
import { useText } from "../../shared/locale.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { words, labelOf, STAFF_ROLE_LABELS } from "../words.ts";
import type { StaffUser } from "../session.tsx";
import type { Structure } from "../structures.ts";
import { inviteStaff, type InvitationInput } from "./region-api.ts";
import { CheckField, Field } from "@web/shared/forms.tsx";

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
            ? words.inviteForm.accountAlreadyExistsAddress
            : code === "invalid_request" && role === "manager"
              ? words.inviteForm.tickLeastOneStructure
              : words.inviteForm.invitationCouldNotCreated,
        ),
      );
    }
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t(words.inviteForm.inviteAccount)}</h2>
      <form onSubmit={submit} className="stack narrow">
        <Field id="invite-email" label={t(words.common.emailAddress)}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field id="invite-role" label={t(words.inviteForm.role)}>
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as InvitationInput["role"])}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(labelOf(STAFF_ROLE_LABELS, r))}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === "manager" && (
          <fieldset>
            <legend>{t(words.inviteForm.structuresCharge)}</legend>
            {structures.map((s) => (
              <CheckField type="checkbox" key={s.id} name="structureIds" value={s.id} label={s.name} />
            ))}
          </fieldset>
        )}
        {role === "coordinator" && (
          <p className="hint">
            {t(words.inviteForm.coordinationRegion)} {region}
          </p>
        )}
        <div>
          <button type="submit">{t(words.inviteForm.createInvitation)}</button>
        </div>
      </form>
      <InvitationResult error={error} result={result} />
    </section>
  );
}
