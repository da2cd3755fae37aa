/**
 * Once the errors are drawn (the next frame), focus goes to the first field to fix within `form` (or the page's
 * main part), so a screen reader reads that field with its error and a keyboard user types on there. For an invalid
 * group (a fieldset of checkboxes or radios) that is its first control.
 */
export function focusFirstInvalid(form: ParentNode | null = document.querySelector('main')): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const control = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input, select, textarea') : invalid;
    control?.focus();
  });
}
