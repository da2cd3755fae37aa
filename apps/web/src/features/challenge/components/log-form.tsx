import { CHALLENGE_LIMITS } from '@koers/shared/challenge';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { amsterdamDay } from '../../../lib/dates';
import { useDraft } from '../../../lib/draft';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAddChallengeLog } from '../api/add-challenge-log';

/** A dated note on the challenge: what happened, what was learnt, what comes next. */
export function LogForm({ editionId }: { editionId: string }) {
  const t = useT();
  const id = useId();
  const add = useAddChallengeLog();
  const today = amsterdamDay(new Date());
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [entryDate, setEntryDate] = useState(today);
  // Kept as a draft: written over a long while, it survives a session that ends meanwhile (and the login after it).
  const [text, setText, clearText] = useDraft(`challenge-log:${editionId}`);
  const [textMissing, setTextMissing] = useState(false);
  const [added, setAdded] = useState(false);
  const errors = fieldErrors(add.error);
  const textError = textMissing ? t('challenge.log.textRequired') : errors.text;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    if (!text.trim()) {
      setTextMissing(true);
      textRef.current?.focus();
      return;
    }
    setTextMissing(false);
    add.mutate(
      { editionId, entryDate, text: text.trim() },
      {
        onSuccess: () => {
          clearText();
          setAdded(true);
        },
      },
    );
  };

  return (
    <form className="form log-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('challenge.log.addTitle')}</h3>
      <TextField
        name="entryDate"
        type="date"
        label={t('challenge.log.date')}
        value={entryDate}
        max={today}
        required
        error={errors.entryDate}
        onChange={(event) => setEntryDate(event.target.value)}
      />
      <TextAreaField
        ref={textRef}
        name="text"
        label={t('challenge.log.text')}
        rows={4}
        maxLength={CHALLENGE_LIMITS.logText}
        value={text}
        error={textError}
        onChange={(event) => setText(event.target.value)}
      />
      {add.isError && !Object.keys(errors).length && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      {added && <Alert tone="success">{t('challenge.log.added')}</Alert>}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {t('challenge.log.add')}
        </Button>
      </div>
    </form>
  );
}
