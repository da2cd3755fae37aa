import type { SessionWorkshopsResponse, WorkshopView } from '@koers/shared/workshops';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { useChooseWorkshop } from '../api/choose-workshop';
import { useWorkshops } from '../api/get-workshops';
import { WorkshopChoices } from './workshop-choices';
import { WorkshopSetup } from './workshop-setup';

/**
 * The session's parallel workshops: participants choose one before the deadline; the programme office sets them up,
 * sees the choices and waiting lists, and places the rest. Without workshops only the programme office sees this.
 */
export function WorkshopsSection({ sessionId }: { sessionId: string }) {
  const t = useT();
  const me = useCurrentPerson();
  const workshops = useWorkshops(sessionId);
  const manages = canSomewhere(viewerOf(me), { permission: 'workshops.manage' });
  if (!workshops.data || (workshops.data.workshops.length === 0 && !manages)) return null;
  return (
    <section aria-labelledby="workshops-heading" className="workshops">
      <h2 id="workshops-heading">{t('sessions.workshops.title')}</h2>
      {manages ? (
        <>
          {workshops.data.workshops.length > 0 && <WorkshopChoices sessionId={sessionId} workshops={workshops.data.workshops} />}
          <WorkshopSetup sessionId={sessionId} saved={workshops.data} onReload={async () => (await workshops.refetch()).data} />
        </>
      ) : (
        <WorkshopChoice sessionId={sessionId} data={workshops.data} />
      )}
    </section>
  );
}

/** A participant's choice, or for others at the session the list of workshops. */
function WorkshopChoice({ sessionId, data }: { sessionId: string; data: SessionWorkshopsResponse }) {
  const t = useT();
  const choose = useChooseWorkshop(sessionId);
  const { myChoice } = data;
  // What the participant asked for last: the workshop they wait to move to, else the one they have.
  const asked = myChoice?.wantsWorkshopId ?? myChoice?.workshopId ?? '';
  const [selected, setSelected] = useState(asked);
  const named = (id: string | null | undefined) => data.workshops.find((workshop) => workshop.id === id);
  const mine = named(myChoice?.workshopId);
  const wanted = named(myChoice?.wantsWorkshopId);
  const nothingNewChosen = !selected || selected === asked;
  const chosen = named(selected);
  // Choosing a full workshop while placed in another keeps that place until this one has room: said before the choice.
  const keepsPlace = myChoice?.status === 'placed' && mine && chosen && !nothingNewChosen && chosen.id !== mine.id && chosen.placed >= chosen.capacity;
  const label = (workshop: WorkshopView) => (workshop.room ? `${workshop.title} (${workshop.room})` : workshop.title);

  return (
    <>
      {data.choiceClosesAt && (
        <p>
          {t('sessions.workshops.closes')} <DateText value={data.choiceClosesAt} />
        </p>
      )}
      <div role="status">
        {mine && myChoice && (
          <Alert tone={myChoice.status === 'placed' ? 'success' : 'info'} live="off">
            {myChoice.status === 'placed'
              ? t('sessions.workshops.placed', { workshop: label(mine) })
              : t('sessions.workshops.waitlisted', { workshop: mine.title, position: myChoice.waitlistPosition ?? 0 })}
            {wanted && ` ${t('sessions.workshops.waitingToSwitch', { workshop: mine.title, wanted: wanted.title, position: myChoice.waitlistPosition ?? 0 })}`}
          </Alert>
        )}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!nothingNewChosen) choose.mutate(selected);
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
        {data.canChoose && keepsPlace && (
          <p id="workshop-keeps-place" className="field__hint">
            {t('sessions.workshops.keepsPlace', { workshop: mine.title, wanted: chosen.title })}
          </p>
        )}
        {data.canChoose && (
          // aria-disabled, not disabled: the button keeps the focus of the keyboard user who just made the choice.
          <Button type="submit" busy={choose.isPending} aria-disabled={nothingNewChosen || undefined} aria-describedby={keepsPlace ? 'workshop-keeps-place' : undefined}>
            {t('sessions.workshops.submit')}
          </Button>
        )}
      </form>
      {choose.isError && <Alert tone="error">{errorMessage(choose.error, t)}</Alert>}
    </>
  );
}
