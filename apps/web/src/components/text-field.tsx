import type { InputHTMLAttributes, Ref } from 'react';
import { LabelledField } from './labelled-field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: string;
  name: string;
  /** Shown below the label, tied to the input with aria-describedby. */
  hint?: string;
  /** Shown below the input and tied to it; also marks it aria-invalid. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with an optional hint and error message. */
export function TextField({ label, hint, error, className, type = 'text', ref, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...input} {...control} ref={ref} type={type} className="field__input" />}
    </LabelledField>
  );
}
