import { type ClipboardEvent, type Ref, type TextareaHTMLAttributes, useId, useState } from 'react';
import { useI18n } from '../lib/i18n';
import { LabelledField } from './labelled-field';
import './submissions.css';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line input with an optional hint and error, like TextField. With a `maxLength`, text pasted past
 * it is cut by the browser without a word: the field says so, until the text is short enough again.
 */
export function TextAreaField({ label, hint, error, className, ref, maxLength, onPaste, onChange, ...textarea }: TextAreaFieldProps) {
  const { t, language } = useI18n();
  const noticeId = useId();
  const [cut, setCut] = useState(false);
  const notePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (maxLength !== undefined) {
      const field = event.currentTarget;
      // A textarea keeps line breaks as one character, however the clipboard wrote them.
      const pasted = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n').length;
      setCut(field.value.length - (field.selectionEnd - field.selectionStart) + pasted > maxLength);
    }
    onPaste?.(event);
  };
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <>
          <textarea
            {...textarea}
            {...control}
            aria-describedby={[control['aria-describedby'], cut ? noticeId : null].filter(Boolean).join(' ') || undefined}
            ref={ref}
            maxLength={maxLength}
            onPaste={notePaste}
            onChange={(event) => {
              if (cut && maxLength !== undefined && event.currentTarget.value.length < maxLength) setCut(false);
              onChange?.(event);
            }}
            className="field__input field__textarea"
          />
          <div role="status">
            {cut && maxLength !== undefined && (
              <p className="field__hint" id={noticeId}>
                {t('textArea.cut', { max: new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(maxLength) })}
              </p>
            )}
          </div>
        </>
      )}
    </LabelledField>
  );
}
