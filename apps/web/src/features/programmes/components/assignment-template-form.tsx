import { useRef, useState, type FormEvent } from 'react';
import { type AssignmentTemplate, type CurriculumSlot, DEFAULT_DUE_TIME, MAX_DEADLINE_OFFSET_DAYS } from '@koers/shared/programmes';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useSaveAssignmentTemplate } from '../api/save-assignment-template';

interface AssignmentTemplateFormProps {
  programmeId: string;
  slots: CurriculumSlot[];
  template?: AssignmentTemplate;
  onDone: (saved: AssignmentTemplate) => void;
  onCancel?: () => void;
}

/** An assignment due a number of days before or after one of the template's sessions, at an Amsterdam time. */
export function AssignmentTemplateForm({ programmeId, slots, template, onDone, onCancel }: AssignmentTemplateFormProps) {
  const t = useT();
  const save = useSaveAssignmentTemplate();
  const [errors, setErrors] = useState<{ title?: string; days?: string }>({});
  const titleRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);
  const server = fieldErrors(save.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get('title') ?? '').trim();
    // An empty field is no number of days (Number('') would read it as 0).
    const daysText = String(form.get('days') ?? '').trim();
    const days = daysText === '' ? Number.NaN : Number(daysText);
    const found = {
      title: title ? undefined : t('programmes.assignment.titleRequired'),
      days: Number.isInteger(days) && days >= 0 && days <= MAX_DEADLINE_OFFSET_DAYS ? undefined : t('programmes.assignment.daysInvalid', { max: MAX_DEADLINE_OFFSET_DAYS }),
    };
    setErrors(found);
    if (found.title) return titleRef.current?.focus();
    if (found.days) return daysRef.current?.focus();
    save.mutate(
      {
        programmeId,
        templateId: template?.id,
        template: {
          title,
          instructions: String(form.get('instructions') ?? ''),
          relativeToSlotId: String(form.get('slot')),
          offsetDays: form.get('direction') === 'before' ? -days : days,
          dueTime: String(form.get('dueTime') || DEFAULT_DUE_TIME),
        },
      },
      {
        onSuccess: (saved) => {
          if (!template) formElement.reset();
          onDone(saved);
        },
      },
    );
  };

  return (
    <form
      className="form template-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={template ? t('programmes.assignment.editLabel', { title: template.title }) : t('programmes.assignment.add')}
    >
      {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
      <TextField ref={titleRef} label={t('programmes.assignment.title')} name="title" defaultValue={template?.title} required error={errors.title ?? server.title} />
      <TextAreaField label={t('programmes.assignment.instructions')} hint={t('programmes.assignment.instructionsHint')} name="instructions" rows={4} defaultValue={template?.instructions} />
      <div className="template-form__row">
        <TextField
          ref={daysRef}
          label={t('programmes.assignment.days')}
          name="days"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_DEADLINE_OFFSET_DAYS}
          defaultValue={template ? Math.abs(template.offsetDays) : 3}
          required
          error={errors.days ?? server.offsetDays}
        />
        <SelectField
          label={t('programmes.assignment.direction')}
          name="direction"
          defaultValue={template && template.offsetDays > 0 ? 'after' : 'before'}
          options={[
            { value: 'before', label: t('programmes.assignment.before') },
            { value: 'after', label: t('programmes.assignment.after') },
          ]}
        />
      </div>
      <SelectField
        label={t('programmes.assignment.slot')}
        name="slot"
        defaultValue={template?.relativeToSlotId}
        options={slots.map((slot) => ({ value: slot.id, label: `${slot.position}. ${slot.title}` }))}
        error={server.relativeToSlotId}
      />
      <TextField label={t('programmes.assignment.dueTime')} name="dueTime" type="time" defaultValue={template?.dueTime ?? DEFAULT_DUE_TIME} error={server.dueTime} />
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('programmes.saving') : template ? t('programmes.save') : t('programmes.assignment.add')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('programmes.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
