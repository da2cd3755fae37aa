import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TestI18nProvider } from '../../test/render-app';
import { TextAreaField } from './text-area-field';

function Reply() {
  const [body, setBody] = useState('Beste allen, ');
  return <TextAreaField name="body" label="Je reactie" hint="Markdown mag" value={body} maxLength={10_000} onChange={(event) => setBody(event.target.value)} />;
}

/** Pastes `text` at the cursor as a browser does, cutting it at the field's maxLength. */
function paste(field: HTMLTextAreaElement, text: string) {
  fireEvent.paste(field, { clipboardData: { getData: () => text } });
  const normalised = text.replace(/\r\n?/g, '\n');
  const room = field.maxLength - field.value.length + (field.selectionEnd - field.selectionStart);
  const value = field.value.slice(0, field.selectionStart) + normalised.slice(0, room) + field.value.slice(field.selectionEnd);
  fireEvent.change(field, { target: { value } });
}

it('says when pasted text did not fit and the browser cut it, once per cut, until the text is changed again', () => {
  render(
    <TestI18nProvider>
      <Reply />
    </TestI18nProvider>,
  );
  const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Je reactie' });
  const notice = 'Je tekst is ingekort: hier passen 10.000 tekens. Wat daarna kwam, is niet geplakt.';
  field.setSelectionRange(13, 13);
  // Fits: 13 + 9,987 characters, its line breaks counted once as the textarea keeps them.
  paste(field, `${'a'.repeat(9_985)}\r\n\r\n`);
  expect(field.value).toHaveLength(10_000);
  expect(screen.queryByRole('alert')).toBeNull();

  field.setSelectionRange(13, 20);
  paste(field, 'b'.repeat(8));
  expect(screen.getByRole('alert')).toHaveTextContent(notice);
  expect(field).toHaveAccessibleDescription(`Markdown mag ${notice}`);
  const first = screen.getByRole('alert');
  // A second cut is a new alert, read out again.
  field.setSelectionRange(0, 1);
  paste(field, 'cc');
  expect(screen.getByRole('alert')).not.toBe(first);

  fireEvent.change(field, { target: { value: 'Korter' } });
  expect(screen.queryByRole('alert')).toBeNull();
  expect(field).toHaveAccessibleDescription('Markdown mag');
});
