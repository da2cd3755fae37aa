import { isGuessablePassword, ownersWords } from './password-policy';

describe('the password policy', () => {
  const roos = { email: 'rebel5.hisi20@koers.demo', name: 'Roos de Vries', organisation: 'Woonzorg Brabantse Kempen' };
  const unrelated = { email: 'qqq@xyzw.example', name: 'Qqq Xyzw', organisation: null };
  const joelle = ownersWords({ email: 'joelle.smit@careinnovation.nl', name: 'Joëlle Smit', organisation: 'Care Innovation Center' });

  it.each(['Wachtwoord2027!', 'Welkom2027!!', 'Zomer2027zomer', 'Password2027!', 'Welkom123456', 'Amsterdam2027', 'zorgschool12', 'qwertyuiop12'])(
    'refuses the common password %s, Dutch or English, with a year or digits',
    (password) => expect(isGuessablePassword(password)).toBe(true),
  );

  it.each(['JoelleSmit123', 'Joelle Smit 2027', 'Care Innovation Center', 'careinnovation.nl', 'joelle.smit@careinnovation.nl'])(
    "refuses %s, made of the owner's own address, name or organisation (with or without accents)",
    (password) => {
      expect(isGuessablePassword(password, joelle)).toBe(true);
    },
  );

  it.each([
    ['RoosdeVries2027!', roos],
    ['roosdevries2027', roos],
    ['Roos.de.Vries.2027', roos],
    ['Vries Roos 2027!!', roos],
    ['WoonzorgBrabant2027', roos],
    ['rebel5hisi20koersdemo', roos],
    ['tinateam2027!', { email: 'tina@team.example', name: 'Tina Team', organisation: null }],
    ['Joelle Smit 2027', { email: 'j@example.nl', name: 'Joëlle Smit-Jansen', organisation: null }],
    ['Joelle Smit 2027', { email: 'j@example.nl', name: 'Joëlle Smit (Jo)', organisation: null }],
    ['Joelle Smit 2027', { email: 'j@example.nl', name: 'Joëlle Smit 李', organisation: null }],
  ])("refuses %s, the owner's words joined up, reordered, dotted or with a part more (%j)", (password, owner) => {
    expect(isGuessablePassword(password, ownersWords(owner))).toBe(true);
  });

  it.each([
    ['stone basil fiets', unrelated],
    ['basket marina boston', unrelated],
    ['banana boston kimono', unrelated],
    ['basil common comet', { email: 'tim@ali.com', name: 'Tim Ali', organisation: null }],
  ])("takes %s, which holds none of its owner's words (%j)", (password, owner) => {
    expect(isGuessablePassword(password, ownersWords(owner))).toBe(false);
  });

  it.each(['Koers2027Koers!', 'Koers-2027-veilig', 'KoersKoers2027', 'mijnkoers2027', 'Ｋｏｅｒｓ２０２７Ｋｏｅｒｓ！'])('refuses %s, the service\'s own name with little besides', (password) =>
    expect(isGuessablePassword(password)).toBe(true),
  );

  it.each(['Gezelligheid2027', 'Stroopwafel2027', 'Dinsdagochtend12', 'Oliebollen2027'])('refuses %s, an everyday Dutch word with digits', (password) =>
    expect(isGuessablePassword(password)).toBe(true),
  );

  it.each(['een-heel-nieuw-wachtwoord', 'Rain over the Thames in May', 'koersvast tulpenbol fietsenrek', 'correct-horse-battery'])('takes the passphrase %s', (password) =>
    expect(isGuessablePassword(password, joelle)).toBe(false),
  );

  it("knows the owner's words in lower case, with and without accents, and leaves out the short ones", () => {
    expect(ownersWords({ email: 'z.de@eendracht.nl', name: 'Zoë de Bruïne', organisation: null })).toEqual(
      expect.arrayContaining(['z.de@eendracht.nl', 'zoë de bruïne', 'eendracht', 'zoë', 'bruïne', 'zoe', 'bruine', 'zoe de bruine']),
    );
    expect(ownersWords({ email: 'z.de@eendracht.nl', name: 'Zoë de Bruïne', organisation: null })).not.toContain('de');
  });
});
