import { useId, useRef } from 'react';
import { useT } from '../lib/i18n';
import { Button } from './button';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  title: string;
  text: string;
  /** The button that goes ahead, named for what it does ("Afronden", "Toch aannemen"). */
  confirmLabel: string;
  /**
   * Which button has focus when the dialog opens: `cancel` for what cannot be undone, so a second press of Enter
   * does not go ahead; `confirm` where going ahead is what the person came for.
   */
  initialFocus: 'confirm' | 'cancel';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a step: a modal alert dialog that takes the focus, closes with Escape and gives focus back to its opener. */
export function ConfirmDialog({ title, text, confirmLabel, initialFocus, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useT();
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog initialFocus={initialFocus === 'confirm' ? confirm : cancel} role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onCancel={onCancel}>
      <h2 id={`${id}-title`} className="dialog__title">
        {title}
      </h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="form__actions dialog__actions">
        <Button ref={confirm} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancel} variant="secondary" onClick={onCancel}>
          {t('confirm.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
