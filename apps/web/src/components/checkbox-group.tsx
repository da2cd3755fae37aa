import { useId } from 'react';
import './choices.css';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  name: string;
  options: { value: Value; label: string }[];
  values: readonly Value[];
  onChange: (values: Value[]) => void;
  error?: string;
}

/** A labelled choice of any number of options, in the rows of a RadioGroup; its error names the group. */
export function CheckboxGroup<Value extends string>({ legend, name, options, values, onChange, error }: CheckboxGroupProps<Value>) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className="choices" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
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
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
