import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TestI18nProvider } from '../../test/render-app';
import { TextAreaField } from './text-area-field';

function Reply() {
  const [body, setBody] = useState('Beste allen, ');
  return <TextAreaField name="body" label="Je reactie" hint="Markdown mag" value={body} maxLength={10_000} onChange={(event) => setBody(event.target.value)} />;
}

it('says when pasted text does not fit and the browser cut it, until the text fits again', () => {
  render(
    <TestI18nProvider>
      <Reply />
    </TestI18nProvider>,
  );
  const field = screen.getByRole('textbox', { name: 'Je reactie' });
  field.focus();
  (field as HTMLTextAreaElement).setSelectionRange(13, 13);
  // Fits: 13 + 9,987 characters, its line breaks counted once as the textarea keeps them.
  fireEvent.paste(field, { clipboardData: { getData: () => `${'a'.repeat(9_985)}\r\n\r\n` } });
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  fireEvent.paste(field, { clipboardData: { getData: () => 'a'.repeat(9_988) } });
  expect(screen.getByRole('status')).toHaveTextContent('Je tekst is ingekort: hier passen 10.000 tekens. Wat daarna kwam, is niet geplakt.');
  expect(field).toHaveAccessibleDescription('Markdown mag Je tekst is ingekort: hier passen 10.000 tekens. Wat daarna kwam, is niet geplakt.');
  fireEvent.change(field, { target: { value: 'a'.repeat(10_000) } });
  expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
  fireEvent.change(field, { target: { value: 'Korter' } });
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  expect(field).toHaveAccessibleDescription('Markdown mag');
});
