/** Dutch texts of the who's who (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'directory.title': 'Wie is wie',
  'directory.intro': 'De mensen van je editie: wie ze zijn, waar ze werken en aan welk vraagstuk ze werken. Zo vind je elkaar.',
  'directory.edition': 'Editie',
  'directory.noEditions': 'Je hoort (nog) bij geen editie.',
  'directory.empty': 'Nog niemand te zien.',
  'directory.listLabel': 'Mensen in deze editie',
  'directory.hiddenMark': 'verborgen',
  'directory.challenge': 'Vraagstuk:',
  'directory.profile.title': 'Jouw vermelding',
  'directory.profile.introduction': 'Korte introductie',
  'directory.profile.introductionHint': 'Een paar zinnen over jezelf: je werk, waar je mee bezig bent, waarvoor anderen je mogen benaderen.',
  'directory.profile.hidden': 'Verberg mij in wie is wie',
  'directory.profile.hiddenHint': 'Alleen het programmabureau ziet je dan nog.',
  'directory.profile.save': 'Opslaan',
  'directory.profile.saved': 'Je vermelding is opgeslagen.',
} as const;
