import type { SessionWorkshopsResponse, WorkshopChooser } from '@koers/shared/workshops';
import { useId, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAssignRest } from '../api/assign-rest';
import { useWorkshopChoices } from '../api/get-workshop-choices';

/**
 * The programme office's overview: per workshop who is placed and who waits (first on the waiting list first), who
 * has not chosen yet, and placing everyone without a place where there is room.
 */
export function WorkshopChoices({ sessionId, workshops }: { sessionId: string; workshops: SessionWorkshopsResponse['workshops'] }) {
  const t = useT();
  const id = useId();
  const choices = useWorkshopChoices(sessionId);
  const assignRest = useAssignRest(sessionId);
  const [assigned, setAssigned] = useState<string | null>(null);
  const byWorkshop = new Map(choices.data?.workshops.map((workshop) => [workshop.workshopId, workshop]));

  return (
    <section className="workshop-choices" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sessions.workshops.choices.title')}</h3>
      {choices.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : choices.isError ? (
        <Alert tone="error">{errorMessage(choices.error, t)}</Alert>
      ) : (
        <>
          <div className="workshop-choices__grid">
            {workshops.map((workshop) => {
              const chosen = byWorkshop.get(workshop.id);
              return (
                <section key={workshop.id} className="workshop-choices__workshop" aria-labelledby={`${id}-${workshop.id}`}>
                  <h4 id={`${id}-${workshop.id}`}>{workshop.title}</h4>
                  <p className="workshop-option__meta">
                    {[workshop.speaker, workshop.room].filter(Boolean).join(' · ')}
                    {(workshop.speaker || workshop.room) && <br />}
                    {t('sessions.workshops.places', { placed: workshop.placed, capacity: workshop.capacity })}
                  </p>
                  <People label={t('sessions.workshops.choices.placedIn', { workshop: workshop.title })} people={chosen?.placed ?? []} empty={t('sessions.workshops.choices.nobody')} />
                  {(chosen?.waitlisted.length ?? 0) > 0 && (
                    <>
                      <p className="workshop-choices__label">{t('sessions.workshops.choices.waitlist', { count: chosen!.waitlisted.length })}</p>
                      <People label={t('sessions.workshops.choices.waitlistOf', { workshop: workshop.title })} people={chosen!.waitlisted} ordered />
                    </>
                  )}
                </section>
              );
            })}
          </div>
          <h4>{t('sessions.workshops.choices.notChosen', { count: choices.data.notChosen.length })}</h4>
          {choices.data.notChosen.length === 0 ? (
            <p>{t('sessions.workshops.choices.everyoneChose')}</p>
          ) : (
            <ul className="workshop-choices__people" aria-label={t('sessions.workshops.choices.notChosenLabel')}>
              {choices.data.notChosen.map((person) => (
                <li key={person.personId}>{person.name}</li>
              ))}
            </ul>
          )}
          {/* Offered once the overview is read: the office sees who is without a place before placing them. */}
          <p className="field__hint">{t('sessions.workshops.choices.assignHint')}</p>
          <Button variant="secondary" busy={assignRest.isPending} onClick={() => assignRest.mutate(undefined, { onSuccess: (result) => setAssigned(t('sessions.workshops.assigned', result)) })}>
            {t('sessions.workshops.assignRest')}
          </Button>
          {assignRest.isError && <Alert tone="error">{errorMessage(assignRest.error, t)}</Alert>}
        </>
      )}
      <div role="status">{assigned && <Alert tone="success" live="off">{assigned}</Alert>}</div>
    </section>
  );
}

function People({ label, people, empty, ordered }: { label: string; people: WorkshopChooser[]; empty?: string; ordered?: boolean }) {
  const t = useT();
  if (people.length === 0) return empty ? <p>{empty}</p> : null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="workshop-choices__people" aria-label={label}>
      {people.map((person) => (
        <li key={person.personId}>
          {person.name}
          {person.assignedByProgrammeOffice && <span className="workshop-option__meta">{t('sessions.workshops.choices.byOffice')}</span>}
        </li>
      ))}
    </List>
  );
}
