import { type ClipboardEvent, type DragEvent, type Ref, type TextareaHTMLAttributes, useId, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n';
import { LOCALE_TAGS } from '@koers/shared/domain';
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
 * A labelled multi-line input with an optional hint and error, like TextField. With a `maxLength`, text pasted or
 * dropped past it is cut by the browser without a word: the field says so, until the text is changed again.
 */
export function TextAreaField({ label, hint, error, className, ref, maxLength, onPaste, onDrop, onChange, ...textarea }: TextAreaFieldProps) {
  const { t, language } = useI18n();
  const noticeId = useId();
  // The length the text would have with what is being pasted or dropped: the change that follows tells whether it fit.
  const expectedLength = useRef<number | null>(null);
  // Counts the cuts, so a second one is announced again.
  const [cuts, setCuts] = useState(0);
  const [cut, setCut] = useState(false);
  const expectInsert = (field: HTMLTextAreaElement, text: string, replacesSelection: boolean) => {
    // A textarea keeps a line break as one character, however the clipboard wrote it.
    const inserted = text.replace(/\r\n?/g, '\n').length;
    expectedLength.current = field.value.length - (replacesSelection ? field.selectionEnd - field.selectionStart : 0) + inserted;
  };
  const notePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    onPaste?.(event);
    if (!event.defaultPrevented && maxLength !== undefined) expectInsert(event.currentTarget, event.clipboardData.getData('text/plain'), true);
  };
  const noteDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    onDrop?.(event);
    if (!event.defaultPrevented && maxLength !== undefined) expectInsert(event.currentTarget, event.dataTransfer.getData('text/plain'), false);
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
            onDrop={noteDrop}
            onChange={(event) => {
              const wasCut = expectedLength.current !== null && event.currentTarget.value.length < expectedLength.current;
              expectedLength.current = null;
              setCut(wasCut);
              if (wasCut) setCuts((count) => count + 1);
              onChange?.(event);
            }}
            className="field__input field__textarea"
          />
          {cut && maxLength !== undefined && (
            // Keyed by the cut: a new alert each time, so a second cut is read out too.
            <p key={cuts} className="field__hint" id={noticeId} role="alert">
              {t('textArea.cut', { max: new Intl.NumberFormat(LOCALE_TAGS[language]).format(maxLength) })}
            </p>
          )}
        </>
      )}
    </LabelledField>
  );
}
