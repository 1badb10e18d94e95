import { LocaleSwitch } from "../shared/locale.tsx";

/** The respondent path: /r/:code. */
export default function RespondentApp() {
  return (
    <main>
      <LocaleSwitch />
    </main>
  );
}
