import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import { words, KIND_LABELS, labelOf, SETTING_LABELS } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { listStructures } from "../structures.ts";
import { TableBox } from "../layout/table-box.tsx";
import { useAsync } from "../use-async.ts";
import { AttestationsPanel } from "../codesign/attestations-panel.tsx";
import { AuditTable } from "./audit-table.tsx";
import { InviteForm } from "./invite-form.tsx";
import { RegionOpenFigures } from "./region-open-figures.tsx";
import { RegionCertificates } from "../label/region-certificates.tsx";
import { Field } from "@web/shared/forms.tsx";

/** Auvergne-Rhône-Alpes, where the observatory started; admins may pick any region holding structures. */
const DEFAULT_REGION = "84";

/** The region at a glance, for coordinators (their region) and admins: figures, structures, invitations, audit. */
export default function RegionPage({ user }: { user: StaffUser }) {
  const t = useText();
  const [chosen, setChosen] = useState(user.region ?? DEFAULT_REGION);
  const region = user.role === "coordinator" && user.region ? user.region : chosen;
  const [all] = useAsync(() => listStructures(), []);
  usePageTitle(t(words.common.region));
  const regions = all.status === "ready" ? [...new Set(all.data.map((s) => s.region))].sort() : [region];
  const structures = all.status === "ready" ? all.data.filter((s) => s.region === region) : [];
  return (
    <>
      <h1>
        {t(words.common.region)} {region}
      </h1>
      {user.role === "admin" && (
        <div className="filters">
          <Field id="region-code" label={t(words.regionPage.regionInseeCode)}>
            {(control) => (
              <select {...control} value={region} onChange={(e) => setChosen(e.target.value)}>
                {regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <RegionOpenFigures region={region} />
      <RegionCertificates region={region} />
      <section aria-labelledby="region-structures">
        <h2 id="region-structures">{t(words.common.structures)}</h2>
        {all.status === "loading" && <Loading />}
        {all.status === "error" && <ErrorMessage error={all.error} />}
        {all.status === "ready" && (
          <TableBox label={t(words.regionPage.structuresRegion)}>
            <table>
              <caption>{t(words.regionPage.structuresRegion)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(words.regionPage.name)}</th>
                  <th scope="col">{t(words.regionPage.kind)}</th>
                  <th scope="col">{t(words.regionPage.setting)}</th>
                  <th scope="col">{t(words.regionPage.dept)}</th>
                </tr>
              </thead>
              <tbody>
                {structures.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link href={`/structures/${s.id}`}>{s.name}</Link>
                      <br />
                      <Link href={`/structures/${s.id}/enquetes`}>{t(words.regionPage.campaigns)}</Link>
                    </th>
                    <td>{t(labelOf(KIND_LABELS, s.kind))}</td>
                    <td>{t(labelOf(SETTING_LABELS, s.setting))}</td>
                    <td>{s.department}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </section>
      <InviteForm user={user} region={region} structures={structures} />
      <AttestationsPanel />
      <AuditTable />
    </>
  );
}
