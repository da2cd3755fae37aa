import { fireEvent, render, screen } from '@testing-library/react';
import { EDITION_ROLES } from '@koers/shared/roles';
import { dictionaries, I18nProvider, translate, useI18n, type MessageKey } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dictionaries', () => {
  it('nl and en have identical keys', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.nl).sort());
  });

  it('every message has the same placeholders in both languages', () => {
    for (const key of Object.keys(dictionaries.nl) as MessageKey[]) {
      expect({ key, placeholders: placeholders(dictionaries.en[key]) }).toEqual({
        key,
        placeholders: placeholders(dictionaries.nl[key]),
      });
    }
  });

  it('no message is empty', () => {
    for (const [language, messages] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(messages)) {
        expect({ language, key, empty: text.trim() === '' }).toEqual({ language, key, empty: false });
      }
    }
  });

  it('names every edition role', () => {
    for (const role of EDITION_ROLES) {
      expect(dictionaries.nl).toHaveProperty([`role.${role}`]);
    }
  });
});

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('nl', 'home.greeting', { name: 'Anna' })).toBe('Welkom, Anna');
    expect(translate('en', 'auth.validation.passwordTooShort', { min: 10 })).toBe(
      'Choose a password of at least 10 characters.',
    );
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

describe('I18nProvider', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Dutch, switches, sets <html lang> and remembers the choice', () => {
    const first = render(
      <I18nProvider>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
    expect(document.documentElement.lang).toBe('nl');

    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Log out');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    render(
      <I18nProvider>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Log out');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem('koers.language', 'fr');
    render(
      <I18nProvider>
        <LanguageProbe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Uitloggen');
  });
});
