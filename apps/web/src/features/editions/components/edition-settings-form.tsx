import { useState, type FormEvent } from 'react';
import type { SchoolHolidayRegion } from '@koers/shared/domain';
import type { EditionDetail, UpdateEditionRequest } from '@koers/shared/editions';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextField } from '../../../components/text-field';
import { fieldErrors, formErrorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useUpdateEdition } from '../api/update-edition';
import { SchoolHolidayRegionField } from './school-holiday-region-field';

/**
 * Euros as people type them, in cents: "1.250", "1,250.50", "1250,5", "€ 95". A separator before two digits at the
 * end is the decimal one, before groups of three a thousands one. '' is no price; NaN is no amount.
 */
export function euroCents(typed: string): number | null {
  const plain = typed.replace(/[€\s]/g, '');
  if (plain === '') return null;
  const match = /^(\d+|\d{1,3}([.,])\d{3}(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/.exec(plain);
  if (!match || (match[2] !== undefined && match[2] === match[3])) return Number.NaN;
  return Number(match[1].replace(/[.,]/g, '')) * 100 + Number((match[4] ?? '').padEnd(2, '0'));
}

const typedEuros = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', ',').replace(',00', ''));

/**
 * What stays editable after opening: name, places, the default venue, the school holidays it is planned around, and
 * what the programme's public page says about applying (listed or not, the deadline, the price).
 */
export function EditionSettingsForm({ edition, onSaved }: { edition: EditionDetail; onSaved: (edition: EditionDetail) => void }) {
  const t = useT();
  const update = useUpdateEdition();
  const [form, setForm] = useState({
    name: edition.name,
    capacity: String(edition.capacity),
    defaultLocation: edition.defaultLocation ?? '',
    defaultOnlineUrl: edition.defaultOnlineUrl ?? '',
    openForApplications: edition.openForApplications,
    applicationDeadline: edition.applicationDeadline ?? '',
    price: typedEuros(edition.priceCents),
    schoolHolidayRegion: edition.schoolHolidayRegion ?? '',
  });
  // Moving the first session before the deadline closes applications earlier on the server: the deadline field takes
  // that day, and whatever else is being edited here stays.
  const [serverDeadline, setServerDeadline] = useState(edition.applicationDeadline);
  if (edition.applicationDeadline !== serverDeadline) {
    setServerDeadline(edition.applicationDeadline);
    setForm({ ...form, applicationDeadline: edition.applicationDeadline ?? '' });
  }
  const [invalid, setInvalid] = useState<{ capacity?: boolean; price?: boolean }>({});
  const errors = fieldErrors(update.error);
  const text = (name: 'name' | 'capacity' | 'defaultLocation' | 'defaultOnlineUrl' | 'applicationDeadline' | 'price' | 'schoolHolidayRegion') => ({
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const capacity = Number(form.capacity);
    const priceCents = euroCents(form.price);
    const nowInvalid = { capacity: !Number.isInteger(capacity) || capacity < 1, price: Number.isNaN(priceCents) };
    setInvalid(nowInvalid);
    const formElement = event.currentTarget;
    if (nowInvalid.capacity || nowInvalid.price) return focusFirstInvalid(formElement);
    const changes: UpdateEditionRequest = {
      name: form.name,
      capacity,
      defaultLocation: form.defaultLocation || null,
      defaultOnlineUrl: form.defaultOnlineUrl || null,
      openForApplications: form.openForApplications,
      applicationDeadline: form.applicationDeadline || null,
      priceCents,
      schoolHolidayRegion: (form.schoolHolidayRegion || null) as SchoolHolidayRegion | null,
    };
    update.mutate({ editionId: edition.id, changes }, { onSuccess: onSaved, onError: () => focusFirstInvalid(formElement) });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField label={t('editions.wizard.name')} required error={errors.name} {...text('name')} />
      <div className="field-grid field-grid--wide">
        <TextField
          label={t('editions.wizard.capacity')}
          hint={t('editions.settings.capacityHint')}
          type="number"
          inputMode="numeric"
          min={1}
          required
          error={invalid.capacity ? t('editions.wizard.capacityInvalid') : errors.capacity}
          {...text('capacity')}
        />
        <TextField label={t('editions.wizard.location')} hint={t('editions.wizard.locationHint')} error={errors.defaultLocation} {...text('defaultLocation')} />
        <TextField
          label={t('editions.wizard.onlineUrl')}
          hint={t('editions.wizard.onlineUrlHint')}
          type="url"
          inputMode="url"
          error={errors.defaultOnlineUrl}
          {...text('defaultOnlineUrl')}
        />
      </div>
      <SchoolHolidayRegionField hint={t('editions.settings.regionHint')} error={errors.schoolHolidayRegion} {...text('schoolHolidayRegion')} />
      <fieldset className="settings-group">
        <legend>{t('editions.settings.applying')}</legend>
        <CheckboxField
          label={t('editions.settings.openForApplications')}
          hint={t('editions.settings.openForApplicationsHint')}
          checked={form.openForApplications}
          onChange={(event) => setForm({ ...form, openForApplications: event.target.checked })}
        />
        <div className="field-grid field-grid--wide">
          <TextField
            label={t('editions.settings.applicationDeadline')}
            hint={t('editions.settings.applicationDeadlineHint')}
            type="date"
            error={errors.applicationDeadline}
            {...text('applicationDeadline')}
          />
          <TextField
            label={t('editions.settings.price')}
            hint={t('editions.settings.priceHint')}
            inputMode="decimal"
            error={invalid.price ? t('editions.settings.priceInvalid') : errors.priceCents}
            {...text('price')}
          />
        </div>
      </fieldset>
      {update.isError && <Alert tone="error">{formErrorMessage(update.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={update.isPending}>
          {t('editions.settings.save')}
        </Button>
      </div>
    </form>
  );
}
