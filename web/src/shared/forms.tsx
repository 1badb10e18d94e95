import { useId, type InputHTMLAttributes, type ReactNode } from "react";

/** What a list of errors may hold: absent entries (`false`, `null`, "") are left out. */
export type Errors = readonly (string | false | null | undefined)[] | null | undefined;

function present(errors: Errors): string[] {
  return (errors ?? []).filter((e): e is string => typeof e === "string" && e !== "");
}

/**
 * The errors of a field or of a whole form, as a list (one reason per line); nothing at all when there is
 * none. `announce` makes it an alert, read out as soon as it appears: for errors that follow a submit, not
 * for those that follow each keystroke.
 * @example
 * <div role="status"><ErrorList errors={[error]} /></div>
 */
export function ErrorList({ id, errors, announce = false }: { id?: string | undefined; errors: Errors; announce?: boolean }) {
  const shown = present(errors);
  if (shown.length === 0) return null;
  const list = (
    <ul id={id} className="error-list">
      {shown.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
  // The alert role goes on a wrapper: on the list itself it would hide the list from assistive technology.
  return announce ? <div role="alert">{list}</div> : list;
}

/** The props a field hands its control: its id and the ARIA attributes that tie it to its hint and errors. */
export interface ControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** The control's id; one is made when none is given (give one when another element points at it). */
  id?: string | undefined;
  /** What to write, read before typing: shown under the label, and read with the control. */
  hint?: ReactNode;
  /** Ids of descriptions outside the field (a hint shared by a fieldset), read with the control first. */
  describedBy?: string | undefined;
  errors?: Errors;
  /** See ErrorList. */
  announce?: boolean;
  /** The wrapper's class: "field" (staff pages) unless the page has its own. */
  className?: string;
  /** Draws the control (input, select, textarea…) from the props it must carry. */
  children: (control: ControlProps) => ReactNode;
}

/**
 * One form field: its label, its hint, its control and its errors, the control tied to the hint and errors
 * with `aria-describedby` and marked `aria-invalid` while it has errors — so that a screen reader says what
 * is wrong where the person is. After epic-stack's app/components/forms.tsx.
 * @example
 * <Field label={t(w.email)} errors={[emailError]}>
 *   {(control) => <input {...control} name="email" type="email" required />}
 * </Field>
 */
export function Field({ label, id, hint, describedBy, errors, announce, className = "field", children }: FieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = present(errors).length > 0 ? `${controlId}-error` : undefined;
  const described = [describedBy, hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={controlId}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id: controlId, "aria-describedby": described || undefined, "aria-invalid": errorId ? true : undefined })}
      <ErrorList id={errorId} errors={errors} announce={announce} />
    </div>
  );
}

type CheckFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  type: "checkbox" | "radio";
  label: ReactNode;
  /** Shown under the box and read with it. */
  hint?: ReactNode;
};

/**
 * A checkbox or a radio button inside its label, so that the whole line is a target (44 px on a phone).
 * @example
 * <CheckField type="checkbox" name="falc" label={t(w.askFalc)} />
 */
export function CheckField({ label, hint, id, ...input }: CheckFieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const box = (
    <label className="checkbox" htmlFor={controlId}>
      <input id={controlId} aria-describedby={hint ? `${controlId}-hint` : undefined} {...input} />
      {label}
    </label>
  );
  if (!hint) return box;
  return (
    <div>
      {box}
      <p id={`${controlId}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
