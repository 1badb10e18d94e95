import { LocaleSwitch } from "../shared/locale.tsx";

/** Staff pages: sign-in, dashboards, campaigns, region. */
export default function StaffApp() {
  return (
    <main>
      <h1>Repères</h1>
      <LocaleSwitch />
    </main>
  );
}
