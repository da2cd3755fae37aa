import type { Ref, TextareaHTMLAttributes } from 'react';
import { LabelledField } from './labelled-field';
import './submissions.css';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input with an optional hint and error, like TextField. */
export function TextAreaField({ label, hint, error, className, ref, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...textarea} {...control} ref={ref} className="field__input field__textarea" />}
    </LabelledField>
  );
}
