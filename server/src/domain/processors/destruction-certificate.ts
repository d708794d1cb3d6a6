import type { Language } from '../register/localized'
import { formatDate } from '../requests/format'
import { type ContractEndOutcome, type KeptRows, totalsOf } from './contract-end'

/**
 * The certificate of destruction at the end of a processing contract (Art. 28(3)(g) GDPR), in nl, fr or en: the
 * processor, the client and its choice, per system and collection what was found, deleted and masked, the copies
 * kept under a legal obligation with their rule, and the dates. Pure: the module hands the stored outcome.
 */

export interface ContractEndCertificateInput {
  processor: { name: string; enterpriseNumber: string | null; address: string | null }
  client: { name: string; enterpriseNumber: string | null; reference: string }
  decidedOn: string
  requestedBy: string
  outcome: ContractEndOutcome
  /** The register's name of each retention rule, in the certificate's language. */
  ruleNames: ReadonlyMap<string, string>
  issuedAt: Date
}

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

const T = {
  title: {
    nl: 'Attest van vernietiging bij het einde van de verwerkersovereenkomst',
    fr: 'Attestation de destruction au terme du contrat de sous-traitance',
    en: 'Certificate of destruction at the end of the processing agreement',
  },
  intro: {
    nl: '{processor}, verwerker, verklaart dat het de persoonsgegevens die het voor rekening van {client} verwerkte, op diens keuze van {date} heeft vernietigd, zoals artikel 28, lid 3, g) AVG voorschrijft. Hieronder staat per systeem wat werd gewist of gemaskeerd, en welke kopieën het bewaart omdat een wettelijke verplichting dat oplegt.',
    fr: '{processor}, sous-traitant, atteste avoir détruit les données à caractère personnel qu’il traitait pour le compte de {client}, selon le choix exprimé par celui-ci le {date}, comme le prévoit l’article 28, paragraphe 3, point g) du RGPD. Le détail ci-dessous indique, par système, ce qui a été supprimé ou masqué, et les copies conservées parce qu’une obligation légale l’impose.',
    en: '{processor}, processor, certifies that it destroyed the personal data it processed on behalf of {client}, at the latter’s choice of {date}, as Art. 28(3)(g) GDPR requires. Below, per system, what was deleted or masked, and which copies it keeps because a legal obligation requires it.',
  },
  processor: { nl: 'Verwerker', fr: 'Sous-traitant', en: 'Processor' },
  client: {
    nl: 'Verwerkingsverantwoordelijke (klant)',
    fr: 'Responsable du traitement (client)',
    en: 'Controller (client)',
  },
  name: { nl: 'Naam', fr: 'Dénomination', en: 'Name' },
  enterprise: { nl: 'Ondernemingsnummer', fr: "Numéro d'entreprise", en: 'Enterprise number' },
  address: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
  reference: {
    nl: 'Klantreferentie in de systemen',
    fr: 'Référence client dans les systèmes',
    en: 'Client reference in the systems',
  },
  notStated: { nl: 'Niet vermeld', fr: 'Non renseigné', en: 'Not stated' },
  choiceHeading: { nl: 'Keuze van de klant', fr: 'Choix du client', en: "The client's choice" },
  choice: { nl: 'Keuze', fr: 'Choix', en: 'Choice' },
  destroy: {
    nl: 'Vernietiging van de gegevens',
    fr: 'Destruction des données',
    en: 'Destruction of the data',
  },
  decidedOn: { nl: 'Keuze gemaakt op', fr: 'Choix exprimé le', en: 'Chosen on' },
  requestedBy: {
    nl: 'Uitgevoerd op verzoek van',
    fr: 'Exécuté à la demande de',
    en: 'Carried out at the request of',
  },
  system: { nl: 'Systeem', fr: 'Système', en: 'System' },
  collectionLine: {
    nl: '{collection}: {found} gevonden, {deleted} gewist, {masked} gemaskeerd',
    fr: '{collection} : {found} trouvés, {deleted} supprimés, {masked} masqués',
    en: '{collection}: {found} found, {deleted} deleted, {masked} masked',
  },
  keptHeading: {
    nl: 'Kopieën die bewaard blijven',
    fr: 'Copies conservées',
    en: 'Copies kept',
  },
  keptIntro: {
    nl: 'Deze records werden niet vernietigd. Zij blijven bewaard zolang de vermelde regel het oplegt en worden daarna gewist.',
    fr: 'Ces enregistrements n’ont pas été détruits. Ils sont conservés aussi longtemps que la règle mentionnée l’impose et effacés ensuite.',
    en: 'These records were not destroyed. They are kept for as long as the rule stated requires and erased afterwards.',
  },
  noneKept: {
    nl: 'Er blijft geen kopie bewaard.',
    fr: 'Aucune copie n’est conservée.',
    en: 'No copy is kept.',
  },
  keptRetention: {
    nl: '{system}, {collection}: {rows} records, bewaarregel {rule}, tot {until}',
    fr: '{system}, {collection} : {rows} enregistrements, règle de conservation {rule}, jusqu’au {until}',
    en: '{system}, {collection}: {rows} records, retention rule {rule}, until {until}',
  },
  keptOpen: {
    nl: 'het einde van de wettelijke termijn',
    fr: 'la fin du délai légal',
    en: 'the end of the statutory period',
  },
  keptShared: {
    nl: '{system}, {collection}: {rows} records die ook gegevens van andere klanten of personen zijn (niet gewijzigd)',
    fr: "{system}, {collection} : {rows} enregistrements qui sont aussi des données d'autres clients ou personnes (non modifiés)",
    en: '{system}, {collection}: {rows} records that are also data of other clients or people (left unchanged)',
  },
  keptLegalHold: {
    nl: '{system}, {collection}: {rows} records bewaard onder een juridische blokkering (niet gewist)',
    fr: '{system}, {collection} : {rows} enregistrements conservés sous gel juridique (non effacés)',
    en: '{system}, {collection}: {rows} records kept under a legal hold (not erased)',
  },
  keptReferenced: {
    nl: '{system}, {collection}: {rows} records gemaskeerd in plaats van gewist, omdat bewaarde records ernaar verwijzen',
    fr: '{system}, {collection} : {rows} enregistrements masqués au lieu d’être supprimés, parce que des enregistrements conservés y renvoient',
    en: '{system}, {collection}: {rows} records masked instead of deleted, because kept records refer to them',
  },
  resultHeading: { nl: 'Totaal en tijdstippen', fr: 'Total et dates', en: 'Totals and dates' },
  found: { nl: 'Gevonden records', fr: 'Enregistrements trouvés', en: 'Records found' },
  deleted: { nl: 'Gewiste records', fr: 'Enregistrements supprimés', en: 'Records deleted' },
  masked: { nl: 'Gemaskeerde records', fr: 'Enregistrements masqués', en: 'Records masked' },
  kept: { nl: 'Bewaarde records', fr: 'Enregistrements conservés', en: 'Records kept' },
  started: { nl: 'Begonnen', fr: 'Début', en: 'Started' },
  ended: { nl: 'Beëindigd', fr: 'Fin', en: 'Ended' },
  runId: { nl: 'Referentie van de uitvoering', fr: "Référence de l'exécution", en: 'Reference of the run' },
  method: {
    nl: 'Custos zocht de records van de klant in elk systeem met een dataset, via het klantveld dat de dataset aanwijst en de records die eraan verbonden zijn, en wiste of maskeerde ze zoals de dataset per tabel en veld bepaalt, in één transactie per systeem. Records van andere klanten bleven ongewijzigd. Kopieën in back-ups verdwijnen volgens de rotatie van de back-ups; dit attest heeft daarop geen betrekking.',
    fr: "Custos a recherché les enregistrements du client dans chaque système décrit par un jeu de données, par le champ client que celui-ci désigne et les enregistrements qui s'y rattachent, et les a supprimés ou masqués comme le jeu de données le prévoit par table et par champ, en une transaction par système. Les enregistrements des autres clients sont restés inchangés. Les copies dans les sauvegardes disparaissent selon leur rotation ; la présente attestation ne les couvre pas.",
    en: "Custos searched the client's records in each system described by a dataset, through the client field the dataset names and the records linked to them, and deleted or masked them as the dataset sets per table and field, in one transaction per system. Other clients' records were left unchanged. Copies in backups disappear according to their rotation; this certificate does not cover them.",
  },
  methodHeading: { nl: 'Werkwijze', fr: 'Méthode', en: 'Method' },
  issued: {
    nl: 'Opgesteld door Custos op {date} op basis van de uitvoering en het auditlogboek van de organisatie.',
    fr: "Établie par Custos le {date} sur la base de l'exécution et du journal d'audit de l'organisation.",
    en: "Drawn up by Custos on {date} from the run and the organisation's audit log.",
  },
  brussels: { nl: 'Belgische tijd', fr: 'heure belge', en: 'Belgian time' },
} as const

