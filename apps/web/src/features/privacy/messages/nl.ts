/** Dutch texts of the privacy feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
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
  'privacy.people.count': { one: '{count} persoon gevonden', other: '{count} personen gevonden' },
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
