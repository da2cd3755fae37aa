import { MAX_SEARCH_LENGTH } from '@koers/shared/api';
import { useEffect, useRef } from 'react';
import { Button } from './button';
import { TextField } from './text-field';

interface SearchFormProps {
  label: string;
  submitLabel: string;
  /** The search as it stands (in the address): the field starts from it, and again whenever it changes. */
  value: string;
  /** The text searched for, trimmed. */
  onSearch: (text: string) => void;
  variant?: 'primary' | 'secondary';
}

/** A search landmark: one field and its button, searching on submit (Enter), not on every key. */
export function SearchForm({ label, submitLabel, value, onSearch, variant }: SearchFormProps) {
  // The field keeps its place (and the keyboard's focus) when a search changes the address; only a search it did not
  // make (the back button, a link) puts other text in it.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (field.current && field.current.value.trim() !== value) field.current.value = value;
  }, [value]);
  return (
    <form
      className="form search-form"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
      }}
    >
      <TextField ref={field} label={label} name="search" type="search" defaultValue={value} maxLength={MAX_SEARCH_LENGTH} autoComplete="off" />
      <div className="form__actions">
        <Button type="submit" variant={variant}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
