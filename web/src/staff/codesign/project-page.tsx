import { useState } from "react";
import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import { useAsync } from "../use-async.ts";
import { listCoResearchers, listQuestionnaires, loadProject, type Project } from "./codesign-api.ts";
import { NewDraftForm } from "./new-draft-form.tsx";
import { ProjectData } from "./project-data.tsx";
import { ProjectDrafts } from "./project-drafts.tsx";
import { ProjectMembers } from "./project-members.tsx";
import { ProjectSettingsForm } from "./project-settings-form.tsx";
import "./codesign.css";
import { words } from "./words.ts";

/** A research project: who takes part (with their background), its drafts, a new draft. */
export default function ProjectPage({ id }: { id: number }) {
  const t = useText();
  // What the settings form saved, shown at once without reloading the page (which would take the focus away).
  const [revised, setRevised] = useState<Pick<Project, "name" | "description" | "ethics"> | null>(null);
  const [state, reload] = useAsync(() => Promise.all([loadProject(id), listCoResearchers(), listQuestionnaires()]), [id]);
  usePageTitle(state.status === "ready" ? state.data[0].name : t(words.projectPage.researchProject));
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  const [loaded, coResearchers, questionnaires] = state.data;
  const project = { ...loaded, ...revised };
  return (
    <>
      <p>
        <Link href="/projets">{t(words.projectPage.researchProjects)}</Link>
      </p>
      <h1>{project.name}</h1>
      {project.description && <p>{project.description}</p>}
      {project.ethics && (
        <details>
          <summary>{t(words.projectPage.ethicsConsentWhatRespondents)}</summary>
          <p className="comment-body">{t(project.ethics)}</p>
        </details>
      )}
      <ProjectSettingsForm project={project} onSaved={setRevised} />
      <ProjectMembers projectId={project.id} members={project.members} coResearchers={coResearchers} onAdded={reload} />
      <ProjectDrafts drafts={project.drafts} />
      <NewDraftForm projectId={project.id} questionnaires={questionnaires} />
      <ProjectData projectId={project.id} />
    </>
  );
}
