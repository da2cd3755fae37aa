import { useId, type ReactNode } from 'react';

/** What the control inside a LabelledField carries so its label, hint and error are read with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface LabelledFieldProps {
  label: string;
  /** Shown below the label, tied to the control with aria-describedby. */
  hint?: string;
  /** Shown below the control and tied to it; also marks it aria-invalid. */
  error?: string;
  className?: string;
  /** The control (an input, textarea or select), given the props that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A form control's frame: its label above, an optional hint, and an optional error below. */
export function LabelledField({ label, hint, error, className, children }: LabelledFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
