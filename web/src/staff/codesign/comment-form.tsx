import { useState, type FormEvent } from "react";
import { CheckField, ErrorList, Field } from "@web/shared/forms.tsx";
import { useText, type Text } from "../../shared/locale.tsx";
import { addComment } from "./codesign-api.ts";
import { errorText } from "../error-text.ts";
import { words } from "./words.ts";

interface CommentFormProps {
  draftId: number;
  /** The question commented on; none for the whole draft (and for a reply, which joins its thread). */
  question?: string;
  parentId?: number;
  label: Text;
  submitLabel: Text;
  /** Offers the "easy-to-read review" request (new threads on a question). */
  withFalc?: boolean;
  onPosted: () => void;
}

/** Writing a comment, a reply, or a request for an easy-to-read (FALC) review. */
export function CommentForm({ draftId, question, parentId, label, submitLabel, withFalc = false, onPosted }: CommentFormProps) {
  const t = useText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = String(form.get("body") ?? "").trim();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      await addComment(draftId, {
        body,
        ...(question !== undefined ? { question } : {}),
        ...(parentId !== undefined ? { parentId } : {}),
        ...(withFalc && form.get("falc") === "on" ? { falcReview: true } : {}),
      });
      formElement.reset();
      onPosted();
    } catch (e) {
      setError(errorText(e, t, words.commentForm.commentCouldNotPosted));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack">
      <Field label={t(label)}>{(control) => <textarea {...control} name="body" rows={3} required maxLength={5000} />}</Field>
      {withFalc && <CheckField type="checkbox" name="falc" label={t(words.commentForm.askEasyReadFalc)} />}
      <div role="status">
        <ErrorList errors={[error]} />
      </div>
      <div>
        <button type="submit" className="secondary" disabled={busy}>
          {t(submitLabel)}
        </button>
      </div>
    </form>
  );
}
