import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { TableBox } from "../layout/table-box.tsx";
import { useAsync } from "../use-async.ts";
import { loadAudit } from "./region-api.ts";
import { words } from "../words.ts";

/** The audit log: who did what, when, on what (the 200 latest entries the caller may read). */
export function AuditTable() {
  const t = useText();
  const { locale } = useLocale();
  const [state] = useAsync(loadAudit, []);
  const caption = t(words.auditTable.auditLog200Latest);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t(words.auditTable.auditLog)}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <TableBox label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t(words.auditTable.date)}</th>
                <th scope="col">{t(words.auditTable.account)}</th>
                <th scope="col">{t(words.auditTable.action)}</th>
                <th scope="col">{t(words.auditTable.target)}</th>
                <th scope="col">{t(words.auditTable.details)}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.at, locale, true)}</td>
                  <td>{e.userId ?? "—"}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
                  <td>{e.details ? <code>{JSON.stringify(e.details)}</code> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}
