import type { SessionMode } from '@koers/shared/domain';
import type { EditionDetail } from '@koers/shared/editions';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ClosedDayConfirmation, confirmedClosedDates } from '../../../components/closed-day-confirmation';
import { SelectField } from '../../../components/select-field';
import { SessionAudienceField, SessionKindField, SessionModeField, useKindAndAudience } from '../../../components/session-description-fields';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useAddSession } from '../api/add-session';

type Missing = Partial<Record<'title' | 'date' | 'startTime' | 'endTime', string>>;

/**
 * A session the curriculum did not plan: an extra programme day, a catch-up, a group's extra network meeting. Venue
 * and link start from the edition's; who it expects from its kind, as a curriculum slot's does.
 */
export function AddSessionForm({ edition, onDone }: { edition: EditionDetail; onDone: (message: string) => void }) {
  const t = useT();
  const add = useAddSession();
  const { kind, chooseKind, audience, setAudience, reset } = useKindAndAudience();
  const [mode, setMode] = useState<SessionMode>('on_site');
  const [missing, setMissing] = useState<Missing>({});
  const server = fieldErrors(add.error);
  const forOneGroup = kind === 'network_session' && edition.networkGroups.length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const found: Missing = {
      title: text('title') ? undefined : t('editions.addSession.titleRequired'),
      date: text('date') ? undefined : t('editions.addSession.dateRequired'),
      startTime: text('startTime') ? undefined : t('editions.addSession.timeRequired'),
      endTime: text('endTime') ? undefined : t('editions.addSession.timeRequired'),
    };
    setMissing(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid(formElement);
    add.mutate(
      {
        editionId: edition.id,
        request: {
          kind,
          title: text('title'),
          theme: text('theme'),
          date: text('date'),
          startTime: text('startTime'),
          endTime: text('endTime'),
          mode,
          location: mode === 'online' ? null : text('location') || null,
          onlineUrl: mode === 'on_site' ? null : text('onlineUrl') || null,
          audience,
          networkGroupId: forOneGroup ? text('networkGroupId') || null : null,
          confirmedClosedDates: confirmedClosedDates(form),
        },
      },
      {
        onSuccess: (session) => {
          formElement.reset();
          reset();
          setMode('on_site');
          // What the new time clashes with is said along with it, in the page's announcement.
          onDone([t('editions.addSession.done', { title: session.title }), ...session.warnings.map((warning) => warning.message)].join(' '));
        },
        onError: () => focusFirstInvalid(formElement),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('editions.addSession.title')}>
      <div className="field-grid field-grid--wide">
        <SessionKindField label={t('editions.addSession.kind')} value={kind} onChange={chooseKind} />
        <SessionModeField label={t('editions.addSession.mode')} value={mode} onChange={(event) => setMode(event.target.value as SessionMode)} />
      </div>
      {forOneGroup && (
        <SelectField
          label={t('editions.addSession.group')}
          name="networkGroupId"
          error={server.networkGroupId}
          options={[{ value: '', label: t('editions.addSession.wholeCohort') }, ...edition.networkGroups.map((group) => ({ value: group.id, label: group.name }))]}
        />
      )}
      <TextField label={t('editions.addSession.titleField')} hint={t('editions.addSession.titleHint')} name="title" required error={missing.title ?? server.title} />
      <TextField label={t('editions.addSession.theme')} name="theme" error={server.theme} />
      <div className="field-grid">
        <TextField label={t('editions.field.date')} name="date" type="date" required error={missing.date ?? server.date} />
        <TextField label={t('editions.field.startTime')} name="startTime" type="time" defaultValue="09:30" required error={missing.startTime ?? server.startTime} />
        <TextField label={t('editions.field.endTime')} name="endTime" type="time" defaultValue="16:00" required error={missing.endTime ?? server.endTime} />
      </div>
      {mode !== 'online' && <TextField label={t('editions.field.location')} name="location" defaultValue={edition.defaultLocation ?? ''} error={server.location} />}
      {mode !== 'on_site' && (
        <TextField label={t('editions.field.onlineUrl')} name="onlineUrl" type="url" inputMode="url" defaultValue={edition.defaultOnlineUrl ?? ''} error={server.onlineUrl} />
      )}
      <SessionAudienceField legend={t('editions.addSession.audience')} value={audience} onChange={setAudience} error={server.audience} />
      {add.isError && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      <ClosedDayConfirmation confirmLabel="editions.session.confirmClosedDay" error={add.error} />
      <div className="form__actions">
        <Button type="submit" busy={add.isPending}>
          {add.isPending ? t('editions.saving') : t('editions.addSession.submit')}
        </Button>
      </div>
    </form>
  );
}
