/** Dutch texts of the invitations feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'invitations.title': 'Uitnodigingen',
  'invitations.none': 'Er wachten geen uitnodigingen op je antwoord.',
  'invitations.internalTeam.title': '{name} nodigt je uit voor het intern team bij {edition}',
  'invitations.internalTeam.role': 'Je rol: {role}',
  'invitations.internalTeam.explain': 'Als je accepteert, lees je het implementatievraagstuk mee en word je verwacht op de intern-teamdagen.',
  'invitations.delegate.title': '{name} stuurt je als vervanger naar een bestuurlijke bijeenkomst van {edition}',
  'invitations.delegate.explain': 'Als je accepteert, sta je op de presentielijst van deze bijeenkomst.',
  'invitations.invitedAt': 'Uitgenodigd op',
  'invitations.accept': 'Accepteren',
  'invitations.decline': 'Afslaan',
  'invitations.accepted': 'Je hebt de uitnodiging geaccepteerd.',
  'invitations.declined': 'Je hebt de uitnodiging afgeslagen.',
} as const;
