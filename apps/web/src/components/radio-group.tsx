import type { ReactNode } from 'react';
import { ChoicesFieldset } from './choices-fieldset';

export interface RadioGroupProps<Value extends string> {
  legend: string;
  /** The form field's name: an uncontrolled group is read from the form. */
  name: string;
  options: readonly { value: Value; label: ReactNode; lang?: string }[];
  /** The chosen value of a controlled group (null: none yet); leave it out to let the form hold the choice. */
  value?: Value | null;
  onChange?: (value: Value) => void;
  /** Shown below the options and tied to the group. */
  error?: string;
  className?: string;
}

/** A labelled choice of one option: a fieldset whose legend names it, one touch-sized row per option. */
export function RadioGroup<Value extends string>({ legend, name, options, value, onChange, error, className }: RadioGroupProps<Value>) {
  return (
    <ChoicesFieldset legend={legend} error={error} className={className}>
      {options.map((option) => (
        <label key={option.value} className="choice" lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            {...(value !== undefined && { checked: value === option.value, onChange: () => onChange?.(option.value) })}
          />
          {option.label}
        </label>
      ))}
    </ChoicesFieldset>
  );
}
