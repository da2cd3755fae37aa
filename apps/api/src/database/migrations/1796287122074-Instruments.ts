import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Instruments1796287122074 implements MigrationInterface {
  name = 'Instruments1796287122074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"instrument_kind\" AS ENUM('innovation_scan', 'collaboration_thermometer')");
    await queryRunner.query("CREATE TABLE \"instrument\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"instrument_kind\" NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"is_example\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1707dc7e7c2845211b38bef3d29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"instrument_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_4ff58b68804c3a856e28d913c94\" UNIQUE (\"instrument_id\", \"number\"), CONSTRAINT \"PK_2d5dec523a865afecaaff42f495\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"instrument_version_one_draft\" ON \"instrument_version\"  (\"instrument_id\") WHERE published_at IS NULL");
    await queryRunner.query("CREATE TABLE \"instrument_dimension\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"name\" text NOT NULL, CONSTRAINT \"UQ_26a63154a1807938f93c09da4ac\" UNIQUE (\"version_id\", \"position\"), CONSTRAINT \"PK_a8078dd774d6997e2b9b9637020\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"instrument_item_scale\" AS ENUM('agree_1_5', 'in_place_3')");
    await queryRunner.query("CREATE TABLE \"instrument_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"dimension_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"statement\" text NOT NULL, \"scale\" \"public\".\"instrument_item_scale\" NOT NULL, \"free_text_allowed\" boolean NOT NULL DEFAULT false, CONSTRAINT \"UQ_8fda27b678d7d338328679b41a6\" UNIQUE (\"dimension_id\", \"position\"), CONSTRAINT \"PK_ece960f90be25f4019663adc46b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"instrument_version\" ADD CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_dimension\" ADD CONSTRAINT \"FK_98ee4bae3eee82865e124183728\" FOREIGN KEY (\"version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_item\" ADD CONSTRAINT \"FK_742932e2bdc56a70534fc65b4a0\" FOREIGN KEY (\"dimension_id\") REFERENCES \"instrument_dimension\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The two example instruments every installation starts with, published as version 1 (editing makes version 2).
    for (const example of EXAMPLE_INSTRUMENTS) {
      await queryRunner.query(
        `WITH new_instrument AS (
           INSERT INTO instrument (kind, name, description, is_example) VALUES ($1, $2, $3, true) RETURNING id),
         new_version AS (
           INSERT INTO instrument_version (instrument_id, number, published_at) SELECT id, 1, now() FROM new_instrument RETURNING id),
         new_dimension AS (
           INSERT INTO instrument_dimension (version_id, position, name)
           SELECT new_version.id, dimension.position, dimension.value->>'name'
             FROM new_version, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS dimension(value, position)
           RETURNING id, position)
         INSERT INTO instrument_item (dimension_id, position, statement, scale, free_text_allowed)
         SELECT new_dimension.id, item.position, item.value #>> '{}', $5::instrument_item_scale, item.position = jsonb_array_length(dimension.value->'items')
           FROM new_dimension
           JOIN jsonb_array_elements($4::jsonb) WITH ORDINALITY AS dimension(value, position) ON dimension.position = new_dimension.position
           CROSS JOIN jsonb_array_elements(dimension.value->'items') WITH ORDINALITY AS item(value, position)`,
        [example.kind, example.name, example.description, JSON.stringify(example.dimensions), example.scale],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"instrument_item\" DROP CONSTRAINT \"FK_742932e2bdc56a70534fc65b4a0\"");
    await queryRunner.query("ALTER TABLE \"instrument_dimension\" DROP CONSTRAINT \"FK_98ee4bae3eee82865e124183728\"");
    await queryRunner.query("ALTER TABLE \"instrument_version\" DROP CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\"");
    await queryRunner.query("DROP TABLE \"instrument_item\"");
    await queryRunner.query("DROP TYPE \"public\".\"instrument_item_scale\"");
    await queryRunner.query("DROP TABLE \"instrument_dimension\"");
    await queryRunner.query("DROP INDEX \"public\".\"instrument_version_one_draft\"");
    await queryRunner.query("DROP TABLE \"instrument_version\"");
    await queryRunner.query("DROP TABLE \"instrument\"");
    await queryRunner.query("DROP TYPE \"public\".\"instrument_kind\"");
  }
}

/**
 * Koers's own example texts, written for this migration (not the validated MET scan or the Zorgpact thermometer,
 * which Koers does not have). Frozen here with the migration; the programme office edits them as new versions. The
 * last item of each dimension invites a remark in the respondent's own words.
 */
const EXAMPLE_INSTRUMENTS = [
  {
    kind: 'innovation_scan',
    name: 'Innovatiescan (voorbeeld)',
    description:
      'Voorbeeld van een scan naar de innovatievolwassenheid van een organisatie: wat is goed verankerd en waar liggen groeikansen. Pas de stellingen aan of vervang ze door een gevalideerde scan.',
    scale: 'in_place_3',
    dimensions: [
      {
        name: 'Strategie en visie',
        items: [
          'Onze organisatie heeft een uitgeschreven visie op innovatie die past bij de koers van de organisatie.',
          'Innovatiedoelen zijn vertaald naar concrete doelen voor afdelingen en teams.',
          'Er is jaarlijks budget en tijd gereserveerd voor het ontwikkelen en invoeren van innovaties.',
          'We kiezen bewust welke innovaties we wel en niet oppakken, op basis van vastgestelde criteria.',
          'Medewerkers kennen de innovatievisie en kunnen uitleggen wat die voor hun werk betekent.',
        ],
      },
      {
        name: 'Leiderschap',
        items: [
          'Bestuur en directie dragen innovatie zichtbaar uit, in woord en daad.',
          'Leidinggevenden geven medewerkers ruimte om nieuwe werkwijzen uit te proberen.',
          'Er is een bestuurlijk eigenaar voor elk groter innovatietraject.',
          'Leidinggevenden bespreken de voortgang van innovaties regelmatig met hun teams.',
        ],
      },
      {
        name: 'Cultuur en mensen',
        items: [
          'Fouten maken bij het uitproberen van iets nieuws wordt gezien als leerkans.',
          'Medewerkers worden betrokken bij het bedenken en kiezen van innovaties.',
          'Er is aandacht voor de digitale vaardigheden van medewerkers.',
          'Innovatieve ideeën van medewerkers krijgen een vaste plek om te worden opgepakt.',
          'Cliënten en naasten denken mee over vernieuwingen die hen raken.',
        ],
      },
      {
        name: 'Processen',
        items: [
          'We werken met een vaste aanpak om een innovatie van idee tot implementatie te brengen.',
          'Bij de start van een innovatie leggen we vast welk effect we willen bereiken en hoe we dat meten.',
          'Succesvolle pilots worden volgens plan opgeschaald naar de hele organisatie.',
          'Innovaties worden geëvalueerd en de uitkomsten worden gedeeld.',
          'Werkprocessen worden aangepast zodat een innovatie blijvend onderdeel wordt van het werk.',
        ],
      },
      {
        name: 'Technologie en data',
        items: [
          'De ICT-infrastructuur maakt het invoeren van nieuwe zorgtechnologie mogelijk.',
          'Er is deskundige ondersteuning beschikbaar bij het kiezen en invoeren van technologie.',
          'We gebruiken gegevens uit de praktijk om te bepalen waar innovatie nodig is.',
          'Privacy en informatiebeveiliging zijn vanaf het begin onderdeel van elk innovatietraject.',
        ],
      },
      {
        name: 'Samenwerking in de regio',
        items: [
          'We werken bij innovatie samen met andere zorg- en welzijnsorganisaties in de regio.',
          'We delen kennis en ervaringen met innovaties actief met andere organisaties.',
          'Er zijn afspraken met regionale partners (zoals gemeenten, zorgverzekeraars en onderwijs) over gezamenlijke vernieuwing.',
          'We maken gebruik van regionale netwerken en programma’s om innovaties te versnellen.',
        ],
      },
    ],
  },
  {
    kind: 'collaboration_thermometer',
    name: 'Samenwerkingsthermometer (voorbeeld)',
    description:
      'Voorbeeld van een thermometer waarmee een team de succes- en verbeterpunten van zijn samenwerking in beeld brengt. Pas de stellingen aan of vervang ze door een gevalideerde thermometer.',
    scale: 'agree_1_5',
    dimensions: [
      {
        name: 'Gezamenlijk doel',
        items: [
          'We hebben samen een helder doel voor de implementatie geformuleerd.',
          'Iedereen in het team weet waarom deze verandering belangrijk is.',
          'Het doel sluit aan bij wat cliënten en medewerkers nodig hebben.',
          'We weten wanneer we ons doel bereikt hebben.',
        ],
      },
      {
        name: 'Vertrouwen',
        items: [
          'Ik kan in dit team eerlijk zeggen wat ik denk.',
          'Teamleden komen hun afspraken na.',
          'We gaan ervan uit dat iedereen het beste voor heeft met de samenwerking.',
          'Meningsverschillen worden open besproken en opgelost.',
        ],
      },
      {
        name: 'Rollen en taken',
        items: [
          'Het is duidelijk wie waarvoor verantwoordelijk is.',
          'De taken zijn eerlijk verdeeld over het team.',
          'Ieders kennis en ervaring wordt goed benut.',
          'Er is genoeg tijd beschikbaar om de taken uit te voeren.',
        ],
      },
      {
        name: 'Communicatie',
        items: [
          'We informeren elkaar tijdig over wat er speelt.',
          'Overleggen zijn goed voorbereid en leveren concrete afspraken op.',
          'Collega’s buiten het team worden goed op de hoogte gehouden.',
          'Ik weet bij wie ik terecht kan met vragen over de implementatie.',
        ],
      },
      {
        name: 'Samen leren',
        items: [
          'We staan regelmatig stil bij wat goed gaat en wat beter kan.',
          'We passen onze aanpak aan op basis van wat we leren.',
          'We vieren successen, ook kleine.',
          'We leren van andere teams en organisaties die met hetzelfde bezig zijn.',
        ],
      },
    ],
  },
];
