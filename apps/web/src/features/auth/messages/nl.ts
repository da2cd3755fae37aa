/** Dutch texts of the auth feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'auth.field.email': 'E-mailadres',
  'auth.field.password': 'Wachtwoord',
  'auth.validation.emailRequired': 'Vul je e-mailadres in.',
  'auth.validation.emailInvalid': 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
  'auth.validation.passwordRequired': 'Vul je wachtwoord in.',
  'auth.validation.passwordTooShort': { one: 'Kies een wachtwoord van minstens {count} teken.', other: 'Kies een wachtwoord van minstens {count} tekens.' },
  'auth.validation.passwordMismatch': 'De twee wachtwoorden zijn niet gelijk.',
  'auth.busy': 'Even geduld…',

  'auth.login.title': 'Inloggen',
  'auth.login.intro': 'Log in met het e-mailadres waarop je je uitnodiging voor Koers hebt ontvangen.',
  'auth.login.submit': 'Inloggen',
  'auth.login.forgotPassword': 'Wachtwoord vergeten?',

  'auth.resetRequest.title': 'Wachtwoord vergeten',
  'auth.resetRequest.intro': 'Vul je e-mailadres in. Je ontvangt dan een e-mail met een link om een nieuw wachtwoord te kiezen.',
  'auth.resetRequest.submit': 'Stuur mij een link',
  'auth.resetRequest.sent':
    'Als er een account bij {email} hoort, ontvang je binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. Kijk ook in je map met ongewenste e-mail.',
  'auth.resetRequest.backToLogin': 'Terug naar inloggen',

  'auth.resetConfirm.title': 'Nieuw wachtwoord kiezen',
  'auth.resetConfirm.password': 'Nieuw wachtwoord',
  'auth.resetConfirm.passwordHint': {
    one: 'Minstens {count} teken. Een zin van een paar woorden werkt goed.',
    other: 'Minstens {count} tekens. Een zin van een paar woorden werkt goed.',
  },
  'auth.resetConfirm.repeat': 'Herhaal het nieuwe wachtwoord',
  'auth.resetConfirm.submit': 'Wachtwoord opslaan',
  'auth.resetConfirm.done': 'Je wachtwoord is gewijzigd. Je kunt nu inloggen met je nieuwe wachtwoord.',
  'auth.resetConfirm.goToLogin': 'Naar inloggen',
  'auth.resetConfirm.missingToken': 'Deze link is onvolledig. Vraag een nieuwe link aan om je wachtwoord te herstellen.',
  'auth.resetConfirm.requestNew': 'Nieuwe link aanvragen',
  'auth.changePassword.title': 'Wachtwoord wijzigen',
  'auth.changePassword.intro': 'Vul eerst je huidige wachtwoord in. Na het wijzigen blijf je hier ingelogd; op alle andere apparaten word je uitgelogd en je krijgt een e-mail ter bevestiging.',
  'auth.changePassword.current': 'Huidig wachtwoord',
  'auth.changePassword.done': 'Je wachtwoord is gewijzigd. Op andere apparaten moet je opnieuw inloggen.',
  'auth.changePassword.back': 'Terug naar Mijn instellingen',
} as const;
