/** Nederlandse teksten van de uitsluitingspagina (issue 17): uitsluiting van marketing, de Bel-me-niet-meer-lijst, campagnecontrole. */
export const consentNl = {
  suppression: {
    title: 'Uitsluitingen',
    intro:
      'Wie niet gecontacteerd mag worden voor marketing: bezwaren tegen direct marketing, uitschrijvingen en gewiste personen die vroegen nooit meer gecontacteerd te worden, bewaard als versleutelde hashes zodat ze een wissing overleven; en de Bel-me-niet-meer-lijst (DNCM) die in gebruik is.',
    dncmTitle: 'Bel-me-niet-meer-lijst (DNCM)',
    dncmNone:
      'Er is geen Bel-me-niet-meer-lijst ingeladen: telefoonnummers kunnen er niet aan getoetst worden, dus er mag geen telemarketingoproep gebeuren. Laad het bestand in met “custos dncm import”.',
    dncmCurrent:
      'Lijst van {{date}} in gebruik ({{numbers}} nummers), bruikbaar tot {{until}}. SHA-256 van het bestand: {{sha}}.',
    dncmStale:
      'De lijst in gebruik dateert van {{date}}: ze is ouder dan {{days}} dagen en mag niet meer gebruikt worden. Laad het recentste bestand in vóór elke telemarketingoproep; tot dan antwoordt elke telefooncontrole “niet geraadpleegd”.',
    countsTitle: 'Vermeldingen per reden',
    reasons: {
      objection: 'Bezwaar tegen direct marketing',
      unsubscribe: 'Uitschrijving',
      erased_do_not_contact: 'Gewist, nooit meer contacteren',
    },
    optIns: 'Toestemmingen die de Bel-me-niet-meer-lijst opzijzetten',
    entriesTitle: 'Vermeldingen',
    entriesNone: 'De uitsluitingslijst is leeg.',
    columns: {
      identifier: 'Gegeven',
      reason: 'Reden',
      channel: 'Kanaal',
      source: 'Bron',
      added: 'Toegevoegd',
      actions: 'Acties',
    },
    channels: { email: 'E-mail', phone: 'Telefoon', post: 'Post', all: 'Elk kanaal' },
    sources: { staff: 'Medewerker', api: 'API', portal_request: 'Verzoekportaal', cli: 'Opdrachtregel' },
    remove: '{{identifier}} verwijderen',
    removed: '{{identifier}} is van de uitsluitingslijst verwijderd.',
    addTitle: 'Vermelding toevoegen',
    kind: 'Soort gegeven',
    kinds: { email: 'E-mailadres', phone: 'Telefoonnummer', postal: 'Postadres' },
    value: 'Gegeven',
    reason: 'Reden',
    channel: 'Kanaal van de uitschrijving',
    note: 'Opmerking (optioneel)',
    add: 'Toevoegen',
    added: '{{identifier}} staat op de uitsluitingslijst.',
    checkTitle: 'Campagnebestand controleren',
    checkIntro:
      'Een CSV-bestand met een kopregel en een kolom email, phone of address. U krijgt dezelfde regels terug met per regel het oordeel, de reden en de inschrijvingsdatum bij Bel-me-niet-meer.',
    checkFile: 'Campagnebestand (CSV)',
    checkChannel: 'Kanaal van de campagne',
    check: 'Controleren',
    checking: 'Bezig met controleren…',
    download: 'Gecontroleerd bestand downloaden ({{lines}} regels)',
  },
}
