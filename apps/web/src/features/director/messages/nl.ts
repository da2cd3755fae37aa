/** Dutch texts of the director feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'director.title': 'Voortgang van je deelnemers',
  'director.intro':
    'De deelnemers voor wie jij als directeur bent opgegeven. Je kijkt mee met hun voortgang; wijzigen kan hier niet.',
  'director.empty': 'Er zijn (nog) geen deelnemers aan je gekoppeld. Klopt dat niet? Neem contact op met het programmabureau.',
  'director.attendance': 'Aanwezigheid op lesdagen',
  'director.attendanceValue': { one: '{percent}% ({attended} van {count} lesdag)', other: '{percent}% ({attended} van {count} lesdagen)' },
  'director.attendanceNone': 'Er zijn nog geen lesdagen die meetellen.',
  'director.assignments': 'Opdrachten',
  'director.assignmentsValue': '{submitted} van {total} ingeleverd, {approved} goedgekeurd',
  'director.assignmentsNone': 'Nog geen opdrachten',
  'director.challenge': 'Implementatievraagstuk',
  'director.challengeNone': 'Nog niet beschreven',
  'director.phase': 'Fase in de innovatieroute',
  'director.log': 'Laatste logboekberichten',
  'director.logNone': 'Nog geen logboekberichten',
} as const;
