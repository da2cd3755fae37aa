/**
 * Dutch UI text shared by the app shell, `components/` and more than one feature: `app.*` shell, `nav.*`
 * navigation, `download.*` (the two formats of every export), `errors.*`, `role.*` (one per EditionRole), `session.*`,
 * `sessionMode.*`, `submission.*`, `innovationPhase.*`. Each feature keeps its own texts in `features/<x>/messages/nl.ts`; `app/messages/`
 * puts them together. Dutch is the default language and defines the keys.
 * Placeholders are written `{name}`; `t()` requires exactly the placeholders used here. A text that shows a
 * number of things is written `{ one: '1 e-mail', other: '{count} e-mails' }` and chosen by `{count}`.
 * Glossary: /work/shared/DOMAIN.md (editie, lesdag, deelnemer, begeleider, programmabureau ...).
 */
export const nl = {
  'app.name': 'Koers',
  'app.skipToContent': 'Naar de inhoud',
  'app.mainNavigation': 'Hoofdmenu',
  'app.menu': 'Menu',
  'app.loading': 'Bezig met laden…',
  'app.logOut': 'Uitloggen',
  'app.loggingOut': 'Bezig met uitloggen…',
  'app.logOutFailed': 'Uitloggen is niet gelukt. Probeer het opnieuw.',
  'app.invitationsWaiting': { one: 'Er wacht een uitnodiging op je antwoord.', other: 'Er wachten {count} uitnodigingen op je antwoord.' },
  'app.invitationsLink': 'Bekijk je uitnodigingen',
  'app.loggedInAs': 'Ingelogd als {name}',
  'app.tryAgain': 'Opnieuw proberen',

  'language.switchTo': 'English',

  'nav.home': 'Home',

  'download.xlsx': 'Download als Excel-werkmap (.xlsx)',
  'download.csv': 'Download als CSV',

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

  'nav.attendance': 'Aanwezigheid',
  'nav.checkIn': 'Inchecken',

  'nav.boardMeetings': 'Bestuurlijke bijeenkomsten',
  'nav.directorProgress': 'Voortgang deelnemers',
  'nav.internalTeam': 'Intern team',
  'nav.rsvpOverview': 'Aanmeldingen',
  'nav.myData': 'Mijn gegevens',
  'nav.people': 'Personen',

  'nav.mail': 'E-mails',
  'nav.webhooks': 'Webhooks',
  'nav.mySettings': 'Mijn instellingen',

  'nav.assignments': 'Opdrachten',
  'nav.review': 'Beoordelen',
  'nav.certificate': 'Certificaat',
  'submission.status.not_submitted': 'niet ingeleverd',
  'submission.status.submitted': 'ingeleverd',
  'submission.status.late': 'te laat ingeleverd',
  'submission.status.revise': 'herkansen',
  'submission.status.approved': 'goedgekeurd',
  'submission.version': 'Versie {number}',
  'submission.handedInAt': 'ingeleverd op',
  'submission.late': 'te laat',
  'submission.files': 'Bestanden',
  'submission.feedback': 'Feedback',
  'submission.outcome.approved': 'Goedgekeurd',
  'submission.outcome.revise': 'Herkansen',
  'submission.unknownReviewer': 'Trainer',

  'nav.myProgramme': 'Mijn programma',
  'nav.myChallenge': 'Mijn vraagstuk',
  'nav.myGroup': 'Mijn netwerkgroep',
  'nav.challenges': 'Vraagstukken',
  'nav.directory': 'Wie is wie',
  'nav.discussions': 'Gesprekken',
  'nav.unreadDiscussions': { one: '{count} gesprek met nieuwe berichten', other: '{count} gesprekken met nieuwe berichten' },

  'session.kind.programme_day': 'Lesdag',
  'session.kind.network_session': 'Netwerksessie',
  'session.kind.board_meeting': 'Bestuurlijke bijeenkomst',
  'session.status.cancelled': 'Geannuleerd',
  'session.status.moved': 'Verplaatst',
  'session.status.movedFrom': 'Verplaatst, was {date}',
  'session.attendance.present': 'aanwezig',
  'session.attendance.late': 'te laat',
  'session.attendance.excused': 'afgemeld',
  'session.attendance.absent': 'afwezig',
  'session.attendance.none': 'niet geregistreerd',
  'session.venue.address': 'Locatie',
  'session.venue.map': 'Bekijk op de kaart',
  'session.venue.online': 'Online',
  'session.venue.join': 'Doe online mee',
  'session.venue.linkLater': 'de link verschijnt hier om {time}, 30 minuten voor de start.',
  'session.opensInNewWindow': '(opent in een nieuw venster)',
  'session.addToCalendar': 'Zet in mijn agenda',
  'innovationPhase.explore': 'onderzoek',
  'innovationPhase.direct': 'richt',
  'innovationPhase.plan': 'plan',
  'innovationPhase.do': 'doe',

  'nav.editions': 'Edities',
  'nav.programmes': 'Programma’s',
  'nav.closedDays': 'Vrije dagen',

  'sessionMode.on_site': 'Op locatie',
  'sessionMode.online': 'Online',
  'sessionMode.hybrid': 'Hybride',
  'nav.openEdition': 'Nieuwe editie openen',
  // Personal API tokens, listed under Mijn instellingen and by the programme office per person.
  'apiToken.scope.read': 'Alleen lezen',
  'apiToken.scope.write': 'Lezen en wijzigen',
  'apiToken.none': 'Geen API-sleutels.',
  'apiToken.createdAt': 'Gemaakt',
  'apiToken.lastUsedAt': 'laatst gebruikt',
  'apiToken.neverUsed': 'nog niet gebruikt',
  'apiToken.expiresAt': 'verloopt',
  'apiToken.expiredAt': 'verlopen',
  'apiToken.revoke': 'Intrekken',
} as const;
