/** Nederlandse teksten van de cookiepagina (issue 18): de inventaris, de doeleinden van toestemming, de scanner en de scans. */
export const cookiesNl = {
  title: 'Cookies',
  intro:
    'De cookies en trackers van uw website zoals uw banner en uw cookieverklaring ze vermelden, het doeleinde van uw register waaronder de keuzes per categorie geregistreerd worden, en de scans die de website daaraan toetsen.',
  inventoryTitle: 'Inventaris',
  inventoryVersion: 'Versie {{version}}, opgeslagen op {{date}}.',
  inventoryNone:
    'Er is nog geen inventaris opgeslagen: de banner biedt alleen strikt noodzakelijke cookies aan.',
  columns: {
    service: 'Dienst',
    provider: 'Aanbieder',
    category: 'Categorie',
    hosts: 'Hosts',
    cookies: 'Cookies',
    code: 'Vaststelling',
    subject: 'Cookie of host',
    page: 'Pagina',
  },
  categories: {
    necessary: 'Strikt noodzakelijk',
    functional: 'Functioneel',
    analytics: 'Analyse',
    advertising: 'Advertenties',
  },
  mappingTitle: 'Doeleinde van toestemming per categorie',
  mappingIntro:
    'Elke keuze die een bezoeker in de banner maakt, wordt geregistreerd als toestemming voor het doeleinde van uw register dat u hier kiest. Een categorie zonder doeleinde bewaart haar keuzes alleen in het bannerlogboek, niet als toestemmingsrecords.',
  mappingNone: 'Geen doeleinde (keuzes worden niet als toestemming geregistreerd)',
  mappingStatus: {
    mapped: 'Geregistreerd als toestemming',
    missing: 'Niet geregistreerd als toestemming: kies een doeleinde',
    not_a_consent_purpose: 'Dit doeleinde berust in het register niet meer op toestemming: kies een ander',
  },
  noConsentPurposes:
    'Uw register noemt geen enkel doeleinde met toestemming als rechtsgrond: voeg er eerst een toe (bijvoorbeeld „websitecookies”) aan de activiteit van de website.',
  note: 'Wat er veranderde (voor de versielijst)',
  saveMapping: 'Opslaan als nieuwe versie',
  mappingSaved:
    'Versie {{version}} van de inventaris is opgeslagen. De banner vraagt het elke bezoeker opnieuw.',
  settingsTitle: 'Scanner',
  scanUrls: 'Te scannen pagina’s (één adres per regel)',
  scanUrlsHint:
    'De scanner bezoekt ze in headless Chromium vóór toestemming, na „Alles aanvaarden” en na „Alles weigeren”.',
  scanDepth: 'Links op dezelfde website volgen',
  depths: { '0': 'Nee, alleen deze pagina’s', '1': 'Eén niveau diep', '2': 'Twee niveaus diep' },
  reconsentDays: 'Opnieuw vragen na (dagen)',
  saveSettings: 'Scannerinstellingen opslaan',
  settingsSaved: 'De scannerinstellingen zijn opgeslagen.',
  scansTitle: 'Scans',
  scansNone: 'De website werd nog niet gescand.',
  startScan: 'De website nu scannen',
  scanQueued:
    'De scan staat in de wachtrij; deze pagina toont het resultaat zodra hij klaar is (meestal binnen enkele minuten).',
  noScanUrls: 'Stel hierboven de te scannen pagina’s in voor u een scan start.',
  status: {
    queued: 'In de wachtrij',
    running: 'Bezig',
    completed: 'Voltooid',
    failed: 'Mislukt',
  },
  scanSummary: 'gevraagd op {{started}}',
  scanFinished: 'klaar op {{finished}}',
  counts:
    '{{pages}} pagina’s; vóór toestemming {{before}} cookies of opgeslagen items, na Alles aanvaarden {{accepted}}, na Alles weigeren {{rejected}}; {{hosts}} hosts van derden.',
  findingsTitle: 'Vaststellingen',
  findingsNone:
    'Geen vaststellingen: niets vóór toestemming, niets na een weigering, alles staat in de inventaris.',
  codes: {
    cookie_before_consent: 'Cookie geplaatst vóór toestemming',
    tracker_before_consent: 'Tracker gecontacteerd vóór toestemming',
    cookie_after_reject: 'Cookie nog aanwezig na „Alles weigeren”',
    tracker_after_reject: 'Tracker gecontacteerd na „Alles weigeren”',
    cookie_not_in_inventory: 'Cookie niet in de inventaris',
    host_not_a_vendor: 'Host van een derde die geen leverancier in het register is',
  },
  diffTitle: 'Vergeleken met de vorige scan',
  diffFirst: 'De eerste scan: er is niets om mee te vergelijken.',
  diffNone: 'Sinds de vorige scan is er niets veranderd.',
  newFindings: 'Nieuwe vaststellingen',
  resolvedFindings: 'Opgeloste vaststellingen',
  newCookies: 'Nieuwe cookies',
  goneCookies: 'Cookies die niet meer gezien werden',
  error: 'Fout: {{error}}',
}
