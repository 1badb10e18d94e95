import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { TableBox } from "../layout/table-box.tsx";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { LABEL_LEVEL_LABELS, labelOf, words } from "../words.ts";
import { loadRegionCertificates } from "./label-api.ts";

/** Every label certificate of the region's structures, for its coordination. */
export function RegionCertificates({ region }: { region: string }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const [state] = useAsync(() => loadRegionCertificates(region), [region]);
  return (
    <section aria-labelledby="region-certificates">
      <h2 id="region-certificates">{t(w.regionCertificates)}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t(w.noCertificate)}</p>
        ) : (
          <TableBox label={t(w.regionCertificates)}>
            <table>
              <caption>{t(w.regionCertificates)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(w.structure)}</th>
                  <th scope="col">{t(w.issuedOn)}</th>
                  <th scope="col">{t(w.level)}</th>
                  <th scope="col">{t(w.criteriaVersion)}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link href={`/structures/${c.structureId}/label?certificat=${c.id}`}>{c.structureName}</Link>
                    </th>
                    <td>{formatDate(c.createdAt, locale, true)}</td>
                    <td>{t(labelOf(LABEL_LEVEL_LABELS, c.level))}</td>
                    <td>v{c.criteriaVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        ))}
    </section>
  );
}
