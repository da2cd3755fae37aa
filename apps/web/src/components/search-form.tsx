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
      <TextField key={value} label={label} name="search" type="search" defaultValue={value} autoComplete="off" />
      <div className="form__actions">
        <Button type="submit" variant={variant}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
