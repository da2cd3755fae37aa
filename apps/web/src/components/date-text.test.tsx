import { fireEvent, render, screen } from '@testing-library/react';
import { useI18n } from '../lib/i18n';
import { TestI18nProvider } from '../../test/render-app';
import { DateText } from './date-text';

function Switch() {
  const { setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      en
    </button>
  );
}

it('shows an instant in Amsterdam time in the UI language, as a <time>', async () => {
  window.localStorage.clear();
  render(
    <TestI18nProvider>
      <DateText value="2027-03-09T08:30:00Z" />
      <DateText value="2027-11-02T08:30:00Z" format="time" />
      <Switch />
    </TestI18nProvider>,
  );
  expect(screen.getByText('di 9 maart 2027, 09:30')).toHaveAttribute('datetime', '2027-03-09T08:30:00Z');
  expect(screen.getByText('09:30').tagName).toBe('TIME');
  fireEvent.click(screen.getByRole('button'));
  expect(await screen.findByText('Tue 9 March 2027, 09:30')).toBeInTheDocument();
});
