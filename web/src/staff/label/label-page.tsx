import { useState } from "react";
import { ErrorList } from "@web/shared/forms.tsx";
import { RequestError } from "@web/shared/api-error.ts";
import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { StructureTabs } from "../layout/structure-tabs.tsx";
import { TableBox } from "../layout/table-box.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link, useLocation } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { LABEL_LEVEL_LABELS, labelOf, words } from "../words.ts";
import { freezeLabel, listCertificates, loadCertificate, loadLabel, markFinal, type Label } from "./label-api.ts";
import { LabelProfile } from "./label-profile.tsx";

/** A structure's label: its profile, the history of its self-assessments, and its dated certificates. */
export default function LabelPage({ id }: { id: number }) {
  const { search } = useLocation();
  const certificateId = search.get("certificat");
  return (
    <>
      <StructureTabs id={id} />
      {certificateId ? <CertificateView structureId={id} certificateId={certificateId} /> : <TodayLabel id={id} />}
    </>
  );
}

function TodayLabel({ id }: { id: number }) {
  const t = useText();
  const w = words.label;
  const [state, reload] = useAsync(() => loadLabel(id), [id]);
  const name = state.status === "ready" ? state.data.structure.name : t(w.label);
  usePageTitle(`${t(w.label)} — ${name}`);
  return (
    <>
      <h1>
        {t(w.label)} — {name}
      </h1>
      <p>{t(w.intro)}</p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <>
          <LabelProfile label={state.data} />
          {state.data.profile && state.data.assessment && (
            <p className="no-print">
              <Link href={`/structures/${id}/enquetes`}>{t(words.common.campaigns)}</Link>
            </p>
          )}
          <History label={state.data} structureId={id} onChange={reload} />
          {state.data.profile && <Certificates structureId={id} />}
        </>
      )}
    </>
  );
}

function History({ label, structureId, onChange }: { label: Label; structureId: number; onChange: () => void }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const [error, setError] = useState<string | null>(null);
  if (label.history.length === 0) return null;
  const mark = async (responseId: string) => {
    setError(null);
    try {
      await markFinal(structureId, responseId);
      onChange();
    } catch (e) {
      setError(e instanceof RequestError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="label-history" className="no-print">
      <h2 id="label-history">{t(w.history)}</h2>
      <ErrorList errors={[error]} />
      <TableBox label={t(w.history)}>
        <table>
          <caption>{t(w.history)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(w.submittedOn)}</th>
              <th scope="col">{t(w.level)}</th>
              <th scope="col">{t(w.isAgreed)}</th>
            </tr>
          </thead>
          <tbody>
            {label.history.map((h) => (
              <tr key={h.responseId}>
                <td>{formatDate(h.submittedOn, locale)}</td>
                <td>{t(labelOf(LABEL_LEVEL_LABELS, h.level))}</td>
                <td>
                  {h.agreed && label.assessment?.final ? (
                    t(w.isAgreed)
                  ) : (
                    <button type="button" onClick={() => void mark(h.responseId)}>
                      {t(w.markFinal)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}

function Certificates({ structureId }: { structureId: number }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const [state, reload] = useAsync(() => listCertificates(structureId), [structureId]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const freeze = async () => {
    setBusy(true);
    try {
      await freezeLabel(structureId);
      setMessage({ ok: true, text: t(w.frozen) });
      reload();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof RequestError ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="label-certificates" className="no-print">
      <h2 id="label-certificates">{t(w.certificates)}</h2>
      <button type="button" onClick={freeze} disabled={busy}>
        {t(w.freeze)}
      </button>
      <div role="status">
        {message?.ok && <p className="success">{message.text}</p>}
        <ErrorList errors={[message?.ok === false && message.text]} />
      </div>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t(w.noCertificate)}</p>
        ) : (
          <ul>
            {state.data.map((c) => (
              <li key={c.id}>
                <Link href={`/structures/${structureId}/label?certificat=${c.id}`}>
                  {t(w.certificate)} — {formatDate(c.createdAt, locale, true)}
                </Link>{" "}
                <span className="muted">
                  ({t(labelOf(LABEL_LEVEL_LABELS, c.level))} · {t(w.criteriaVersion)} v{c.criteriaVersion} · {t(w.method)} {c.methodVersion}{" "}
                  · {t(w.dataCutoff)} {formatDate(c.dataCutoff, locale)})
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** A certificate as frozen, on one printable A4 page. */
function CertificateView({ structureId, certificateId }: { structureId: number; certificateId: string }) {
  const t = useText();
  const { locale } = useLocale();
  const w = words.label;
  const [state] = useAsync(() => loadCertificate(structureId, certificateId), [structureId, certificateId]);
  usePageTitle(t(w.certificate));
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const c = state.data;
  return (
    <article className="label-certificate">
      <h1>
        {t(w.certificate)} — {c.content.structure.name}
      </h1>
      <p>
        {t(w.issuedOn)} {formatDate(c.createdAt, locale, true)} · {t(w.criteriaVersion)} « {t(c.content.criteria.title)} » {t(w.version)}{" "}
        {c.criteriaVersion} ({c.criteriaHash.slice(0, 12)}) · {t(w.method)} {c.methodVersion} · {t(w.dataCutoff)}{" "}
        {formatDate(c.dataCutoff, locale)}
      </p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t(w.printCertificate)}
        </button>
        <Link href={`/structures/${structureId}/label`}>{t(w.backToProfile)}</Link>
      </div>
      <LabelProfile label={c.content} />
    </article>
  );
}
