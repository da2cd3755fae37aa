import type { SessionKind, SessionMode } from '@koers/shared/domain';

export interface DemoSlot {
  kind: SessionKind;
  title: string;
  theme: string;
  durationMinutes: number;
  mode: SessionMode;
  internalTeams?: boolean;
  directorsOnly?: boolean;
}

/** The HIS-I curriculum: ten programme days (two with the internal teams), four network sessions, two board meetings. */
export const HIS_I_SLOTS: DemoSlot[] = [
  { kind: 'programme_day', title: 'Lesdag 1 – Kick-off: implementeren begint bij jezelf', theme: 'Kennismaking en je implementatievraagstuk', durationMinutes: 390, mode: 'on_site' },
  { kind: 'programme_day', title: 'Lesdag 2 – Onderzoeken: wat is het probleem echt?', theme: 'Innovatieroute fase 1: onderzoek', durationMinutes: 240, mode: 'online' },
  { kind: 'network_session', title: 'Netwerksessie 1 – Vraagstukken delen', theme: 'Intervisie onder leiding van Avans Hogeschool', durationMinutes: 120, mode: 'online' },
  { kind: 'programme_day', title: 'Lesdag 3 – Samen met je intern team', theme: 'Draagvlak bouwen in je eigen organisatie', durationMinutes: 390, mode: 'on_site', internalTeams: true },
  { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1 – Ruimte maken voor innovatie', theme: 'Commitment van de top', durationMinutes: 180, mode: 'on_site', directorsOnly: true },
  { kind: 'programme_day', title: 'Lesdag 4 – Richten: kiezen en begrenzen', theme: 'Innovatieroute fase 2: richt', durationMinutes: 240, mode: 'online' },
  { kind: 'network_session', title: 'Netwerksessie 2 – De samenwerkingsthermometer', theme: 'Samenwerken in de regio, met Fontys', durationMinutes: 120, mode: 'online' },
  { kind: 'programme_day', title: 'Lesdag 5 – Plannen: het plan van aanpak', theme: 'Innovatieroute fase 3: plan', durationMinutes: 390, mode: 'on_site' },
  { kind: 'programme_day', title: 'Lesdag 6 – Technologie die werkt op de werkvloer', theme: 'MET-scan en innovatievolwassenheid', durationMinutes: 240, mode: 'hybrid' },
  { kind: 'network_session', title: 'Netwerksessie 3 – Leren van koplopers', theme: 'Ervaringen van koplopers, met Zuyd Hogeschool', durationMinutes: 120, mode: 'online' },
  { kind: 'programme_day', title: 'Lesdag 7 – Doen: implementeren in de praktijk', theme: 'Innovatieroute fase 4: doe', durationMinutes: 390, mode: 'on_site' },
  { kind: 'programme_day', title: 'Lesdag 8 – Opschalen en borgen met je intern team', theme: 'Van pilot naar staande praktijk', durationMinutes: 390, mode: 'on_site', internalTeams: true },
  { kind: 'network_session', title: 'Netwerksessie 4 – Obstakels en doorbraken', theme: 'Intervisie onder leiding van Avans Hogeschool', durationMinutes: 120, mode: 'online' },
  { kind: 'programme_day', title: 'Lesdag 9 – Verandering laten beklijven', theme: 'Werkplezier, rollen en routines', durationMinutes: 240, mode: 'online' },
  { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2 – Resultaten en vervolg', theme: 'Wat vraagt opschaling van de organisatie?', durationMinutes: 180, mode: 'on_site', directorsOnly: true },
  { kind: 'programme_day', title: 'Lesdag 10 – Slotdag: de Rebels presenteren', theme: 'Presentaties en certificaten', durationMinutes: 390, mode: 'on_site' },
];

export interface DemoAssignmentTemplate {
  title: string;
  instructions: string;
  /** Index into HIS_I_SLOTS of the session the deadline hangs off. */
  slotIndex: number;
  offsetDays: number;
}

export const HIS_I_ASSIGNMENTS: DemoAssignmentTemplate[] = [
  { title: 'Beschrijf je implementatievraagstuk', instructions: 'Beschrijf in maximaal één pagina je **implementatievraagstuk**: de innovatie, het probleem dat die oplost en wie erbij betrokken zijn.', slotIndex: 1, offsetDays: -3 },
  { title: 'MET-scan van je organisatie', instructions: 'Vul met twee collega\'s de MET-scan in en noteer de drie belangrijkste uitkomsten.', slotIndex: 3, offsetDays: -3 },
  { title: 'Plan van aanpak', instructions: 'Werk je plan van aanpak uit: doel, stappen, planning, rollen van je intern team en hoe je het resultaat meet.', slotIndex: 8, offsetDays: -3 },
  { title: 'Tussenreflectie', instructions: 'Reflecteer op wat werkt en wat niet, en wat je nodig hebt van je directeur.', slotIndex: 11, offsetDays: -3 },
  { title: 'Eindpresentatie en reflectie', instructions: 'Lever je eindpresentatie in en een korte reflectie op je ontwikkeling als Rebel.', slotIndex: 15, offsetDays: -3 },
];

/**
 * `region` is the free text typed at enrolment; `networkRegion` the regional network (seeded by its migration) the
 * programme office put the organisation in. The demo participant's organisation (the first) is in Zuid-Kennemerland,
 * whose programme manager is the regional demo account; a second organisation there gives the region figures of its
 * own (a region's figures need two organisations); other regions have organisations of their own.
 */
export const DEMO_ORGANISATIONS: { name: string; region: string; networkRegion: string | null }[] = [
  { name: 'Zorggroep De Linde', region: 'Noord-Holland', networkRegion: 'Zuid-Kennemerland' },
  { name: 'Thuiszorg Het Groene Hart', region: 'Utrecht', networkRegion: 'Utrecht' },
  { name: 'Stichting Zorg aan de Maas', region: 'Limburg', networkRegion: null },
  { name: 'Welzijnskracht Twente', region: 'Overijssel', networkRegion: null },
  { name: 'Careyn Zuidwest (demo)', region: 'Zuid-Holland', networkRegion: 'Den Haag' },
  { name: 'Woonzorg Brabantse Kempen', region: 'Noord-Brabant', networkRegion: 'Zuidoost-Brabant' },
  { name: 'Zorgcentrum De Waddenkust', region: 'Friesland', networkRegion: 'Groningen/Friesland/Drenthe' },
  { name: 'GGZ Veluwe Vooruit', region: 'Gelderland', networkRegion: null },
  { name: 'Wijkteam Haaglanden', region: 'Den Haag', networkRegion: 'Den Haag' },
  { name: 'Ouderenzorg Zeeuwse Delta', region: 'Zeeland', networkRegion: null },
  { name: 'Gehandicaptenzorg Drenthe Samen', region: 'Drenthe', networkRegion: 'Groningen/Friesland/Drenthe' },
  { name: 'Revalidatiecentrum Kennemerland', region: 'Noord-Holland', networkRegion: 'Zuid-Kennemerland' },
];

export const FIRST_NAMES = ['Anouk', 'Bram', 'Charlotte', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Iris', 'Jasper', 'Kim', 'Lars', 'Maud', 'Noah', 'Olga', 'Pieter', 'Roos', 'Sem', 'Tessa', 'Umut', 'Vera', 'Wouter', 'Yara', 'Zeynep', 'Fatima', 'Mohammed', 'Lotte', 'Ruben', 'Sophie', 'Thijs', 'Esther', 'Koen', 'Naima', 'Joost', 'Ilse', 'Marieke'];
export const LAST_NAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Kok', 'Jacobs', 'van Dijk', 'Willems', 'Schouten', 'Postma'];

export const CHALLENGE_TITLES = [
  'Slimme sensoren voor een rustige nacht',
  'Beeldbellen in de wijkverpleging',
  'Medicijndispensers bij cliënten thuis',
  'Digitale overdracht tussen diensten',
  'Leefstijlmonitoring voor mensen met diabetes',
  'Spraakgestuurd rapporteren',
  'Zorgrobot bij de dagbesteding',
  'Valdetectie op de psychogeriatrische afdeling',
  'Samen roosteren met een zelfroosterapp',
  'E-health-modules in de ambulante GGZ',
  'Inzet van een digitale sociale kaart',
  'Leefcirkels: zelfredzaamheid meten',
];

/** What each challenge brings in, one whole sentence per title of CHALLENGE_TITLES (same order). */
export const CHALLENGE_INNOVATIONS = [
  'Bewegingssensoren die de nachtdienst alleen wekken als een bewoner echt hulp nodig heeft.',
  'Videobellen tussen wijkverpleegkundige en cliënt voor controles die geen bezoek vragen.',
  'Medicijndispensers die cliënten thuis op tijd hun medicatie geven en afwijkingen melden.',
  'Een digitale overdracht die de dagdienst en de avonddienst in één overzicht laat werken.',
  'Een app die beweging, voeding en bloedsuiker bijhoudt en de praktijkondersteuner meekijken laat.',
  'Rapporteren door in te spreken, zodat verzorgenden minder tijd achter de computer zitten.',
  'Een sociale robot die activiteiten begeleidt op de dagbesteding.',
  'Valdetectie met sensoren op de kamers van de psychogeriatrische afdeling.',
  'Een roosterapp waarin medewerkers zelf diensten kiezen en ruilen.',
  'Online behandelmodules die cliënten tussen de gesprekken met hun behandelaar volgen.',
  'Een digitale sociale kaart met het aanbod van zorg en welzijn in de wijk.',
  'Leefcirkels, een korte vragenlijst die de zelfredzaamheid van cliënten in beeld brengt.',
];
