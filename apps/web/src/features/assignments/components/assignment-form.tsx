import type { AssignmentRequest, EditionAssignment } from '@koers/shared/assignments';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ClosedDayConfirmation, confirmedClosedDates } from '../../../components/closed-day-confirmation';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../../lib/dates';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { deadlineProblems } from './deadline-problems';

interface AssignmentFormProps {
  /** Editing this assignment; creating a new one when absent. */
  assignment?: EditionAssignment;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (request: AssignmentRequest) => void;
  onCancel?: () => void;
}

type Problems = Partial<Record<'title' | 'dueAt' | 'cutoffAt' | 'acceptsText', string>>;

/** Title, instructions (Markdown), due instant, optional cut-off and what is handed in. Times are Amsterdam time. */
export function AssignmentForm({ assignment, submitLabel, busy, error, onSubmit, onCancel }: AssignmentFormProps) {
  const t = useT();
  const [problems, setProblems] = useState<Problems>({});
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const dueValue = String(form.get('dueAt') ?? '');
    const dueAt = fromDateTimeInputValue(dueValue, assignment?.dueAt);
    const cutoffValue = String(form.get('cutoffAt') ?? '');
    const cutoffAt = cutoffValue ? fromDateTimeInputValue(cutoffValue, assignment?.cutoffAt) : null;
    const acceptsText = form.get('acceptsText') === 'on';
    const acceptsFiles = form.get('acceptsFiles') === 'on';
    const found: Problems = {
      title: title ? undefined : t('assignments.form.titleRequired'),
      ...deadlineProblems({ dueValue, dueAt, cutoffValue, cutoffAt }, t),
      acceptsText: acceptsText || acceptsFiles ? undefined : t('assignments.form.acceptsNothing'),
    };
    setProblems(found);
    const firstInvalid = (Object.keys(found) as (keyof Problems)[]).find((field) => found[field]);
    if (firstInvalid) return formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    onSubmit({
      title,
      instructions: String(form.get('instructions') ?? ''),
      sessionId: assignment?.sessionId ?? null,
      dueAt: dueAt as string,
      cutoffAt,
      acceptsText,
      acceptsFiles,
      confirmedClosedDates: confirmedClosedDates(form),
    });
  };

  const server = fieldErrors(error);
  const hasProblems = Object.values(problems).some(Boolean);
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {Boolean(error) && <Alert tone="error">{errorMessage(error, t)}</Alert>}
      {hasProblems && <Alert tone="error">{t('errors.checkFields')}</Alert>}
      <TextField label={t('assignments.form.title')} name="title" defaultValue={assignment?.title} required error={problems.title ?? server.title} />
      <TextAreaField
        label={t('assignments.form.instructions')}
        name="instructions"
        hint={t('assignments.form.instructionsHint')}
        rows={6}
        defaultValue={assignment?.instructions}
        error={server.instructions}
      />
      <TextField
        label={t('assignments.form.dueAt')}
        name="dueAt"
        type="datetime-local"
        hint={t('assignments.form.amsterdamTime')}
        defaultValue={assignment ? toDateTimeInputValue(assignment.dueAt) : undefined}
        required
        error={problems.dueAt ?? server.dueAt}
      />
      <ClosedDayConfirmation confirmLabel="assignments.form.confirmClosedDay" error={error} />
      <TextField
        label={t('assignments.form.cutoffAt')}
        name="cutoffAt"
        type="datetime-local"
        hint={t('assignments.form.cutoffHint')}
        defaultValue={assignment?.cutoffAt ? toDateTimeInputValue(assignment.cutoffAt) : undefined}
        error={problems.cutoffAt ?? server.cutoffAt}
      />
      <fieldset className="field" aria-describedby={problems.acceptsText || server.acceptsText ? 'accepts-error' : undefined}>
        <legend className="field__label">{t('assignments.form.accepts')}</legend>
        <label className="checkbox">
          <input type="checkbox" name="acceptsText" defaultChecked={assignment?.acceptsText ?? true} />
          {t('assignments.form.acceptsText')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="acceptsFiles" defaultChecked={assignment?.acceptsFiles ?? true} />
          {t('assignments.form.acceptsFiles')}
        </label>
        {(problems.acceptsText ?? server.acceptsText) && (
          <p className="field__error" id="accepts-error">
            {problems.acceptsText ?? server.acceptsText}
          </p>
        )}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t('assignments.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
