import type { Ref, SelectHTMLAttributes } from 'react';
import { LabelledField } from './labelled-field';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  label: string;
  name: string;
  /** An option marked `disabled` is a placeholder nobody can choose ("Kies…"). */
  options: readonly { value: string; label: string; disabled?: boolean }[];
  hint?: string;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled drop-down with an optional hint and error, like TextField. */
export function SelectField({ label, hint, error, options, className, ref, ...select }: SelectFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} ref={ref} className="field__input">
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
