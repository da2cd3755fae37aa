import { act, fireEvent, render, screen } from '@testing-library/react';
import { formatMessage, I18nProvider, useI18n, type Catalogue, type CatalogueSources } from './i18n';
import { en } from './messages/en';
import { nl } from './messages/nl';

// The shared texts, plus two plural messages, stand in for a whole catalogue: this file tests the mechanism,
// app/messages/messages.test.ts the real catalogues.
const dutch = { ...nl, 'test.files': { one: '1 bestand', other: '{count} bestanden' } } as unknown as Catalogue;
const english = { ...en, 'test.files': { one: '1 file', other: '{count} files' } } as unknown as Catalogue;
const format = (catalogue: Catalogue, language: 'nl' | 'en', key: string, params?: Record<string, string | number>) =>
  formatMessage(catalogue, language, key as never, params);

describe('formatMessage', () => {
  it('fills in placeholders', () => {
    expect(format(dutch, 'nl', 'app.loggedInAs', { name: 'Anna' })).toBe('Ingelogd als Anna');
    expect(format(english, 'en', 'app.loggedInAs', { name: 'Anna' })).toBe('Logged in as Anna');
  });

  it('picks the plural form with Intl.PluralRules', () => {
    expect([0, 1, 2, 21].map((count) => format(dutch, 'nl', 'test.files', { count }))).toEqual([
      '0 bestanden',
      '1 bestand',
      '2 bestanden',
      '21 bestanden',
    ]);
    expect([0, 1, 2].map((count) => format(english, 'en', 'test.files', { count }))).toEqual(['0 files', '1 file', '2 files']);
  });

  it('answers with the key when a message is missing', () => {
    expect(format(dutch, 'nl', 'no.such.key')).toBe('no.such.key');
  });
});

function LanguageProbe() {
  const { t, language, setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}>
      {t('app.logOut')}
    </button>
  );
}

/** English arrives when the test says so, as a slow network would deliver it. */
function deferredEnglish() {
  let deliver: () => void = () => {};
  const load = jest.fn(() => new Promise<Catalogue>((resolve) => (deliver = () => resolve(english))));
  const catalogues: CatalogueSources = { nl: dutch, en: load };
  return { catalogues, load, deliver: () => act(async () => deliver()) };
}

describe('I18nProvider', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Dutch without loading English, switches once English has loaded, sets <html lang> and remembers', async () => {
    const english = deferredEnglish();
    const first = render(
      <I18nProvider catalogues={english.catalogues}>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    expect(document.documentElement.lang).toBe('nl');
    expect(english.load).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button'));
    expect(english.load).toHaveBeenCalledTimes(1);
    // Still Dutch, whole and consistent, while the English texts are on their way.
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    expect(document.documentElement.lang).toBe('nl');

    await english.deliver();
    expect(screen.getByRole('button')).toHaveTextContent('Log out');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    const again = deferredEnglish();
    render(
      <I18nProvider catalogues={again.catalogues}>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    await again.deliver();
    expect(screen.getByRole('button')).toHaveTextContent('Log out');
  });

  it('keeps Dutch when English cannot be loaded', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <I18nProvider catalogues={{ nl: dutch, en: () => Promise.reject(new Error('offline')) }}>
        <LanguageProbe />
      </I18nProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    expect(document.documentElement.lang).toBe('nl');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('opens in the language a link names (?lang=en, as an English mail writes it), without changing the switch\'s choice', async () => {
    window.localStorage.setItem('koers.language', 'nl');
    window.history.replaceState(null, '', '/wachtwoord-kiezen?token=abc&lang=en');
    try {
      const english = deferredEnglish();
      render(
        <I18nProvider catalogues={english.catalogues}>
          <LanguageProbe />
        </I18nProvider>,
      );
      expect(english.load).toHaveBeenCalledTimes(1);
      await english.deliver();
      expect(screen.getByRole('button')).toHaveTextContent('Log out');
      expect(window.localStorage.getItem('koers.language')).toBe('nl');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem('koers.language', 'fr');
    const english = deferredEnglish();
    render(
      <I18nProvider catalogues={english.catalogues}>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    expect(english.load).not.toHaveBeenCalled();
  });
});
