import { useRef } from 'react';
import type { ErasePersonResponse, PersonSummary } from '@koers/shared/privacy';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ModalDialog } from '../../../components/modal-dialog';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useErasePerson } from '../api/erase-person';

interface ErasePersonDialogProps {
  person: PersonSummary;
  onCancel: () => void;
  onErased: (result: ErasePersonResponse, person: PersonSummary) => void;
}

/**
 * Asks the admin to confirm an erasure, naming exactly what it does and that it cannot be undone.
 * A native modal <dialog>: the rest of the page is inert, Escape cancels, and focus starts on "Cancel"
 * so that a stray Enter never erases anyone.
 */
export function ErasePersonDialog({ person, onCancel, onErased }: ErasePersonDialogProps) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const erase = useErasePerson();

  const confirm = () => {
    if (erase.isPending) return;
    erase.mutate(person.id, { onSuccess: (result) => onErased(result, person) });
  };

  return (
    <ModalDialog
      initialFocus={cancelRef}
      aria-labelledby="erase-person-title"
      aria-describedby="erase-person-intro"
      onCancel={() => {
        if (!erase.isPending) onCancel();
      }}
    >
      <h2 id="erase-person-title" className="dialog__title">
        {t('privacy.erase.title', { name: person.name })}
      </h2>
      <p id="erase-person-intro">{t('privacy.erase.intro', { email: person.email })}</p>
      <ul className="dialog__list">
        <li>{t('privacy.erase.consequence.identity')}</li>
        <li>{t('privacy.erase.consequence.texts')}</li>
        <li>{t('privacy.erase.consequence.kept')}</li>
        <li>{t('privacy.erase.consequence.final')}</li>
      </ul>
      <p>{t('privacy.erase.exportFirst')}</p>
      {erase.isError && <Alert tone="error">{errorMessage(erase.error, t)}</Alert>}
      <div className="form__actions dialog__actions">
        <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={erase.isPending}>
          {t('privacy.erase.cancel')}
        </Button>
        <Button className="button--danger" busy={erase.isPending} onClick={confirm}>
          {erase.isPending ? t('privacy.erase.busy') : t('privacy.erase.confirm', { name: person.name })}
        </Button>
      </div>
    </ModalDialog>
  );
}
