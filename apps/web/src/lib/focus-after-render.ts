import { useCallback, useEffect, useRef, useState } from 'react';

/** The element to focus, or nothing while it is not there (or not focusable) yet. */
type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Returns `focusAfterRender(target)`, for a control that appears, goes away or turns disabled with the state set
 * beside it (an inline form opening or closing, a removed row, a pager's last page): the browser then drops focus on
 * <body>, where a keyboard user starts again at the top and a screen reader says nothing. Focus goes to `target`
 * once React has drawn that state; when the target depends on data still on its way (a list read again, the URL of
 * the next page), each later render of the calling component tries again until the target is there, unless the
 * person has put focus somewhere else meanwhile: then they keep their place and the request lapses.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<{ target: FocusTarget; from: Element | null } | null>(null);
  const [, render] = useState(0);

  // A passive effect, so it runs after a closing ModalDialog has handed focus back to its opener: this target wins.
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== request.from && active.isConnected && !fromClosedDialog(request.from)) {
      pending.current = null;
      return;
    }
    const element = request.target();
    if (!element) return;
    pending.current = null;
    element.focus();
  });

  return useCallback((target: FocusTarget) => {
    pending.current = { target, from: document.activeElement };
    render((count) => count + 1);
  }, []);
}

/**
 * Whether the request came from inside a dialog that has closed since: the focus its opener then got back is the
 * dialog's doing, not the person's, and the request goes past it.
 */
const fromClosedDialog = (from: Element | null) => !!from && !from.isConnected && from.closest('dialog') !== null;

/** A form's first control: where someone who has just opened the form starts typing. */
export function firstField(container: ParentNode | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('input, select, textarea') ?? null;
}

/**
 * An inline form a button opens in place of what it edits: `edit(true)` opens it with focus on its first field (in
 * `formRef`), `edit(false)` closes it, cancelled or saved, with focus back on the button (`openerRef`); `discard()`
 * closes it where focus is elsewhere already (another edition chosen).
 */
export function useInlineForm<Form extends HTMLElement>() {
  const [editing, setEditing] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const formRef = useRef<Form>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const edit = (open: boolean) => {
    setEditing(open);
    focusAfterRender(open ? () => firstField(formRef.current) : () => openerRef.current);
  };
  return { editing, edit, discard: () => setEditing(false), formRef, openerRef };
}
