import { useId, type ReactNode } from 'react';
import './choices.css';

/** The frame of a group of options (RadioGroup, CheckboxGroup): its legend, the options, and an error tied to the group. */
export function ChoicesFieldset({ legend, error, className, children }: { legend: string; error?: string; className?: string; children: ReactNode }) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={['choices', className].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
