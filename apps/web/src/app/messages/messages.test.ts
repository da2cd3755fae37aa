import { EDITION_ROLES } from '@koers/shared/roles';
import { formatMessage, type Catalogue, type Message, type MessageKey } from '../../lib/i18n';
import { catalogues } from '../providers';
import { dutch, features, loadDutchTexts } from './dutch';
import { en, englishParts } from './en';
import { dutchParts, nl } from './nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: Message): Record<string, string> => (typeof message === 'string' ? { text: message } : { ...message });
const entries = (part: object) => Object.entries(part) as [string, Message][];

describe('the catalogues', () => {
  it('are made of the same parts in both languages, each part with the same keys', () => {
    expect(Object.keys(englishParts)).toEqual(Object.keys(dutchParts));
    for (const [name, part] of Object.entries(dutchParts)) {
      expect({ name, keys: Object.keys(englishParts[name as keyof typeof englishParts]).sort() }).toEqual({ name, keys: Object.keys(part).sort() });
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('never define a key in two parts, and each key prefix belongs to one part', () => {
    const partOfPrefix = new Map<string, string>();
    let total = 0;
    for (const [name, part] of Object.entries(dutchParts)) {
      total += Object.keys(part).length;
      for (const key of Object.keys(part)) {
        const prefix = key.split('.')[0];
        expect({ key, part: partOfPrefix.get(prefix) ?? name }).toEqual({ key, part: name });
        partOfPrefix.set(prefix, name);
      }
    }
    expect(Object.keys(nl)).toHaveLength(total);
  });

  it('use the same placeholders and plural forms in both languages', () => {
    for (const [key, dutch] of entries(nl)) {
      const english = (en as Record<string, Message>)[key];
      const shape = (message: Message) => Object.fromEntries(Object.entries(forms(message)).map(([form, text]) => [form, placeholders(text)]));
      expect({ key, shape: shape(english) }).toEqual({ key, shape: shape(dutch) });
    }
  });

  it('write the number into the "other" form of every plural message', () => {
    for (const [language, catalogue] of Object.entries({ nl, en })) {
      for (const [key, message] of entries(catalogue)) {
        if (typeof message !== 'string') expect({ language, key, other: message.other.includes('{count}') }).toEqual({ language, key, other: true });
      }
    }
  });

  it('have no empty message', () => {
    for (const [language, catalogue] of Object.entries({ nl, en })) {
      for (const [key, message] of entries(catalogue)) {
        for (const text of Object.values(forms(message))) expect({ language, key, empty: text.trim() === '' }).toEqual({ language, key, empty: false });
      }
    }
  });

  it('name every edition role', () => {
    for (const role of EDITION_ROLES) expect(nl).toHaveProperty([`role.${role}`]);
  });
});

describe('counts', () => {
  const say = (catalogue: Catalogue, language: 'nl' | 'en', key: MessageKey, params: Record<string, string | number>) =>
    formatMessage(catalogue, language, key, params);

  it('say "1 e-mail" and "2 e-mails" in Dutch and "1 email", "2 emails" in English', () => {
    expect(say(nl, 'nl', 'notifications.mail.total', { count: 1 })).toBe('1 e-mail');
    expect(say(nl, 'nl', 'notifications.mail.total', { count: 2 })).toBe('2 e-mails');
    expect(say(en, 'en', 'notifications.mail.total', { count: 1 })).toBe('1 email');
    expect(say(en, 'en', 'notifications.mail.total', { count: 2 })).toBe('2 emails');
  });

  it('say "1 lesdag" and "3 lesdagen", "1 programme day" and "3 programme days"', () => {
    expect(say(nl, 'nl', 'certificate.daysRemaining', { count: 1 })).toBe('Nog 1 lesdag te gaan');
    expect(say(nl, 'nl', 'certificate.daysRemaining', { count: 3 })).toBe('Nog 3 lesdagen te gaan');
    expect(say(en, 'en', 'certificate.daysRemaining', { count: 1 })).toBe('1 programme day still to come');
    expect(say(en, 'en', 'certificate.daysRemaining', { count: 3 })).toBe('3 programme days still to come');
  });
});

it('loads each feature\'s Dutch texts with its pages and English separately, on demand', async () => {
  expect(features.map((feature) => feature.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())).sort()).toEqual(
    Object.keys(dutchParts).filter((part) => part !== 'shared').sort(),
  );
  expect(catalogues.nl).toBe(dutch);
  expect(dutch).not.toHaveProperty(['notifications.mail.total']);
  await loadDutchTexts('notifications');
  expect(formatMessage(dutch, 'nl', 'notifications.mail.total', { count: 2 })).toBe('2 e-mails');
  expect(typeof catalogues.en).toBe('function');
  const load = catalogues.en as () => Promise<Catalogue>;
  expect(await load()).toBe(en);
});
