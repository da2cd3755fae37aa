import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useFocusAfterRender } from './focus-after-render';

/** A list whose heading only appears once its data has come: the request to focus it waits for it. */
function Waiting() {
  const [loaded, setLoaded] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  return (
    <>
      <button onClick={() => focusAfterRender(() => document.getElementById('heading'))}>Verwijderen</button>
      <input aria-label="Zoeken" />
      <button onClick={() => setLoaded(true)}>Laden</button>
      {loaded && (
        <h2 id="heading" tabIndex={-1}>
          Lijst
        </h2>
      )}
    </>
  );
}

it('focuses a target once it is there', async () => {
  render(<Waiting />);
  fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Laden' })));
  expect(screen.getByRole('heading', { name: 'Lijst' })).toHaveFocus();
});

it('lets the request lapse when the person has put focus elsewhere meanwhile', async () => {
  render(<Waiting />);
  fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
  screen.getByLabelText('Zoeken').focus();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Laden' })));
  expect(screen.getByLabelText('Zoeken')).toHaveFocus();
});
