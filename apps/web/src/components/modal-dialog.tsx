import { type DialogHTMLAttributes, type ReactNode, type RefObject, useEffect, useRef } from 'react';

interface ModalDialogProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'onCancel' | 'className' | 'open'> {
  /** What has focus when the dialog opens: the safe choice, or the first field. */
  initialFocus: RefObject<HTMLElement | null>;
  /** Escape, or the browser closing the dialog otherwise: the caller decides whether it may close now. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>`: the page behind it is inert (Tab stays inside, a screen reader reads only
 * the dialog), Escape asks the caller to close it, focus starts where `initialFocus` points and goes back to what
 * opened it when it closes.
 */
export function ModalDialog({ initialFocus, onCancel, children, ...attributes }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    // Without scrolling: on a phone the dialog then opens at its title.
    initialFocus.current?.focus({ preventScroll: true });
    return () => {
      dialog?.close();
      // React removes the dialog before the browser can hand focus back to what opened it, so we do.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      {...attributes}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
