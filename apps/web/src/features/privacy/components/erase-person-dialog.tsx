import { useEffect, useRef } from 'react';
import type { ErasePersonResponse, PersonSummary } from '@koers/shared/privacy';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const erase = useErasePerson();

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    // Focus on "Cancel" without scrolling it into view: on a phone the dialog then opens at its title.
    cancelRef.current?.focus({ preventScroll: true });
    return () => {
      dialog?.close();
      // React removes the dialog before the browser can hand focus back to what opened it, so we do.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const confirm = () => {
    if (erase.isPending) return;
    erase.mutate(person.id, { onSuccess: (result) => onErased(result, person) });
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="erase-person-title"
      aria-describedby="erase-person-intro"
      onCancel={(event) => {
        event.preventDefault();
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
    </dialog>
  );
}
