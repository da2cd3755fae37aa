/** Dutch texts of the home feature (keys under its prefix). Dutch defines the keys; see `lib/messages/nl.ts` for the rules. */
export const nl = {
  'home.title': 'Home',
  'home.greeting': 'Welkom, {name}',
  'home.adminNotice': 'Je werkt in Koers namens het programmabureau.',
  'home.start.title': 'Direct naar',
  'home.editions.title': 'Je edities',
  'home.editions.empty': 'Je bent nog niet ingeschreven voor een editie.',
  'home.editions.draft': 'Concept, nog niet gepubliceerd',
  'home.editions.roleLabel': 'Rol',
} as const;
