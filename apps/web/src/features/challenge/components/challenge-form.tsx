import { CHALLENGE_LIMITS, type ImplementationChallenge } from '@koers/shared/challenge';
import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { fieldErrors, formErrorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { savedElsewhere, useSaveMyChallenge } from '../api/save-my-challenge';

const TEXT_FIELDS = ['description', 'innovation', 'goal'] as const;

/** The participant describes their challenge and moves it along the innovation route. */
export function ChallengeForm({ challenge, onDone }: { challenge: ImplementationChallenge; onDone: () => void }) {
  const t = useT();
  const save = useSaveMyChallenge();
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({
    title: challenge.title,
    description: challenge.description,
    innovation: challenge.innovation,
    goal: challenge.goal,
  });
  const [phase, setPhase] = useState<InnovationPhase>(challenge.phase);
  // The version this form was filled in from, kept while it is open (the page may read a newer one meanwhile).
  const [filledInFrom] = useState(challenge.updatedAt);
  const [titleMissing, setTitleMissing] = useState(false);
  const errors = fieldErrors(save.error);
  // Saved in another tab or on another device since this form was filled in: saving anyway replaces that version.
  const elsewhere = savedElsewhere(save.error);

  const send = (basedOn: string | null) => save.mutate({ ...values, phase, editionId: challenge.editionId, basedOn }, { onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    setTitleMissing(false);
    send(filledInFrom);
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        ref={titleRef}
        name="title"
        label={t('challenge.field.title')}
        hint={t('challenge.field.titleHint')}
        value={values.title}
        maxLength={CHALLENGE_LIMITS.title}
        error={titleMissing ? t('challenge.field.titleRequired') : errors.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
      />
      {TEXT_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          name={field}
          label={t(`challenge.field.${field}`)}
          hint={t(`challenge.field.${field}Hint`)}
          maxLength={CHALLENGE_LIMITS.text}
          rows={4}
          value={values[field]}
          error={errors[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
        />
      ))}
      <fieldset className="phase-choice">
        <legend className="field__label">{t('challenge.phase.legend')}</legend>
        {INNOVATION_PHASES.map((option) => (
          <label key={option} className="phase-choice__option">
            <input type="radio" name="phase" value={option} checked={phase === option} onChange={() => setPhase(option)} />
            <span>
              <strong>{t(`innovationPhase.${option}`)}</strong> – {t(`challenge.phase.${option}.hint`)}
            </span>
          </label>
        ))}
      </fieldset>
      {save.isError && <Alert tone="error">{formErrorMessage(save.error, t)}</Alert>}
      <div className="form__actions">
        {elsewhere === undefined ? (
          <Button type="submit" busy={save.isPending}>
            {t('challenge.save')}
          </Button>
        ) : (
          <Button busy={save.isPending} onClick={() => send(elsewhere)}>
            {t('challenge.saveAnyway')}
          </Button>
        )}
        {challenge.described && (
          <Button variant="quiet" onClick={onDone}>
            {t('challenge.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
