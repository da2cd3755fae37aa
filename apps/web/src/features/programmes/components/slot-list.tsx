import { useRef, useState } from 'react';
import type { CurriculumSlot, ProgrammeDetail } from '@koers/shared/programmes';
import { SESSION_AUDIENCE_GROUPS } from '@koers/shared/domain';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { firstField, useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useDeleteSlot } from '../api/delete-slot';
import { useReorderSlots } from '../api/reorder-slots';
import { SlotForm } from './slot-form';

type Direction = 'up' | 'down';
const buttonId = (slotId: string, action: Direction | 'edit') => `slot-${slotId}-${action}`;

/** The template's sessions in order, each editable, movable up and down (by keyboard too) and removable. */
export function SlotList({ programme, onChanged }: { programme: ProgrammeDetail; onChanged: (announcement: string) => void }) {
  const t = useT();
  const reorder = useReorderSlots();
  const remove = useDeleteSlot();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const failure = reorder.error ?? remove.error;
  const focusAfterRender = useFocusAfterRender();
  const editorRef = useRef<HTMLLIElement>(null);

  const openEditor = (slotId: string) => {
    setEditing(slotId);
    focusAfterRender(() => firstField(editorRef.current));
  };
  const closeEditor = (slotId: string) => {
    setEditing(null);
    focusAfterRender(() => document.getElementById(buttonId(slotId, 'edit')));
  };

  const move = (index: number, direction: Direction) => {
    if (reorder.isPending) return;
    const slotIds = programme.slots.map((slot) => slot.id);
    const target = direction === 'up' ? index - 1 : index + 1;
    [slotIds[index], slotIds[target]] = [slotIds[target], slotIds[index]];
    const slot = programme.slots[index];
    remove.reset();
    reorder.mutate(
      { programmeId: programme.id, slotIds },
      {
        onSuccess: () => {
          onChanged(t('programmes.slot.moved', { title: slot.title, position: target + 1 }));
          // In its new place, on the same button or, when that one is now disabled (first or last), its partner.
          focusAfterRender(() => {
            const same = document.getElementById(buttonId(slot.id, direction)) as HTMLButtonElement | null;
            return same && !same.disabled ? same : document.getElementById(buttonId(slot.id, direction === 'up' ? 'down' : 'up'));
          });
        },
      },
    );
  };

  const confirmDelete = (slot: CurriculumSlot) => {
    reorder.reset();
    remove.mutate(
      { programmeId: programme.id, slotId: slot.id },
      {
        onSuccess: () => {
          setConfirming(null);
          onChanged(t('programmes.slot.deleted', { title: slot.title }));
        },
        onError: () => setConfirming(null),
      },
    );
  };

  return (
    <>
      {failure && <Alert tone="error">{errorMessage(failure, t)}</Alert>}
      {programme.slots.length === 0 ? (
        <p>{t('programmes.slot.none')}</p>
      ) : (
        <ol className="template-list">
          {programme.slots.map((slot, index) =>
            editing === slot.id ? (
              <li key={slot.id} ref={editorRef} className="template-item template-item--editing">
                <SlotForm
                  programmeId={programme.id}
                  slot={slot}
                  onDone={(saved) => {
                    closeEditor(slot.id);
                    onChanged(t('programmes.slot.saved', { title: saved.title }));
                  }}
                  onCancel={() => closeEditor(slot.id)}
                />
              </li>
            ) : (
              <li key={slot.id} className="template-item">
                <div className="template-item__body">
                  <span className="card__title">
                    {slot.position}. {slot.title}
                  </span>
                  <span className="card__meta">
                    {[t(`session.kind.${slot.kind}`), slot.theme, t('programmes.slot.minutes', { count: slot.durationMinutes }), t(`sessionMode.${slot.mode}`)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="badges">
                    <span className="visually-hidden">{t('programmes.slot.audienceList')}: </span>
                    {SESSION_AUDIENCE_GROUPS
                      .filter((key) => slot.audience[key])
                      .map((key) => (
                        <span key={key} className="badge">
                          {t(`sessionAudience.${key}`)}
                        </span>
                      ))}
                  </span>
                </div>
                <div className="template-item__actions">
                  {confirming === slot.id ? (
                    <>
                      <span role="status">{t('programmes.slot.confirmDelete', { title: slot.title })}</span>
                      <Button className="button--danger" busy={remove.isPending} onClick={() => confirmDelete(slot)}>
                        {t('programmes.delete')}
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(null)}>
                        {t('programmes.cancel')}
                      </Button>
                    </>
                  ) : (
                    <>
                      <Button
                        id={buttonId(slot.id, 'edit')}
                        variant="secondary"
                        onClick={() => openEditor(slot.id)}
                        aria-label={t('programmes.editNamed', { title: slot.title })}
                      >
                        {t('programmes.edit')}
                      </Button>
                      <Button
                        id={buttonId(slot.id, 'up')}
                        variant="secondary"
                        disabled={index === 0}
                        onClick={() => move(index, 'up')}
                        aria-label={t('programmes.slot.moveUpNamed', { title: slot.title })}
                      >
                        {t('programmes.slot.moveUp')}
                      </Button>
                      <Button
                        id={buttonId(slot.id, 'down')}
                        variant="secondary"
                        disabled={index === programme.slots.length - 1}
                        onClick={() => move(index, 'down')}
                        aria-label={t('programmes.slot.moveDownNamed', { title: slot.title })}
                      >
                        {t('programmes.slot.moveDown')}
                      </Button>
                      <Button variant="quiet" onClick={() => setConfirming(slot.id)} aria-label={t('programmes.deleteNamed', { title: slot.title })}>
                        {t('programmes.delete')}
                      </Button>
                    </>
                  )}
                </div>
              </li>
            ),
          )}
        </ol>
      )}
    </>
  );
}
