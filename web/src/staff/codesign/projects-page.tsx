import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { useAsync } from "../use-async.ts";
import { listCoResearchers, listProjects } from "./codesign-api.ts";
import { InviteCoResearcherForm } from "./invite-co-researcher-form.tsx";
import { NewProjectForm } from "./new-project-form.tsx";
import "./codesign.css";
import { words } from "./words.ts";

/** The research projects I take part in; a new project; a new co-researcher. */
export default function ProjectsPage({ user }: { user: StaffUser }) {
  const t = useText();
  usePageTitle(t(words.projectsPage.researchProjects));
  const [state] = useAsync(() => Promise.all([listProjects(), listCoResearchers()]), [user.id]);
  return (
    <>
      <h1>{t(words.projectsPage.researchProjects)}</h1>
      <p>{t(words.projectsPage.writeQuestionnaireTogetherPeer)}</p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <>
          <section aria-labelledby="my-projects">
            <h2 id="my-projects">{t(words.projectsPage.myProjects)}</h2>
            {state.data[0].length === 0 ? (
              <p>{t(words.projectsPage.areNotPartAny)}</p>
            ) : (
              <ul className="card-list">
                {state.data[0].map((p) => (
                  <li key={p.id} className="card">
                    <h3 className="card-title">
                      <Link href={`/projets/${p.id}`}>{p.name}</Link>
                    </h3>
                    {p.description && <p>{p.description}</p>}
                    <p className="muted">{t(words.projectsPage.membersAndDrafts(p.members, p.drafts))}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <NewProjectForm user={user} coResearchers={state.data[1]} />
          <InviteCoResearcherForm />
        </>
      )}
    </>
  );
}
