import type { ReactNode } from 'react';
import { ChoicesFieldset } from './choices-fieldset';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  name: string;
  options: readonly { value: Value; label: ReactNode }[];
  values: readonly Value[];
  onChange: (values: Value[]) => void;
  hint?: string;
  error?: string;
}

/** A labelled choice of any number of options, in the rows of a RadioGroup. */
export function CheckboxGroup<Value extends string>({ legend, name, options, values, onChange, hint, error }: CheckboxGroupProps<Value>) {
  return (
    <ChoicesFieldset legend={legend} hint={hint} error={error}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(event) => onChange(event.target.checked ? [...values, option.value] : values.filter((chosen) => chosen !== option.value))}
          />
          {option.label}
        </label>
      ))}
    </ChoicesFieldset>
  );
}
