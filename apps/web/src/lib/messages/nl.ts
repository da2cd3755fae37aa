/**
 * Dutch UI text: the default language and the source of truth for the message keys.
 * Keys are grouped by prefix: `app.*` shell, `nav.*` navigation, `errors.*`,
 * `role.*` (one per EditionRole), then one prefix per feature (`auth.*`, `home.*`).
 * Placeholders are written `{name}`; `t()` requires exactly the placeholders used here.
 * Glossary: /work/shared/DOMAIN.md (editie, lesdag, deelnemer, begeleider, programmabureau ...).
 */
export const nl = {
  'app.name': 'Koers',
  'app.skipToContent': 'Naar de inhoud',
  'app.mainNavigation': 'Hoofdmenu',
  'app.loading': 'Bezig met laden…',
  'app.logOut': 'Uitloggen',
  'app.loggingOut': 'Bezig met uitloggen…',
  'app.logOutFailed': 'Uitloggen is niet gelukt. Probeer het opnieuw.',
  'app.loggedInAs': 'Ingelogd als {name}',
  'app.tryAgain': 'Opnieuw proberen',

  'language.switchTo': 'English',

  'nav.home': 'Home',

  'errors.unexpected': 'Er ging iets mis. Probeer het later opnieuw.',
  'errors.network': 'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  'errors.pageTitle': 'Er ging iets mis',
  'errors.pageBody': 'Deze pagina kon niet worden getoond. Laad de pagina opnieuw of ga naar de startpagina.',
  'errors.reload': 'Pagina opnieuw laden',
  'errors.backHome': 'Naar de startpagina',
  'errors.checkFields': 'Controleer de gemarkeerde velden.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',

  'role.participant': 'deelnemer',
  'role.trainer': 'trainer',
  'role.facilitator': 'begeleider',
  'role.director': 'directeur',
  'role.internal_team_member': 'intern-teamlid',
  'role.admin': 'programmabureau',

  'auth.field.email': 'E-mailadres',
  'auth.field.password': 'Wachtwoord',
  'auth.validation.emailRequired': 'Vul je e-mailadres in.',
  'auth.validation.emailInvalid': 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
  'auth.validation.passwordRequired': 'Vul je wachtwoord in.',
  'auth.validation.passwordTooShort': 'Kies een wachtwoord van minstens {min} tekens.',
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
  'auth.resetConfirm.passwordHint': 'Minstens {min} tekens. Een zin van een paar woorden werkt goed.',
  'auth.resetConfirm.repeat': 'Herhaal het nieuwe wachtwoord',
  'auth.resetConfirm.submit': 'Wachtwoord opslaan',
  'auth.resetConfirm.done': 'Je wachtwoord is gewijzigd. Je kunt nu inloggen met je nieuwe wachtwoord.',
  'auth.resetConfirm.goToLogin': 'Naar inloggen',
  'auth.resetConfirm.missingToken': 'Deze link is onvolledig. Vraag een nieuwe link aan om je wachtwoord te herstellen.',
  'auth.resetConfirm.requestNew': 'Nieuwe link aanvragen',

  'home.title': 'Home',
  'home.greeting': 'Welkom, {name}',
  'home.adminNotice': 'Je werkt in Koers namens het programmabureau.',
  'home.editions.title': 'Je edities',
  'home.editions.empty': 'Je bent nog niet ingeschreven voor een editie.',
  'home.editions.roleLabel': 'Rol',
  'nav.myData': 'Mijn gegevens',
  'nav.people': 'Personen',

  'privacy.myData.title': 'Mijn gegevens',
  'privacy.myData.intro':
    'Koers bewaart gegevens over jou zodat je programma kan lopen: je naam, e-mailadres en organisatie, je inschrijvingen, je aanwezigheid, je implementatievraagstuk met logboek, je inleveringen met de feedback erop, je antwoorden op uitnodigingen en de e-mails die Koers je stuurde.',
  'privacy.myData.download.title': 'Alles downloaden',
  'privacy.myData.zip.body': 'Een zip-bestand met al je gegevens (gegevens.json) en alle bestanden die je hebt ingeleverd.',
  'privacy.myData.zip.download': 'Download alles (zip)',
  'privacy.myData.json.body': 'Of alleen je gegevens, als één JSON-bestand zonder je bestanden: handig om over te zetten naar een ander systeem.',
  'privacy.myData.json.download': 'Download gegevens (JSON)',
  'privacy.myData.secrets': 'Je wachtwoord en de geheime link van je agenda-abonnement staan er niet in.',
  'privacy.myData.erase.title': 'Gegevens laten wissen',
  'privacy.myData.erase.body':
    'Wil je dat Koers je gegevens wist? Vraag het aan het programmabureau. Je naam, e-mailadres en alles wat je schreef of inleverde worden dan verwijderd; je aanwezigheid blijft alleen bewaard als anoniem getal in de cijfers van je editie.',

  'privacy.people.title': 'Personen',
  'privacy.people.intro': 'Zoek iemand om diens gegevens te wissen (AVG). Gewiste personen staan niet meer in deze lijst.',
  'privacy.people.search': 'Zoek op naam of e-mailadres',
  'privacy.people.searchSubmit': 'Zoeken',
  'privacy.people.results': 'Zoekresultaten',
  'privacy.people.count': '{count} personen gevonden',
  'privacy.people.countOne': '1 persoon gevonden',
  'privacy.people.erase': 'Gegevens wissen',
  'privacy.people.eraseNamed': 'Gegevens wissen van {name}',
  'privacy.people.erased':
    'De gegevens van {name} zijn gewist. Verwijderde bestanden: {files}. Aanwezigheidsregistraties die anoniem bewaard blijven: {attendance}.',
  'privacy.people.pagination': 'Pagina’s',
  'privacy.people.previous': 'Vorige',
  'privacy.people.next': 'Volgende',
  'privacy.people.page': 'Pagina {page} van {pages}',

  'privacy.erase.title': 'Gegevens van {name} wissen?',
  'privacy.erase.intro': 'Dit gebeurt voor {email} in één keer:',
  'privacy.erase.consequence.identity':
    'Naam en e-mailadres worden vervangen door „Verwijderde persoon”. Deze persoon kan niet meer inloggen en krijgt geen e-mail meer.',
  'privacy.erase.consequence.texts':
    'Het implementatievraagstuk met logboek, de tekst en bestanden van inleveringen, de feedback daarop, certificaten, notities bij de aanwezigheid en verstuurde e-mails worden verwijderd.',
  'privacy.erase.consequence.kept':
    'Aanwezigheid, inschrijvingen en de beoordeling van inleveringen blijven anoniem bewaard, zodat de cijfers van de edities blijven kloppen.',
  'privacy.erase.consequence.final': 'Dit kan niet ongedaan worden gemaakt.',
  'privacy.erase.exportFirst': 'Wil de persoon een kopie? Laat die dan eerst via „Mijn gegevens” alles downloaden.',
  'privacy.erase.cancel': 'Annuleren',
  'privacy.erase.confirm': 'Ja, wis de gegevens van {name}',
  'privacy.erase.busy': 'Bezig met wissen…',
} as const;
