import { useText } from "../shared/locale.tsx";
import { words } from "./words.ts";

const w = words.help;

/** Where to turn, shown with the results and on every "not now" page. Links are plain links: nothing loads. */
export function HelpResources({ structureName }: { structureName?: string | undefined }) {
  const t = useText();
  return (
    <section className="r-help" aria-labelledby="help-title">
      <h2 id="help-title">{t(w.title)}</h2>
      <ul>
        <li>
          <a href="tel:3114">
            <strong>3114</strong>
          </a>{" "}
          — {t(w.line3114)}
        </li>
        <li>
          <a href="https://www.psycom.org/" rel="noreferrer">
            Psycom (psycom.org)
          </a>{" "}
          — {t(w.psycom)}
        </li>
        <li>{t(structureName ? w.namedTeam(structureName) : w.team)}</li>
      </ul>
      <p>{t(w.emergency)}</p>
    </section>
  );
}
