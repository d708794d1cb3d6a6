/** English texts of the cookies page (issue 18): the inventory, its consent purposes, the scanner and its scans. */
export const cookiesEn = {
  title: 'Cookies',
  intro:
    'The cookies and trackers of your website as your banner and cookie declaration list them, the purpose of your register each category’s choices are recorded under, and the scans that check the website against it.',
  inventoryTitle: 'Inventory',
  inventoryVersion: 'Version {{version}}, saved on {{date}}.',
  inventoryNone: 'No inventory has been saved yet: the banner offers only strictly necessary cookies.',
  columns: {
    service: 'Service',
    provider: 'Provider',
    category: 'Category',
    hosts: 'Hosts',
    cookies: 'Cookies',
    code: 'Finding',
    subject: 'Cookie or host',
    page: 'Page',
  },
  categories: {
    necessary: 'Strictly necessary',
    functional: 'Functional',
    analytics: 'Analytics',
    advertising: 'Advertising',
  },
  mappingTitle: 'Consent purpose per category',
  mappingIntro:
    'Each choice a visitor makes in the banner is recorded as consent for the purpose of your register chosen here. A category without a purpose keeps its choices only in the banner log, not as consent records.',
  mappingNone: 'No purpose (choices are not recorded as consent)',
  mappingStatus: {
    mapped: 'Recorded as consent',
    missing: 'Not recorded as consent: choose a purpose',
    not_a_consent_purpose: 'This purpose no longer rests on consent in the register: choose another',
  },
  noConsentPurposes:
    'Your register names no purpose with legal basis consent: add one (for example “website cookies”) to the website activity first.',
  note: 'What changed (for the version list)',
  saveMapping: 'Save as a new version',
  mappingSaved: 'Version {{version}} of the inventory is saved. The banner asks every visitor again.',
  settingsTitle: 'Scanner',
  scanUrls: 'Pages to scan (one address per line)',
  scanUrlsHint:
    'The scanner visits them in headless Chromium before consent, after “Accept all” and after “Reject all”.',
  scanDepth: 'Follow links on the same site',
  depths: { '0': 'No, only these pages', '1': 'One level deep', '2': 'Two levels deep' },
  reconsentDays: 'Ask again after (days)',
  saveSettings: 'Save the scanner settings',
  settingsSaved: 'The scanner settings are saved.',
  scansTitle: 'Scans',
  scansNone: 'The website has not been scanned yet.',
  startScan: 'Scan the website now',
  scanQueued:
    'The scan is queued; this page shows its result when it is done (usually within a few minutes).',
  noScanUrls: 'Set the pages to scan above before you start a scan.',
  status: {
    queued: 'Queued',
    running: 'Running',
    completed: 'Completed',
    failed: 'Failed',
  },
  scanSummary: 'asked for on {{started}}',
  scanFinished: 'finished on {{finished}}',
  counts:
    '{{pages}}; before consent {{before}}, after Accept all {{accepted}}, after Reject all {{rejected}}; {{hosts}}.',
  pageCount_one: '{{count}} page',
  pageCount_other: '{{count}} pages',
  itemCount_one: '{{count}} cookie or stored item',
  itemCount_other: '{{count}} cookies or stored items',
  hostCount_one: '{{count}} third-party host',
  hostCount_other: '{{count}} third-party hosts',
  diffItem: '{{code}}: {{subject}}',
  findingsTitle: 'Findings',
  findingsNone: 'No findings: nothing before consent, nothing after a refusal, everything in the inventory.',
  codes: {
    cookie_before_consent: 'Cookie set before consent',
    tracker_before_consent: 'Tracker contacted before consent',
    cookie_after_reject: 'Cookie still set after “Reject all”',
    tracker_after_reject: 'Tracker contacted after “Reject all”',
    cookie_not_in_inventory: 'Cookie not in the inventory',
    host_not_a_vendor: 'Third-party host that is not a vendor of the register',
  },
  diffTitle: 'Compared with the scan before',
  diffFirst: 'The first scan: nothing to compare with.',
  diffNone: 'Nothing changed since the scan before.',
  newFindings: 'New findings',
  resolvedFindings: 'Findings resolved',
  newCookies: 'New cookies',
  goneCookies: 'Cookies no longer seen',
  error: 'Error: {{error}}',
  services: {
    actions: 'Actions',
    edit: 'Change',
    editLabel: 'Change the service {{name}}',
    editTitle: 'Change the service {{name}}',
    newVersion:
      'Saving stores the inventory as a new version: the banner then asks every visitor for their choice again, and the cookie declaration shows the change.',
    purpose: 'Purpose of the service (as visitors read it)',
    hosts: 'Hosts it loads from or sends to (one per line)',
    noCookies: 'No cookies: add one if the service sets any.',
    cookieN: 'Cookie {{n}}: {{name}}',
    cookieName: 'Name or pattern with * (also localStorage keys)',
    thirdCountry: 'Country outside the EU/EEA the data goes to (ISO code, e.g. US)',
    removeCookie: 'Remove the cookie {{name}}',
    addCookie: 'Add a cookie',
    delete: 'Remove',
    deleteLabel: 'Remove the service {{name}}',
    deleteConfirm:
      'Remove {{name}} and its cookies from the inventory? This saves a new version: the banner asks every visitor again.',
    confirmDelete: 'Remove the service',
    saved:
      'The service {{name}} is changed: version {{version}} of the inventory is saved. The banner asks every visitor again.',
    deleted:
      'The service {{name}} is removed: version {{version}} of the inventory is saved. The banner asks every visitor again.',
  },
  proposals: {
    title: 'Proposals from the scans',
    intro:
      'Cookies and third-party hosts the scans saw that the inventory does not list, with what the built-in catalogue of known cookies and trackers says of them. Adding one saves the inventory as a new version: the banner then asks every visitor for their choice again. A dismissed proposal is not made again for the same name or host.',
    none: 'No open proposals: a proposal is made when a scan completes and sees a cookie or host the inventory does not list.',
    dismissed_one: '{{count}} dismissed proposal (not proposed again)',
    dismissed_other: '{{count}} dismissed proposals (not proposed again)',
    kinds: { cookie: 'Cookie', host: 'Third-party host' },
    seenOn: 'Seen on {{page}}.',
    known: 'The catalogue knows it: {{service}} ({{provider}}).',
    unknown: {
      cookie:
        'The catalogue does not know it. Added, it is listed under “{{service}}”, the service for the site’s own cookies: check first who sets it and why.',
      host: 'The catalogue does not know it; it would be listed as a service of its own, {{service}}.',
      thirdPartyCookie:
        'The catalogue does not know it, and the scan saw it set on {{domain}}, not on the site’s own domain: another party sets it. Added, it is listed as a service of its own, {{service}}: say which company provides it and where it keeps the data.',
      origin:
        'The scan did not record who sets it: say which company provides it and where it keeps the data.',
    },
    thirdCountry: 'The provider keeps the data outside the EEA ({{country}}).',
    provider: 'Provider (the company that sets it)',
    thirdCountryField: 'Country the data goes to',
    chooseThirdCountry: 'Choose: where the provider keeps the data',
    noThirdCountry: 'None: the data stays in the EU/EEA',
    providerRequired: 'Say which company sets it before you add it to the inventory.',
    thirdCountryRequired: 'Say where the provider keeps the data (a country, or none: EU/EEA).',
    purposeRequired: 'Give the purpose: the declaration tells visitors what each cookie is for.',
    durationRequired: 'Give the duration: the declaration tells visitors how long each cookie is kept.',
    namePattern:
      'Name pattern (the name is longer than 200 characters: give a pattern with * that matches it)',
    chooseCategory: 'Choose a category',
    categoryHint: 'The catalogue does not know it: choose its category.',
    categoryRequired: 'Choose the category before you add it to the inventory.',
    purpose: 'Purpose (as visitors read it)',
    duration: 'Duration (for example “2 years” or “session”)',
    providerHint:
      'Prefilled with who the scan suggests. A script of another company may set cookies on the site’s own domain: if so, name that company and where it keeps the data.',
    serviceFull: {
      cookies:
        'The service {{service}} holds {{maximum}} cookies already, the most it can: remove one from it in the inventory first.',
      hosts:
        'The service {{service}} holds {{maximum}} hosts already, the most it can: remove one from it in the inventory first.',
    },
    inventoryFull: 'The inventory holds {{maximum}} services already, the most it can: remove one first.',
    hostRefused:
      'The inventory cannot store the host {{host}} this service would be given: add the service by hand in the inventory.',
    accept: 'Add to the inventory (new version)',
    dismiss: 'Dismiss',
    accepted:
      'Added to the inventory: version {{version}} is saved. The banner asks every visitor for their choice again.',
  },
  linter: {
    named: '“{{subject}}” ({{service}})',
    unnamed: '“{{subject}}”',
    cookie_before_consent:
      'The cookie or stored item {{subject}} was set on {{page}} before the visitor chose anything (cookie scan of {{date}}).',
    tracker_before_consent:
      'The tracker {{subject}} was contacted from {{page}} before the visitor chose anything (cookie scan of {{date}}).',
    cookie_after_reject:
      'The cookie or stored item {{subject}} was still set on {{page}} after “Reject all” (cookie scan of {{date}}).',
    tracker_after_reject:
      'The tracker {{subject}} was contacted from {{page}} after “Reject all” (cookie scan of {{date}}).',
    cookie_not_in_inventory:
      'The cookie or stored item {{subject}}, seen on {{page}}, is not in the cookie inventory: the cookie declaration does not list it (cookie scan of {{date}}).',
    host_not_a_vendor:
      'The website sends requests to {{subject}} (from {{page}}), which no inventory service ties to a vendor of the register (cookie scan of {{date}}).',
    fix: {
      cookie_before_consent:
        'Hold the script that sets it until consent (type="text/plain" data-category="…"), or, if it is strictly necessary, list it in the inventory under a strictly necessary service.',
      tracker_before_consent:
        'Put the Custos script before this tag, or mark the tag type="text/plain" data-category="…" so the banner holds it until consent.',
      cookie_after_reject:
        'Hold the script that sets it until consent; if it is strictly necessary, list it in the inventory under a strictly necessary service.',
      tracker_after_reject:
        'Mark the tag type="text/plain" data-category="…" or list its host in the inventory, so the banner keeps it out after a refusal.',
      cookie_not_in_inventory:
        'Add it to a service of the inventory on the Cookies page, or remove it from the website.',
      host_not_a_vendor:
        'Add the company as a vendor of the register and tie the inventory service to it, or remove the requests from the website.',
    },
    link: 'Cookies page',
    checking: 'Reading the latest cookie scan…',
    notChecked: 'The cookie scans could not be read; their findings are not listed here.',
  },
}