type Labels = Record<Language, string>

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))
}

export function certificateInstant(date: Date, language: Language): string {
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(date)
  return `${text} (${T.brussels[language]})`
}

export function contractEndCertificate(input: ContractEndCertificateInput, language: Language) {
  const l = (labels: Labels) => labels[language]
  const n = (value: number) => new Intl.NumberFormat(LOCALES[language]).format(value)
  const { outcome } = input
  const totals = totalsOf(outcome)
  const keptLine = (system: string, collection: string, kept: KeptRows) => {
    const values = { system, collection, rows: n(kept.rows) }
    if (kept.reason === 'retention')
      return fill(l(T.keptRetention), {
        ...values,
        rule: kept.rule ? `${input.ruleNames.get(kept.rule) ?? kept.rule} (${kept.rule})` : '',
        until: kept.until ? formatDate(kept.until) : l(T.keptOpen),
      })
    if (kept.reason === 'referenced') return fill(l(T.keptReferenced), values)
    // The hold's reason is for staff only (the run result): this certificate goes to the client.
    if (kept.reason === 'legal_hold') return fill(l(T.keptLegalHold), values)
    return fill(l(T.keptShared), values)
  }
  const kept = outcome.systems.flatMap((s) =>
    s.collections.flatMap((c) => c.kept.map((k) => keptLine(s.systemName, c.collection, k))),
  )
  return {
    title: l(T.title),
    intro: fill(l(T.intro), {
      processor: input.processor.name,
      client: input.client.name,
      date: formatDate(input.decidedOn),
    }),
    sections: [
      {
        heading: l(T.processor),
        fields: [
          { label: l(T.name), value: input.processor.name },
          { label: l(T.enterprise), value: input.processor.enterpriseNumber ?? l(T.notStated) },
          { label: l(T.address), value: input.processor.address ?? l(T.notStated) },
        ],
      },
      {
        heading: l(T.client),
        fields: [
          { label: l(T.name), value: input.client.name },
          { label: l(T.enterprise), value: input.client.enterpriseNumber ?? l(T.notStated) },
          { label: l(T.reference), value: input.client.reference },
        ],
      },
      {
        heading: l(T.choiceHeading),
        fields: [
          { label: l(T.choice), value: l(T.destroy) },
          { label: l(T.decidedOn), value: formatDate(input.decidedOn) },
          { label: l(T.requestedBy), value: input.requestedBy },
        ],
      },
      ...outcome.systems.map((system) => ({
        heading: `${l(T.system)}: ${system.systemName} (${system.system})`,
        fields: system.collections.map((c) => ({
          label: system.datasetName,
          value: fill(l(T.collectionLine), {
            collection: c.collection,
            found: n(c.found),
            deleted: n(c.deleted),
            masked: n(c.masked),
          }),
        })),
      })),
      {
        heading: l(T.keptHeading),
        paragraphs: [kept.length > 0 ? l(T.keptIntro) : l(T.noneKept)],
        fields: kept.map((line, i) => ({ label: `${i + 1}.`, value: line })),
      },
      {
        heading: l(T.resultHeading),
        fields: [
          { label: l(T.found), value: n(totals.found) },
          { label: l(T.deleted), value: n(totals.deleted) },
          { label: l(T.masked), value: n(totals.masked) },
          { label: l(T.kept), value: n(totals.kept) },
          { label: l(T.started), value: certificateInstant(new Date(outcome.startedAt), language) },
          { label: l(T.ended), value: certificateInstant(new Date(outcome.finishedAt), language) },
          { label: l(T.runId), value: outcome.runId },
        ],
      },
      {
        heading: l(T.methodHeading),
        paragraphs: [l(T.method), fill(l(T.issued), { date: certificateInstant(input.issuedAt, language) })],
        fields: [],
      },
    ],
  }
}
