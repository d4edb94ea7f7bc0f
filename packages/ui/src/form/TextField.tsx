import { type ComponentProps, useId } from 'react';

export type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  /** Shown after the label in brackets, e.g. "wajib". */
  requiredText?: string;
};

/** A labelled input with an optional hint and error, both tied to it with aria-describedby. */
export function TextField({ label, hint, error, requiredText, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {requiredText ? <span className="field-required"> ({requiredText})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level message; role="alert" so that it is read out when it appears. */
export function FormAlert({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return (
    <div role="alert" className="form-alert">
      {children}
    </div>
  );
}
