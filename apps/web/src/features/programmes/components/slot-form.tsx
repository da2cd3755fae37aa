import { useRef, useState, type FormEvent } from 'react';
import type { SessionMode } from '@koers/shared/domain';
import { type CurriculumSlot, type CurriculumSlotRequest, MAX_SLOT_DURATION_MINUTES } from '@koers/shared/programmes';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SessionAudienceField, SessionKindField, SessionModeField, useKindAndAudience } from '../../../components/session-description-fields';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useSaveSlot } from '../api/save-slot';

const MIN_DURATION = 15;

interface SlotFormProps {
  programmeId: string;
  /** Edits this slot; without it the form adds one at the end. */
  slot?: CurriculumSlot;
  onDone: (saved: CurriculumSlot) => void;
  onCancel?: () => void;
}

export function SlotForm({ programmeId, slot, onDone, onCancel }: SlotFormProps) {
  const t = useT();
  const save = useSaveSlot();
  const { kind, chooseKind, audience, setAudience, reset } = useKindAndAudience(slot);
  const [errors, setErrors] = useState<{ title?: string; durationMinutes?: string }>({});
  const titleRef = useRef<HTMLInputElement>(null);
  const durationRef = useRef<HTMLInputElement>(null);
  const server = fieldErrors(save.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get('title') ?? '').trim();
    const durationMinutes = Number(form.get('durationMinutes'));
    const found = {
      title: title ? undefined : t('programmes.slot.titleRequired'),
      durationMinutes:
        Number.isInteger(durationMinutes) && durationMinutes >= MIN_DURATION && durationMinutes <= MAX_SLOT_DURATION_MINUTES
          ? undefined
          : t('programmes.slot.durationInvalid', { min: MIN_DURATION, max: MAX_SLOT_DURATION_MINUTES }),
    };
    setErrors(found);
    if (found.title) return titleRef.current?.focus();
    if (found.durationMinutes) return durationRef.current?.focus();
    const request: CurriculumSlotRequest = {
      kind,
      title,
      theme: String(form.get('theme') ?? '').trim(),
      durationMinutes,
      mode: String(form.get('mode')) as SessionMode,
      audience,
    };
    save.mutate(
      { programmeId, slotId: slot?.id, slot: request },
      {
        onSuccess: (saved) => {
          if (!slot) {
            formElement.reset();
            reset();
          }
          onDone(saved);
        },
      },
    );
  };

  return (
    <form className="form template-form" noValidate onSubmit={onSubmit} aria-label={slot ? t('programmes.slot.editLabel', { title: slot.title }) : t('programmes.slot.add')}>
      {save.isError && <Alert tone="error">{errorMessage(save.error, t)}</Alert>}
      <div className="template-form__row">
        <SessionKindField label={t('programmes.slot.kind')} value={kind} onChange={chooseKind} />
        <SessionModeField label={t('programmes.slot.mode')} defaultValue={slot?.mode ?? 'on_site'} />
      </div>
      <TextField ref={titleRef} label={t('programmes.slot.title')} name="title" defaultValue={slot?.title} required error={errors.title ?? server.title} />
      <TextField label={t('programmes.slot.theme')} name="theme" defaultValue={slot?.theme} error={server.theme} />
      <TextField
        ref={durationRef}
        label={t('programmes.slot.duration')}
        hint={t('programmes.slot.durationHint')}
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={MIN_DURATION}
        max={MAX_SLOT_DURATION_MINUTES}
        step={15}
        defaultValue={slot?.durationMinutes ?? 390}
        required
        error={errors.durationMinutes ?? server.durationMinutes}
      />
      <SessionAudienceField legend={t('programmes.slot.audience')} value={audience} onChange={setAudience} error={server.audience} />
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('programmes.saving') : slot ? t('programmes.save') : t('programmes.slot.add')}
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
