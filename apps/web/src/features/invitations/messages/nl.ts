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
  'invitations.cannotAccept.other_role_in_edition':
    'Je doet al mee aan deze editie (als deelnemer, directeur, trainer of begeleider), dus je kunt niet ook in dit intern team. Sla de uitnodiging af, dan ziet {name} dat.',
  'invitations.cannotAccept.already_in_another_team':
    'Je zit in deze editie al in het intern team van een andere deelnemer, en je kunt maar in één intern team zitten. Sla de uitnodiging af, of wacht tot je uit dat team bent gehaald.',
  'invitations.accept': 'Accepteren',
  'invitations.decline': 'Afslaan',
  'invitations.accepted': 'Je hebt de uitnodiging geaccepteerd.',
  'invitations.declined': 'Je hebt de uitnodiging afgeslagen.',
} as const;
