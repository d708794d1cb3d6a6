/** Dutch texts of the overview's deadlines and next steps (issue 15, item 6). */
export const overviewPageNl = {
  requests: {
    title: 'Open verzoeken volgens termijn',
    open: 'Naar alle verzoeken',
    none: 'Er zijn geen open verzoeken.',
    summary_one: '{{count}} open verzoek, waarvan {{overdue}} te laat en {{atRisk}} dreigen te laat te zijn.',
    summary_other:
      '{{count}} open verzoeken, waarvan {{overdue}} te laat en {{atRisk}} dreigen te laat te zijn.',
    overdue_one: 'Te laat ({{count}})',
    overdue_other: 'Te laat ({{count}})',
    atRisk_one: 'Dreigt te laat te zijn ({{count}})',
    atRisk_other: 'Dreigt te laat te zijn ({{count}})',
    next: 'Volgende termijnen',
    due: 'uiterlijk {{date}}',
    more_one: 'en nog {{count}} verzoek in de lijst van verzoeken.',
    more_other: 'en nog {{count}} verzoeken in de lijst van verzoeken.',
  },
  steps: {
    title: 'Volgende stappen',
    intro:
      'Bouw het register in deze volgorde op: een verwerkingsactiviteit verwijst naar de leveranciers, systemen, bewaartermijnen en beveiligingsmaatregelen die u eerst vastlegt.',
    names: {
      vendors: '1. Leveranciers',
      systems: '2. Systemen',
      'retention-rules': '3. Bewaartermijnen',
      measures: '4. Beveiligingsmaatregelen',
      activities: '5. Verwerkingsactiviteiten',
    },
    why: {
      vendors: 'Wie verwerkt gegevens voor u: boekhouder, hostingprovider, softwareleverancier.',
      systems: 'Waar de gegevens staan: software, databanken, papieren dossiers.',
      'retention-rules': 'Hoe lang u gegevens bewaart en op welke wettelijke grond.',
      measures: 'Hoe u de gegevens beveiligt (art. 32 AVG).',
      activities: 'Wat u met persoonsgegevens doet, waarom en op welke rechtsgrond (art. 30 AVG).',
    },
    done_one: 'gedaan ({{count}} vastgelegd)',
    done_other: 'gedaan ({{count}} vastgelegd)',
    notDone: 'nog niet gedaan',
    nextMarker: '(volgende stap)',
    add: 'Toevoegen',
    view: 'Bekijken',
    addLabel: {
      vendors: 'Een leverancier toevoegen',
      systems: 'Een systeem toevoegen',
      'retention-rules': 'Een bewaartermijn toevoegen',
      measures: 'Een beveiligingsmaatregel toevoegen',
      activities: 'Een verwerkingsactiviteit toevoegen',
    },
  },
}

export type OverviewPageMessages = typeof overviewPageNl
