import { counted, pluralForm } from '../../lib/plural'
import type { CliMessages } from './en'

/** De eigen meldingen van de CLI in het Nederlands (dezelfde sleutels als en.ts). */
export const nl = {
  error: 'fout',
  words: {
    problem: { one: 'probleem', other: 'problemen' },
    error: { one: 'fout', other: 'fouten' },
    warning: { one: 'waarschuwing', other: 'waarschuwingen' },
    collection: { one: 'collectie', other: 'collecties' },
    field: { one: 'veld', other: 'velden' },
    finding: { one: 'bevinding', other: 'bevindingen' },
  },
  severity: { error: 'fout', warning: 'waarschuwing' },
  fix: 'Oplossing',
  wholeFile: '(bestand)',
  usage: {
    oneOf: (option, values, got) => `${option} moet een van ${values} zijn (gekregen: "${got}")`,
    services: (list) => `--services verwacht een lijst uit ${list}`,
    port: '--port moet tussen 0 en 65535 liggen',
    mode: '--mode moet merge of replace zijn',
    fileOrOrg: 'Geef een registerBESTAND of --org SLUG, niet allebei',
    noCheckpointFile: (file) => `--checkpoint: bestand ${file} bestaat niet`,
    change: (got) => `--change verwacht COLLECTIE.VELD=WAARDE, gekregen: "${got}"`,
    sample: '--sample moet een geheel getal van 1 tot 10000 zijn',
    nameEmpty: '--name mag niet leeg zijn',
    url: '--url moet een URL zijn zoals postgres://gebruiker@host:5432/databank of mysql://gebruiker@host/databank',
    urlScheme: '--url moet beginnen met postgres:// of mysql://',
    noRequest: (reference, org) => `Geen verzoek ${reference} in ${org}`,
    noRun: (run, org) => `Geen run ${run} in ${org}`,
  },
  cannotRead: (file, reason) => `kan ${file} niet lezen: ${reason}`,
  wrote: (file) => `${file} geschreven`,
  databaseUpToDate: 'De databank is bijgewerkt.',
  organizationCreated: (slug, name) => `Organisatie ${slug} (${name}) aangemaakt.`,
  sampleDeleted: (slug, name) => `Voorbeeldorganisatie ${slug} (${name}) verwijderd.`,
  passwordPrompt: 'Wachtwoord: ',
  newPasswordPrompt: 'Nieuw wachtwoord: ',
  userCreated: (email, role, org) => `${email} aangemaakt als ${role} van ${org}.`,
  userExisted: (email, role, org) =>
    `${email} bestond al en is nu ${role} van ${org} (wachtwoord ongewijzigd).`,
  passwordSet: (email) => `Wachtwoord ingesteld voor ${email}; hun sessies zijn beëindigd.`,
  adminGranted: (email) => `${email} is installatiebeheerder en mag organisaties aanmaken.`,
  adminRevoked: (email) => `${email} is geen installatiebeheerder meer.`,
  audit: {
    progress: 'Gebeurtenissen gecontroleerd',
    legacy: (until) =>
      ` (gebeurtenissen 1-${until} zijn ouder dan de sleutelketen en worden met gewone SHA-256 gecontroleerd)`,
    anchored: (count) => `, ${count} controlepunten kloppen`,
    intact: (checked, anchored, legacy) =>
      `Auditketen intact: ${checked} gebeurtenissen gecontroleerd${anchored}${legacy}.`,
    broken: (checked) => `Auditketen GEBROKEN (${checked} gebeurtenissen gelezen):`,
    event: (seq, kind) => `  gebeurtenis ${seq}: ${kind}`,
    checkpointAppended: (seq, where) => `Controlepunt van gebeurtenis ${seq} toegevoegd aan ${where}.`,
    checkpointUnchanged: (seq) =>
      `De keten is niet veranderd sinds het laatste controlepunt (gebeurtenis ${seq}).`,
    checkpointNotWritten: (where) =>
      `Niet geschreven: de keten bevat het laatste controlepunt van ${where} niet meer; voer custos audit verify --checkpoint uit.`,
  },
  run: {
    status: {
      queued: 'in de wachtrij',
      running: 'bezig',
      completed: 'voltooid',
      failed: 'mislukt',
      done: 'klaar',
    },
    header: (id, action, dryRun, status, error) =>
      `Run ${id}: ${action}${dryRun ? ' (proefrun)' : ''} - ${status}${error ? `: ${error}` : ''}`,
    alreadyErased: (runId) => `al gewist door run ${runId}: niets opnieuw gezocht of gewijzigd`,
    found: (n) => `${n} gevonden`,
    updated: (n) => `${n} gewijzigd`,
    wouldUpdate: (n) => `${n} ${pluralForm('nl', n, { one: 'zou', other: 'zouden' })} gewijzigd worden`,
    deleted: (n) => `${n} verwijderd`,
    wouldDelete: (n) => `${n} ${pluralForm('nl', n, { one: 'zou', other: 'zouden' })} verwijderd worden`,
    keptNoEnd: (rows, untilEvent, rule) =>
      `${rows} bewaard zonder einddatum (${rule}: ${untilEvent ? 'tot de gebeurtenis die de regel noemt' : 'de wettelijke bewaartermijn'}); nooit automatisch gewist`,
    keptUntil: (rows, until, rule) => `${rows} bewaard tot ${until} (${rule})`,
    masked: (rows, by) => `${rows} gemaskeerd, niet verwijderd: nog steeds gebruikt door ${by}`,
    shared: (rows, by) => `${rows} gedeeld met andere gegevens (${by}): niet gewist`,
    referenceData: (rows) => `${rows} gedeelde referentiegegevens: nooit gewist`,
    legalHold: (rows, reason) => `${rows} bewaard: juridische blokkering (${reason})`,
    notRectifiable: (rows, fields) => `${rows} niet te verbeteren: ${fields}`,
    manual: (what) => `${what}: manuele stap nodig`,
    packageStored: (id) => `antwoordpakket ${id} bewaard (versleuteld)`,
    nothingFound: 'niets gevonden: geen antwoordpakket bewaard',
    takeOver: (message) => `${message} (gebruik --take-over als dat proces gestopt is)`,
  },
  discover: {
    progress: (total) => `Tabellen bemonsterd (van ${total})`,
    wrote: (file, collections, fields, flagged) =>
      `${file} geschreven: ${collections} collecties, ${fields} voorgestelde persoonlijke velden om na te kijken${
        flagged ? `, ${flagged} verwijzingen gemarkeerd (ze zouden andere personen bereiken)` : ''
      }.`,
  },
  start: {
    creatingDatabase: (dir) => `De ingebouwde databank wordt aangemaakt in ${dir} (eerste start)...`,
    embedded: (dir) => `ingebouwde databank in ${dir}`,
    running: (services, where) => `Custos draait (${services}) op ${where}.`,
    open: (url) => `Open ${url} - API-referentie op ${url}/api/docs`,
    setup: (url, code, file) =>
      `\nEerste start: open ${url} om uw account en uw organisatie aan te maken.\n  Installatiecode   ${code}\n  (bewaard in ${file} tot de installatie is ingesteld; de volgende start toont dezelfde code)\n`,
    portInUse: (port) =>
      `Poort ${port} wordt door een ander programma gebruikt. Start Custos op een andere poort: npm start -- --port 9000 (of custos start --port 9000). Er is geen account aangemaakt: de installatiepagina en haar code wachten op de volgende start.`,
  },
  suppression: {
    imported: (org: string, numbers: number, fileDate: string, source: string) =>
      `DNCM-lijst van ${fileDate} (${source}) geïmporteerd in ${org}: ${counted('nl', numbers, { one: 'nummer', other: 'nummers' })}.`,
    counts: (lines: number, duplicates: number, rejected: number) =>
      `  ${counted('nl', lines, { one: 'regel', other: 'regels' })}, ${counted('nl', duplicates, { one: 'herhaald nummer', other: 'herhaalde nummers' })}, ${counted('nl', rejected, { one: 'onleesbare regel', other: 'onleesbare regels' })}`,
    robinsonImported: (org: string, entries: number, fileDate: string) =>
      `Robinson Mail-lijst${fileDate === '-' ? '' : ` van ${fileDate}`} ingeladen in ${org}: ${counted('nl', entries, { one: 'persoon', other: 'personen' })} (naam en adres, bewaard als gesleutelde hashes).`,
    robinsonCounts: (lines: number, duplicates: number, rejected: number) =>
      `  ${counted('nl', lines, { one: 'regel', other: 'regels' })}, ${counted('nl', duplicates, { one: 'herhaalde persoon', other: 'herhaalde personen' })}, ${counted('nl', rejected, { one: 'onleesbare regel', other: 'onleesbare regels' })}`,
    sha256: (hash: string) => `  SHA-256 van het bestand (bewijs van raadpleging): ${hash}`,
    problem: (line: number, problem: string) => `  regel ${line}: ${problem}`,
    checked: (lines: number, allowed: number, out: string) =>
      `${counted('nl', lines, { one: 'regel', other: 'regels' })} gecontroleerd, ${allowed} toegestaan; antwoord geschreven naar ${out}.`,
    dateSources: {
      stated: 'opgegeven datum',
      file_name: 'datum uit de bestandsnaam',
      newest_registration: 'datum van de jongste inschrijving',
    },
  },
  register: {
    invalidFile: (problems) => `${problems}: geen geldig registerbestand.`,
    nothingImported: (problems) => `${problems}; er werd niets geïmporteerd.`,
    importHeader: (dryRun, slug, mode) =>
      `${dryRun ? 'Proefrun - niets geschreven. ' : ''}Import in ${slug} (${mode}):`,
    created: 'aangemaakt',
    updated: 'gewijzigd',
    deleted: 'verwijderd',
    unchanged: 'ongewijzigd',
    organizationProfile: 'organisatieprofiel',
  },
  dataset: {
    invalidFile: (problems) => `${problems}: geen geldig datasetbestand.`,
    againstRegister: (errors, warnings, slug) =>
      `${errors}, ${warnings} ten opzichte van het register van ${slug}.`,
    valid: (file, key, system, connector, collections, fields) =>
      `${file}: geldige dataset "${key}" voor systeem ${system} (${connector}, ${collections}, ${fields}).`,
    created: (key, slug, version) => `Dataset ${key} aangemaakt in ${slug} (versie ${version}).`,
    updated: (key, slug, version) => `Dataset ${key} gewijzigd in ${slug} (versie ${version}).`,
    unchanged: (key, slug, version) => `Dataset ${key} in ${slug} is ongewijzigd (versie ${version}).`,
    noSuchDataset: (slug, key) => `${slug} heeft geen dataset "${key}"`,
    none: (slug) => `${slug} heeft nog geen datasets.`,
    columns: [
      'SLEUTEL',
      'SYSTEEM',
      'CONNECTOR',
      'VERSIE',
      'COLLECTIES',
      'PERSOONLIJKE VELDEN',
      'VERBINDING',
      'REGISTER',
    ],
    ok: 'in orde',
    connection: {
      notConfigured: 'niet ingesteld',
      notChecked: 'niet getest',
      checkedOk: 'getest, in orde',
      checkFailed: 'test mislukt',
    },
    registerProblems: {
      noSystem: (system, keys) =>
        `Het register heeft geen systeem "${system}"; voeg het toe aan het register of gebruik een van: ${keys}`,
      noRetentionRule: (rule, keys) =>
        `Het register heeft geen bewaarregel "${rule}"; voeg ze toe aan het register of gebruik een van: ${keys}`,
      unknownCategory: (category, field) =>
        `"${category}" (${field}) is geen ingebouwde gegevenscategorie en ook geen categorie van de taxonomie van het register`,
      noCategory: (field) =>
        `${field} bevat persoonsgegevens maar heeft geen categorie; het inzagepakket kan niet zeggen wat het is`,
      noRetentionLink: (collection) =>
        `${collection} bevat persoonsgegevens maar noemt geen bewaarregel (hold); geen bewaaropruiming zal de rijen ooit verwijderen`,
      none: '(nog geen)',
    },
  },
  cookies: {
    pages: (list) => `Pagina’s: ${list}`,
    summary: (findings, added, resolved) =>
      `${findings}; nieuw sinds de vorige scan: ${added}, opgelost: ${resolved}`,
  },
  retention: {
    colon: ':',
    noAction: 'geen actie (archiveren)',
    actions: { delete: 'wissen', mask: 'maskeren', anonymise: 'anonimiseren' } as Record<string, string>,
    outcomes: {
      completed: 'voltooid',
      paused: 'gepauzeerd: boven het plafond, keur het plan opnieuw goed',
      not_approved: 'niet goedgekeurd: niets gewijzigd',
      blocked: 'niet opgeruimd',
      nothing_due: 'niets vervallen',
      dry_run: 'proefdraai: niets gewijzigd',
      failed: 'mislukt',
      waiting: 'wacht op een persoon: een taak staat in het actieplan',
    } as Record<string, string>,
    viaEndpoint: (endpoint: string) => `roept ${endpoint} aan met de einddatum`,
    viaTask: 'maakt een gedateerde taak voor een persoon aan (actieplan)',
    blocked: {
      legal_hold: 'er geldt een juridische blokkering',
      renewed: 'verlengd',
      no_duration: 'de regel heeft geen vaste termijn',
      no_action: 'het register zegt archiveren',
      reference_data: 'gedeelde referentiegegevens',
      no_primary_key: 'geen primaire sleutel',
      not_sql: 'geen SQL-verbinding',
      not_in_register: 'het register heeft nog geen regel voor deze gegevens',
      no_date_field: 'de dataset noemt geen datum voor de collectie',
      unknown_event: 'loopt vanaf een gebeurtenis die de opruiming niet kent',
      not_yet_due: 'nog niet vervallen',
    } as Record<string, string>,
    scopes: { subject: 'persoon', request: 'verzoek', collection: 'collectie', system: 'systeem' } as Record<
      string,
      string
    >,
    dueByEvent: (rows: number, people: number, event: string, cutoff: string) =>
      `${rows} vervallen (${people} ${pluralForm('nl', people, { one: 'persoon', other: 'personen' })}; ${event} vóór ${cutoff})`,
    keptInIndex: (people: number, rule: string) =>
      `${counted('nl', people, { one: 'persoon blijft', other: 'personen blijven' })} in de personenindex tot de opruiming van ${rule}`,
    renewedByConsent: (people: number, first: string, last: string) =>
      people === 1
        ? `1 persoon verlengd met toestemming tot ${first}`
        : `${people} personen verlengd met toestemming, tot ten vroegste ${first} en ten laatste ${last}`,
    events: {
      contract_end: 'einde contract',
      last_contact: 'laatste contact',
      relationship_end: 'einde relatie',
      dispute_closed: 'geschil afgesloten',
    } as Record<string, string>,
    due: (rows: number, cutoff: string | null) =>
      `${rows} vervallen${cutoff ? ` (gedateerd vóór ${cutoff})` : ''}`,
    result: (deleted: number, masked: number, shared: number, run: string) =>
      `${deleted} gewist, ${masked} gemaskeerd (waarvan ${shared} waarnaar nog verwezen wordt), opruiming ${run}`,
    samples: (keys: string) => `voorbeeldsleutels ${keys}`,
    approvedBy: (by: string) => `goedgekeurd door ${by}`,
    notApproved: 'niet goedgekeurd',
    hold: (scope: string, reason: string, endsOn: string | null) =>
      `blokkering op ${scope}: ${reason}${endsOn ? ` tot ${endsOn}` : ' tot opheffing'}`,
    endedHolds: (collection: string, deleted: number, masked: number, run: string) =>
      `rijen die een wisverzoek bewaarde, termijn verstreken, ${collection}: ${deleted} gewist, ${masked} gemaskeerd, opruiming ${run}`,
    none: 'Geen enkele collectie is aan een bewaarregel gekoppeld.',
  },
  dpia: {
    notJson: (file: string) => `${file} is geen JSON-bestand; er is niets geïmporteerd`,
    preview: 'Voorbeeld: er is niets opgeslagen.',
    becomes: (activity: string, version: number) =>
      `Het bestand zou versie ${version} van de DPIA van ${activity} worden, als ontwerp.`,
    imported: (activity: string, version: number) =>
      `Geïmporteerd als versie ${version} van de DPIA van ${activity}, als ontwerp.`,
    from: (activity: string, version: number | null, status: string | null) =>
      `Geëxporteerd uit verwerking ${activity}${version === null ? '' : `, versie ${version}`}${status ? ` (${status.toLowerCase()})` : ''}.`,
    previous: (version: number, status: string, measures: number) =>
      `Versie ${version} (${status.toLowerCase()}) blijft ongewijzigd in de geschiedenis${measures ? `; ${measures === 1 ? 'haar geplande maatregel verdwijnt' : `haar ${measures} geplande maatregelen verdwijnen`} uit de beoordeling en ${measures === 1 ? 'de actie ervan in het actieplan wordt' : 'de acties ervan in het actieplan worden'} afgesloten` : ''}.`,
    noPrevious: 'De verwerking had nog geen DPIA.',
    decisionNotCarried: (status: string) =>
      `Het bestand vermeldt "${status.toLowerCase()}": die beslissing wordt niet overgenomen; een persoon valideert of weigert het ontwerp in Custos.`,
    measures: (count: number) =>
      count === 1
        ? 'Eén geplande maatregel wordt een nieuwe actie in het actieplan.'
        : `${count} geplande maatregelen worden nieuwe acties in het actieplan.`,
  },
} satisfies CliMessages
