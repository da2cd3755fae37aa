import type { SessionWorkshopsResponse } from '@koers/shared/workshops';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { useAssignRest } from '../api/assign-rest';
import { useChooseWorkshop } from '../api/choose-workshop';
import { useWorkshops } from '../api/get-workshops';

/** The session's parallel workshops: participants choose one before the deadline; the programme office places the rest. */
export function WorkshopsSection({ sessionId }: { sessionId: string }) {
  const workshops = useWorkshops(sessionId);
  if (!workshops.data || workshops.data.workshops.length === 0) return null;
  return <WorkshopChoice sessionId={sessionId} data={workshops.data} />;
}

function WorkshopChoice({ sessionId, data }: { sessionId: string; data: SessionWorkshopsResponse }) {
  const t = useT();
  const me = useCurrentPerson();
  const choose = useChooseWorkshop(sessionId);
  const assignRest = useAssignRest(sessionId);
  const [selected, setSelected] = useState(data.myChoice?.workshopId ?? '');
  const [assigned, setAssigned] = useState<string | null>(null);
  const mine = data.workshops.find((workshop) => workshop.id === data.myChoice?.workshopId);
  const manages = canSomewhere(viewerOf(me), { permission: 'workshops.manage' });

  return (
    <section aria-labelledby="workshops-heading" className="workshops">
      <h2 id="workshops-heading">{t('sessions.workshops.title')}</h2>
      {data.choiceClosesAt && (
        <p>
          {t('sessions.workshops.closes')} <DateText value={data.choiceClosesAt} />
        </p>
      )}
      <div role="status">
        {mine && data.myChoice && (
          <Alert tone={data.myChoice.status === 'placed' ? 'success' : 'info'} live="off">
            {data.myChoice.status === 'placed'
              ? t('sessions.workshops.placed', { workshop: mine.title, room: mine.room })
              : t('sessions.workshops.waitlisted', { workshop: mine.title, position: data.myChoice.waitlistPosition ?? 0 })}
          </Alert>
        )}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (selected) choose.mutate(selected);
        }}
      >
        <fieldset className="workshops__options" disabled={!data.canChoose}>
          <legend>{data.canChoose ? t('sessions.workshops.choose') : t('sessions.workshops.list')}</legend>
          {data.workshops.map((workshop) => {
            const full = workshop.placed >= workshop.capacity;
            return (
              <label key={workshop.id} className="workshop-option">
                <input type="radio" name="workshop" value={workshop.id} checked={selected === workshop.id} onChange={() => setSelected(workshop.id)} />
                <span>
                  <strong>{workshop.title}</strong>
                  <span className="workshop-option__meta">{[workshop.speaker, workshop.room].filter(Boolean).join(' · ')}</span>
                  <span className="workshop-option__meta">
                    {t('sessions.workshops.places', { placed: workshop.placed, capacity: workshop.capacity })}
                    {full && ` · ${t('sessions.workshops.full', { count: workshop.waitlisted })}`}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        {data.canChoose && (
          <Button type="submit" busy={choose.isPending} disabled={!selected || selected === data.myChoice?.workshopId}>
            {t('sessions.workshops.submit')}
          </Button>
        )}
      </form>
      {choose.isError && <Alert tone="error">{errorMessage(choose.error, t)}</Alert>}
      {manages && (
        <>
          <Button variant="secondary" busy={assignRest.isPending} onClick={() => assignRest.mutate(undefined, { onSuccess: (result) => setAssigned(t('sessions.workshops.assigned', result)) })}>
            {t('sessions.workshops.assignRest')}
          </Button>
          {assignRest.isError && <Alert tone="error">{errorMessage(assignRest.error, t)}</Alert>}
          <div role="status">{assigned && <Alert tone="success" live="off">{assigned}</Alert>}</div>
        </>
      )}
    </section>
  );
}
