import { useId, type ReactNode } from 'react';
import './choices.css';

/**
 * The frame of a group of options (RadioGroup, CheckboxGroup): its legend, a hint (what to know before choosing, or
 * why there is nothing to choose), the options, and an error tied to the group.
 */
export function ChoicesFieldset({ legend, hint, error, className, children }: { legend: string; hint?: string; error?: string; className?: string; children: ReactNode }) {
  const id = useId();
  const [hintId, errorId] = [`${id}-hint`, `${id}-error`];
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={['choices', className].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
