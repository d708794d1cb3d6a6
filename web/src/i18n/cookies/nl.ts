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
    '{{pages}}; vóór toestemming {{before}}, na Alles aanvaarden {{accepted}}, na Alles weigeren {{rejected}}; {{hosts}}.',
  pageCount_one: '{{count}} pagina',
  pageCount_other: '{{count}} pagina’s',
  itemCount_one: '{{count}} cookie of opgeslagen item',
  itemCount_other: '{{count}} cookies of opgeslagen items',
  hostCount_one: '{{count}} host van een derde',
  hostCount_other: '{{count}} hosts van derden',
  diffItem: '{{code}}: {{subject}}',
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
  services: {
    actions: 'Acties',
    edit: 'Wijzigen',
    editLabel: 'De dienst {{name}} wijzigen',
    editTitle: 'De dienst {{name}} wijzigen',
    newVersion:
      'Opslaan bewaart de inventaris als nieuwe versie: de banner vraagt dan elke bezoeker opnieuw naar zijn keuze, en de cookieverklaring toont de wijziging.',
    purpose: 'Doel van de dienst (zoals bezoekers het lezen)',
    hosts: 'Hosts waarvan hij laadt of waarnaar hij verstuurt (één per regel)',
    noCookies: 'Geen cookies: voeg er een toe als de dienst cookies plaatst.',
    cookieN: 'Cookie {{n}}: {{name}}',
    cookieName: 'Naam of patroon met * (ook localStorage-sleutels)',
    thirdCountry: 'Land buiten de EU/EER waar de gegevens naartoe gaan (ISO-code, bv. US)',
    removeCookie: 'De cookie {{name}} verwijderen',
    addCookie: 'Een cookie toevoegen',
    delete: 'Verwijderen',
    deleteLabel: 'De dienst {{name}} verwijderen',
    deleteConfirm:
      '{{name}} en zijn cookies uit de inventaris verwijderen? Dit bewaart een nieuwe versie: de banner vraagt elke bezoeker opnieuw.',
    confirmDelete: 'De dienst verwijderen',
    saved:
      'De dienst {{name}} is gewijzigd: versie {{version}} van de inventaris is opgeslagen. De banner vraagt elke bezoeker opnieuw.',
    deleted:
      'De dienst {{name}} is verwijderd: versie {{version}} van de inventaris is opgeslagen. De banner vraagt elke bezoeker opnieuw.',
  },
  proposals: {
    title: 'Voorstellen uit de scans',
    intro:
      'Cookies en externe hosts die de scans zagen en die niet in de inventaris staan, met wat de ingebouwde catalogus van bekende cookies en trackers erover weet. Wie er een toevoegt, slaat de inventaris op als nieuwe versie: de banner vraagt dan elke bezoeker opnieuw naar zijn keuze. Een afgewezen voorstel wordt voor dezelfde naam of host niet opnieuw gedaan.',
    none: 'Geen openstaande voorstellen: een voorstel ontstaat wanneer een voltooide scan een cookie of host ziet die niet in de inventaris staat.',
    dismissed_one: '{{count}} afgewezen voorstel (wordt niet opnieuw voorgesteld)',
    dismissed_other: '{{count}} afgewezen voorstellen (worden niet opnieuw voorgesteld)',
    kinds: { cookie: 'Cookie', host: 'Externe host' },
    seenOn: 'Gezien op {{page}}.',
    known: 'De catalogus kent hem: {{service}} ({{provider}}).',
    unknown: {
      cookie:
        'De catalogus kent hem niet. Toegevoegd komt hij onder „{{service}}”, de dienst voor de eigen cookies van de website: ga eerst na wie hem plaatst en waarvoor.',
      host: 'De catalogus kent hem niet; hij komt in de inventaris als een eigen dienst, {{service}}.',
      thirdPartyCookie:
        'De catalogus kent hem niet, en de scan zag hem geplaatst op {{domain}}, niet op het eigen domein van de website: een andere partij plaatst hem. Toegevoegd komt hij in de inventaris als een eigen dienst, {{service}}: vermeld welk bedrijf hem aanbiedt en waar het de gegevens bewaart.',
      origin:
        'De scan heeft niet vastgelegd wie hem plaatst: vermeld welk bedrijf hem aanbiedt en waar het de gegevens bewaart.',
    },
    thirdCountry: 'De aanbieder bewaart de gegevens buiten de EER ({{country}}).',
    provider: 'Aanbieder (het bedrijf dat hem plaatst)',
    thirdCountryField: 'Land waar de gegevens naartoe gaan',
    chooseThirdCountry: 'Kies: waar de aanbieder de gegevens bewaart',
    noThirdCountry: 'Geen: de gegevens blijven in de EU/EER',
    providerRequired: 'Vermeld welk bedrijf hem plaatst voordat u hem aan de inventaris toevoegt.',
    thirdCountryRequired: 'Vermeld waar de aanbieder de gegevens bewaart (een land, of geen: EU/EER).',
    purposeRequired: 'Vul het doel in: de verklaring zegt bezoekers waarvoor elke cookie dient.',
    durationRequired: 'Vul de bewaartermijn in: de verklaring zegt bezoekers hoe lang elke cookie blijft.',
    namePattern: 'Naampatroon (de naam is langer dan 200 tekens: geef een patroon met * dat erop past)',
    chooseCategory: 'Kies een categorie',
    categoryHint: 'De catalogus kent hem niet: kies de categorie.',
    categoryRequired: 'Kies de categorie voordat u hem aan de inventaris toevoegt.',
    purpose: 'Doel (zoals bezoekers het lezen)',
    duration: 'Bewaartermijn (bijvoorbeeld „2 jaar” of „sessie”)',
    providerHint:
      'Vooraf ingevuld met wie de scan voorstelt. Een script van een ander bedrijf kan cookies op het eigen domein van de site plaatsen: noem dan dat bedrijf en waar het de gegevens bewaart.',
    serviceFull: {
      cookies:
        'De dienst {{service}} bevat al {{maximum}} cookies, het maximum: verwijder er eerst een uit de inventaris.',
      hosts:
        'De dienst {{service}} bevat al {{maximum}} hosts, het maximum: verwijder er eerst een uit de inventaris.',
    },
    inventoryFull: 'De inventaris bevat al {{maximum}} diensten, het maximum: verwijder er eerst een.',
    hostRefused:
      'De inventaris kan de host {{host}} die deze dienst zou krijgen niet bewaren: voeg de dienst met de hand toe aan de inventaris.',
    accept: 'Aan de inventaris toevoegen (nieuwe versie)',
    dismiss: 'Afwijzen',
    accepted:
      'Aan de inventaris toegevoegd: versie {{version}} is opgeslagen. De banner vraagt elke bezoeker opnieuw naar zijn keuze.',
  },
  linter: {
    named: '„{{subject}}” ({{service}})',
    unnamed: '„{{subject}}”',
    cookie_before_consent:
      'De cookie of het opgeslagen item {{subject}} werd op {{page}} geplaatst voordat de bezoeker iets koos (cookiescan van {{date}}).',
    tracker_before_consent:
      'De tracker {{subject}} werd vanaf {{page}} gecontacteerd voordat de bezoeker iets koos (cookiescan van {{date}}).',
    cookie_after_reject:
      'De cookie of het opgeslagen item {{subject}} was op {{page}} nog aanwezig na „Alles weigeren” (cookiescan van {{date}}).',
    tracker_after_reject:
      'De tracker {{subject}} werd vanaf {{page}} gecontacteerd na „Alles weigeren” (cookiescan van {{date}}).',
    cookie_not_in_inventory:
      'De cookie of het opgeslagen item {{subject}}, gezien op {{page}}, staat niet in de cookie-inventaris: de cookieverklaring vermeldt hem niet (cookiescan van {{date}}).',
    host_not_a_vendor:
      'De website stuurt verzoeken naar {{subject}} (vanaf {{page}}), die geen dienst van de inventaris aan een leverancier van het register koppelt (cookiescan van {{date}}).',
    fix: {
      cookie_before_consent:
        'Houd het script dat hem plaatst tegen tot er toestemming is (type="text/plain" data-category="…"), of vermeld hem, als hij strikt noodzakelijk is, in de inventaris bij een strikt noodzakelijke dienst.',
      tracker_before_consent:
        'Zet het Custos-script vóór deze tag, of markeer de tag met type="text/plain" data-category="…" zodat de banner hem tegenhoudt tot er toestemming is.',
      cookie_after_reject:
        'Houd het script dat hem plaatst tegen tot er toestemming is; als hij strikt noodzakelijk is, vermeld hem in de inventaris bij een strikt noodzakelijke dienst.',
      tracker_after_reject:
        'Markeer de tag met type="text/plain" data-category="…" of vermeld zijn host in de inventaris, zodat de banner hem na een weigering tegenhoudt.',
      cookie_not_in_inventory:
        'Voeg hem toe aan een dienst van de inventaris op de cookiepagina, of verwijder hem van de website.',
      host_not_a_vendor:
        'Voeg het bedrijf als leverancier toe aan het register en koppel de dienst van de inventaris eraan, of verwijder de verzoeken van de website.',
    },
    link: 'Cookiepagina',
    checking: 'De laatste cookiescan wordt gelezen…',
    notChecked: 'De cookiescans konden niet gelezen worden; hun vaststellingen staan hier niet.',
  },
}
