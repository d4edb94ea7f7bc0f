import { type ComponentProps, type ReactNode, useId } from 'react';

interface FieldText {
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  /** Appends "(wajib)"/"(required)" style text given by the caller. */
  requiredText?: string;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(' ') ||
    undefined
  );
}

function Label({ htmlFor, label, requiredText }: { htmlFor: string; label: string; requiredText?: string }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {requiredText ? <span className="field-required"> ({requiredText})</span> : null}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

export type TextAreaFieldProps = Omit<ComponentProps<'textarea'>, 'id'> &
  FieldText & {
    /** Extra content under the box (e.g. a character counter), tied to it with aria-describedby. */
    footer?: ReactNode;
  };

/** A labelled multi-line box with an optional hint, error and footer. */
export function TextAreaField({
  label,
  hint,
  error,
  requiredText,
  footer,
  className,
  ...area
}: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <Label htmlFor={id} label={label} requiredText={requiredText} />
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, footer ? `${id}-footer` : undefined)}
        {...area}
      />
      {footer ? (
        <div id={`${id}-footer`} className="field-footer">
          {footer}
        </div>
      ) : null}
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export type SelectFieldProps = Omit<ComponentProps<'select'>, 'id'> & FieldText;

/** A labelled drop-down list. */
export function SelectField({
  label,
  hint,
  error,
  requiredText,
  className,
  children,
  ...select
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <Label htmlFor={id} label={label} requiredText={requiredText} />
      <Hint id={id} hint={hint} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'id' | 'type'> & {
  label: string;
  hint?: ReactNode;
  error?: string;
};

/** A checkbox with its label beside it and an explanation under it. */
export function CheckboxField({ label, hint, error, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={className ? `check-field ${className}` : 'check-field'}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <Hint id={id} hint={hint} />
        <FieldErrorText id={`${id}-error`} error={error} />
      </div>
    </div>
  );
}

/**
 * A group of radio buttons or checkboxes under one legend. The error is tied
 * to the group, and `aria-invalid` is set on each choice so that the first one
 * can receive the focus.
 */
export function ChoiceGroup({
  legend,
  hint,
  error,
  requiredText,
  className,
  children,
}: Omit<FieldText, 'label'> & { legend: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset
      className={className ? `field choice-group ${className}` : 'field choice-group'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>
        {legend}
        {requiredText ? <span className="field-required"> ({requiredText})</span> : null}
      </legend>
      <Hint id={id} hint={hint} />
      <div className="choices">{children}</div>
      <FieldErrorText id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** One radio button or checkbox of a ChoiceGroup. */
export function Choice({
  label,
  type = 'radio',
  ...input
}: Omit<ComponentProps<'input'>, 'type'> & { label: ReactNode; type?: 'radio' | 'checkbox' }) {
  const id = useId();
  return (
    <div className="choice">
      <input id={id} type={type} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
