/** Dutch texts of the api-tokens feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'apiTokens.title': 'API-sleutels',
  'apiTokens.back': 'Terug naar Mijn instellingen',
  'apiTokens.intro':
    'Met een API-sleutel werkt een script (een HR-export, een koppeling met jullie CRM) in Koers namens jou, met precies jouw rechten. Behandel een sleutel als een wachtwoord; trek hem in zodra je hem niet meer nodig hebt.',
  'apiTokens.newTitle': 'Nieuwe sleutel',
  'apiTokens.name': 'Naam',
  'apiTokens.nameHint': 'Waarvoor je de sleutel gebruikt, zodat je hem later herkent.',
  'apiTokens.nameRequired': 'Geef de sleutel een naam.',
  'apiTokens.scope': 'Wat mag de sleutel?',
  'apiTokens.lifetime': 'Geldig',
  'apiTokens.lifetime.days': { one: '{count} dag', other: '{count} dagen' },
  'apiTokens.create': 'Sleutel maken',
  'apiTokens.created': 'Je sleutel is gemaakt.',
  'apiTokens.createdHint': 'Kopieer hem nu: Koers bewaart hem niet en laat hem nooit meer zien.',
  'apiTokens.token': 'Je nieuwe API-sleutel',
  'apiTokens.listTitle': 'Je sleutels',
  'apiTokens.revoked': '{name} is ingetrokken.',
  'apiTokens.confirmRevoke.title': '{name} intrekken?',
  'apiTokens.confirmRevoke.text': 'Een script dat deze sleutel gebruikt, komt er dan meteen niet meer in. Dat kun je niet ongedaan maken.',
  'apiTokens.confirmRevoke.confirm': 'Intrekken',
} as const;
