import { useState } from "react";
import type { WordingDecision } from "@web/shared/domain.ts";
import { useText, type Text } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import type { StaffUser } from "../session.tsx";
import { DraftChanges } from "./draft-changes.tsx";
import { DraftHeader } from "./draft-header.tsx";
import { DraftEditor } from "./editor/draft-editor.tsx";
import { errorText } from "../error-text.ts";
import { GeneralComments } from "./general-comments.tsx";
import { JsonPanel } from "./json-panel.tsx";
import { PilotPanel } from "./pilot-panel.tsx";
import { ProblemsList } from "./problems-list.tsx";
import { QuestionComments } from "./question-comments.tsx";
import { ReviewPanel } from "./review-panel.tsx";
import { SaveBar, type SaveMessage } from "./save-bar.tsx";
import { useDraftEditing, type Conflict, type LiveUpdate } from "./use-draft-editing.ts";
import "./codesign.css";
import { words } from "./words.ts";

/**
 * A draft: the structured editor, saving (merged with others' edits, or the conflict named), comments per
 * question and on the whole draft, the phone preview, the JSON view, review, approvals and publication.
 * What the other members save while the page is open appears in it, or is named if unsaved edits are on screen.
 */
export default function DraftPage({ id, user }: { id: number; user: StaffUser }) {
  const t = useText();
  const [message, setMessage] = useState<SaveMessage>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const onUpdated = (update: LiveUpdate) => {
    setConflict(null);
    setMessage({ kind: "saved", text: t(liveUpdateText(update)) });
  };
  const { draft, loadError, content, setContent, dirty, saving, save, refresh, savedMeanwhile } = useDraftEditing(id, onUpdated);
  usePageTitle(draft ? t(draft.content.title) || draft.slug : t(words.draftPage.draft));
  if (!draft || !content) return loadError ? <ErrorMessage error={loadError} /> : <Loading />;
  const readOnly = draft.status === "published";

  const doSave = async (decisions?: WordingDecision[]) => {
    setMessage(null);
    const outcome = await save(decisions);
    if (outcome.kind === "conflict") return setConflict(outcome.conflict);
    if (outcome.kind === "error") {
      return setMessage({
        kind: "error",
        text: errorText(outcome.error, t, words.draftPage.draftCouldNotSaved),
      });
    }
    setConflict(null);
    setMessage(
      outcome.kind === "merged"
        ? {
            kind: "merged",
            text: t(words.draftPage.mergedWith(outcome.mergedWith, outcome.revision)),
          }
        : { kind: "saved", text: t(words.draftPage.savedRevision(outcome.revision)) },
    );
  };
  const reload = async () => {
    const latest = await refresh(true);
    setConflict(null);
    if (latest)
      setMessage({
        kind: "saved",
        text: t(words.draftPage.latestVersionLoadedRevision(latest.revision)),
      });
  };
  const onChanged = () => refresh();

  return (
    <>
      <DraftHeader draft={draft} />
      <ProblemsList problems={draft.problems} content={content} />
      <div className="draft-columns">
        <div>
          <DraftEditor
            content={content}
            onChange={setContent}
            readOnly={readOnly}
            renderQuestionExtras={(name) => (
              <QuestionComments draftId={draft.id} name={name} comments={draft.comments} onChanged={onChanged} />
            )}
          />
          <JsonPanel content={content} problems={draft.problems} readOnly={readOnly} onApply={setContent} />
          <SaveBar
            readOnly={readOnly}
            dirty={dirty}
            saving={saving}
            approvals={draft.approvals.current.length}
            message={message}
            conflict={conflict}
            savedMeanwhile={saving || conflict ? null : savedMeanwhile}
            content={content}
            onSave={() => void doSave()}
            onReload={() => void reload()}
            onKeep={() => setConflict(null)}
          />
        </div>
        <div>
          <PilotPanel draftId={draft.id} content={content} dirty={dirty} readOnly={readOnly} />
          <ReviewPanel draft={draft} user={user} dirty={dirty} onChanged={onChanged} />
          {/* Once published, the draft is the latest version itself: its changes are read on the version's page. */}
          {!readOnly && <DraftChanges draft={draft} readOnly={readOnly} onDecide={doSave} />}
          <GeneralComments draftId={draft.id} comments={draft.comments} onChanged={onChanged} />
        </div>
      </div>
    </>
  );
}

/** What the page says after loading what someone else saved (or published) while it was open. */
function liveUpdateText({ revision, updatedBy, published, keptEdits }: LiveUpdate): Text {
  if (published) {
    return keptEdits ? words.draftPage.draftWasJustPublished : words.draftPage.draftWasJustPublishedNo;
  }
  return updatedBy ? words.draftPage.updatedSavedRevision(updatedBy, revision) : words.draftPage.updatedAnotherMemberProject(revision);
}
