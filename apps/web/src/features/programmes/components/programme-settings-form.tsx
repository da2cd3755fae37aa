import type { ProgrammeDetail } from '@koers/shared/programmes';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useUpdateProgramme } from '../api/update-programme';

/**
 * The programme's name and description, and its completion rule: the share of programme days a participant must
 * attend, and whether every assignment must be approved, before their certificate is issued.
 */
export function ProgrammeSettingsForm({ programme, onSaved }: { programme: ProgrammeDetail; onSaved: (programme: ProgrammeDetail) => void }) {
  const t = useT();
  const update = useUpdateProgramme();
  const [form, setForm] = useState({
    name: programme.name,
    description: programme.description,
    threshold: String(programme.attendanceThresholdPercent),
    requireAllAssignmentsApproved: programme.requireAllAssignmentsApproved,
  });
  const [thresholdInvalid, setThresholdInvalid] = useState(false);
  const errors = fieldErrors(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const threshold = form.threshold.trim() === '' ? Number.NaN : Number(form.threshold);
    const invalid = !Number.isInteger(threshold) || threshold < 0 || threshold > 100;
    setThresholdInvalid(invalid);
    if (invalid) return focusFirstInvalid(formElement);
    update.mutate(
      {
        programmeId: programme.id,
        changes: {
          name: form.name,
          description: form.description.trim(),
          attendanceThresholdPercent: threshold,
          requireAllAssignmentsApproved: form.requireAllAssignmentsApproved,
        },
      },
      { onSuccess: onSaved, onError: () => focusFirstInvalid(formElement) },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        name="name"
        label={t('programmes.settings.name')}
        required
        maxLength={200}
        value={form.name}
        error={errors.name}
        onChange={(event) => setForm({ ...form, name: event.target.value })}
      />
      <TextAreaField
        name="description"
        label={t('programmes.settings.description')}
        rows={2}
        maxLength={5000}
        value={form.description}
        error={errors.description}
        onChange={(event) => setForm({ ...form, description: event.target.value })}
      />
      <fieldset className="settings-group">
        <legend>{t('programmes.settings.completion')}</legend>
        <TextField
          name="attendanceThresholdPercent"
          label={t('programmes.settings.threshold')}
          hint={t('programmes.settings.thresholdHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          required
          value={form.threshold}
          error={thresholdInvalid ? t('programmes.settings.thresholdInvalid') : errors.attendanceThresholdPercent}
          onChange={(event) => setForm({ ...form, threshold: event.target.value })}
        />
        <CheckboxField
          label={t('programmes.settings.allApproved')}
          hint={t('programmes.settings.allApprovedHint')}
          checked={form.requireAllAssignmentsApproved}
          onChange={(event) => setForm({ ...form, requireAllAssignmentsApproved: event.target.checked })}
        />
      </fieldset>
      {update.isError && <Alert tone="error">{errorMessage(update.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={update.isPending}>
          {t('programmes.settings.save')}
        </Button>
      </div>
    </form>
  );
}
