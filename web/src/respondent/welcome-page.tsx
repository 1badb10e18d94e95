import { useEffect, useState, type FormEvent } from "react";
import { AURA_REGION } from "../shared/domain.ts";
import { Field } from "../shared/forms.tsx";
import { useText } from "../shared/locale.tsx";
import { loadCampaign } from "./campaign-api.ts";
import { words } from "./words.ts";

const w = words.welcome;

/**
 * What was typed, as a campaign code: codes are lower case, and a whole link copied from a message or a
 * poster's QR reader (`…/r/code?i=…`) gives its code.
 */
export function typedCampaignCode(typed: string): string {
  const value = typed.trim();
  const fromLink = /\/r\/([^/?#\s]+)/.exec(value)?.[1];
  return (fromLink ?? value).replace(/\s+/g, "").toLowerCase();
}

type Problem = "missing" | "not_found" | "offline" | null;

/**
 * The public front door: a patient who typed the address from a poster enters the campaign code there; the
 * observatory's open figures and the staff sign-in are one link away.
 */
export function WelcomePage() {
  const t = useText();
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<Problem>(null);
  const [checking, setChecking] = useState(false);
  const title = t(w.title);
  useEffect(() => {
    document.title = title;
  }, [title]);

  const go = async (event: FormEvent) => {
    event.preventDefault();
    const code = typedCampaignCode(typed);
    if (code === "") return setProblem("missing");
    setChecking(true);
    const load = await loadCampaign(code);
    setChecking(false);
    if (load.kind === "not_found") return setProblem("not_found");
    if (load.kind === "offline") return setProblem("offline");
    // The respondent page is a page of its own, with its own light bundle: a real navigation.
    const invitation = new URLSearchParams(typed.trim().split("?")[1] ?? "").get("i");
    window.location.assign(`/r/${encodeURIComponent(code)}${invitation ? `?i=${encodeURIComponent(invitation)}` : ""}`);
  };

  return (
    <div className="welcome">
      <h1>{title}</h1>
      <p className="welcome-lead">{t(w.lead)}</p>
      <section aria-labelledby="welcome-code" className="welcome-code">
        <h2 id="welcome-code">{t(w.haveCode)}</h2>
        <form onSubmit={go} noValidate>
          <Field label={t(w.codeLabel)} hint={t(w.codeHint)} errors={[problem && t(w.problems[problem])]} announce>
            {(control) => (
              <input
                {...control}
                name="campaign"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setProblem(null);
                }}
              />
            )}
          </Field>
          <button type="submit" disabled={checking}>
            {t(w.open)}
          </button>
        </form>
      </section>
      <ul className="welcome-links">
        <li>
          <a href={`/observatoire/${AURA_REGION}`}>{t(w.observatory)}</a> — {t(w.observatoryWhat)}
        </li>
        <li>
          <a href="/connexion">{t(w.staff)}</a> — {t(w.staffWhat)}
        </li>
      </ul>
    </div>
  );
}
