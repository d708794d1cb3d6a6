import { type Html, html, joinHtml } from '../../lib/html'
import { frenchSpacing as t } from '../french-typography'
import type { PackageLanguage } from './model'

/**
 * The consent section of an access package (issue 17 item 5): what the person chose per consent purpose of the
 * register, and every recorded choice with the text they were shown, as the consent module's proof holds it.
 */

export type PackageConsentState = 'given' | 'refused' | 'withdrawn' | 'expired' | 'pending_parental'

export interface PackageConsentStatus {
  purposeKey: string
  purpose: string
  state: PackageConsentState
  since: Date
  until: Date | null
  identity: string
}

export interface PackageConsentRecord {
  seq: number
  occurredAt: Date
  purposeKey: string
  purpose: string
  state: PackageConsentState
  channel: string
  method: string
  identity: string
  source: string | null
  /** The text the person was shown, when one was recorded. */
  text: string | null
  textHash: string | null
  hash: string
}

export interface PackageConsent {
  status: PackageConsentStatus[]
  records: PackageConsentRecord[]
}

export const CONSENT_CSV_PATH = 'csv/consent/records.csv'

interface ConsentWording {
  heading: string
  intro: string
  statusCaption: string
  recordsCaption: string
  columns: {
    purpose: string
    state: string
    since: string
    until: string
    identity: string
    date: string
    channel: string
    method: string
    text: string
  }
  states: Record<PackageConsentState, string>
  channels: Record<string, string>
  methods: Record<string, string>
  proof: string
}

export const CONSENT_WORDING: Record<PackageLanguage, ConsentWording> = {
  nl: {
    heading: 'Uw toestemmingen',
    intro:
      'Voor de doeleinden waarvoor wij uw toestemming vragen, bewaren wij elke keuze die u maakte als bewijs: wanneer, langs welke weg en welke tekst u te zien kreeg. Hieronder uw huidige keuze per doel en daarna alle geregistreerde keuzes.',
    statusCaption: 'Uw huidige keuze per doel',
    recordsCaption: 'Alle geregistreerde keuzes, de recentste eerst',
    columns: {
      purpose: 'Doel',
      state: 'Keuze',
      since: 'Sinds',
      until: 'Geldig tot',
      identity: 'Geregistreerd onder',
      date: 'Datum',
      channel: 'Kanaal',
      method: 'Wijze',
      text: 'Getoonde tekst',
    },
    states: {
      given: 'gegeven',
      refused: 'geweigerd',
      withdrawn: 'ingetrokken',
      expired: 'verlopen',
      pending_parental: 'wacht op de bevestiging van de ouder (geen toestemming)',
    },
    channels: {
      web_form: 'webformulier',
      banner: 'cookiebanner',
      paper: 'papier',
      phone: 'telefoon',
      email: 'e-mail',
      app: 'app',
      preference_centre: 'voorkeurencentrum',
      portal_request: 'verzoek via het portaal',
      import: 'overgenomen uit een vorig systeem',
      system: 'automatisch (einde van de termijn)',
    },
    methods: {
      accept: 'aanvaard',
      reject: 'geweigerd',
      save: 'keuze bewaard',
      gpc: 'Global Privacy Control-signaal',
      import: 'import',
      one_click: 'afmelden met één klik',
      request: 'op uw verzoek',
      expiry: 'termijn verstreken',
      parental_confirmation: 'bevestigd door de ouder via de gemailde link',
      parental_refusal: 'geweigerd door de ouder via de gemailde link',
    },
    proof: `Het bestand ${CONSENT_CSV_PATH} en data.json bevatten elke keuze met haar volgnummer en controlegetal (hash) in onze bewijsketen.`,
  },
  fr: {
    heading: 'Vos consentements',
    intro: t`Pour les finalités pour lesquelles nous vous demandons votre consentement, nous conservons chacun de vos choix comme preuve : quand, par quel moyen et quel texte vous a été présenté. Ci-dessous, votre choix actuel par finalité, puis tous les choix enregistrés.`,
    statusCaption: 'Votre choix actuel par finalité',
    recordsCaption: 'Tous les choix enregistrés, du plus récent au plus ancien',
    columns: {
      purpose: 'Finalité',
      state: 'Choix',
      since: 'Depuis',
      until: 'Valable jusqu’au',
      identity: 'Enregistré sous',
      date: 'Date',
      channel: 'Canal',
      method: 'Mode',
      text: 'Texte présenté',
    },
    states: {
      given: 'donné',
      refused: 'refusé',
      withdrawn: 'retiré',
      expired: 'expiré',
      pending_parental: 'en attente de la confirmation du parent (pas de consentement)',
    },
    channels: {
      web_form: 'formulaire web',
      banner: 'bandeau cookies',
      paper: 'papier',
      phone: 'téléphone',
      email: 'e-mail',
      app: 'application',
      preference_centre: 'centre de préférences',
      portal_request: 'demande via le portail',
      import: 'repris d’un système antérieur',
      system: 'automatique (fin de la durée)',
    },
    methods: {
      accept: 'accepté',
      reject: 'refusé',
      save: 'choix enregistré',
      gpc: 'signal Global Privacy Control',
      import: 'import',
      one_click: 'désinscription en un clic',
      request: 'à votre demande',
      expiry: 'durée écoulée',
      parental_confirmation: 'confirmé par le parent via le lien envoyé par e-mail',
      parental_refusal: 'refusé par le parent via le lien envoyé par e-mail',
    },
    proof: t`Le fichier ${CONSENT_CSV_PATH} et data.json contiennent chaque choix avec son numéro d’ordre et son empreinte (hash) dans notre chaîne de preuve.`,
  },
  en: {
    heading: 'Your consents',
    intro:
      'For the purposes we ask your consent for, we keep every choice you made as proof: when, by which means and which text you were shown. Below is your current choice per purpose, followed by every recorded choice.',
    statusCaption: 'Your current choice per purpose',
    recordsCaption: 'Every recorded choice, newest first',
    columns: {
      purpose: 'Purpose',
      state: 'Choice',
      since: 'Since',
      until: 'Valid until',
      identity: 'Recorded under',
      date: 'Date',
      channel: 'Channel',
      method: 'Method',
      text: 'Text shown',
    },
    states: {
      given: 'given',
      refused: 'refused',
      withdrawn: 'withdrawn',
      expired: 'expired',
      pending_parental: 'waiting for the parent’s confirmation (no consent)',
    },
    channels: {
      web_form: 'web form',
      banner: 'cookie banner',
      paper: 'paper',
      phone: 'phone',
      email: 'e-mail',
      app: 'app',
      preference_centre: 'preference centre',
      portal_request: 'request through the portal',
      import: 'taken over from an earlier system',
      system: 'automatic (end of the period)',
    },
    methods: {
      accept: 'accepted',
      reject: 'refused',
      save: 'choice saved',
      gpc: 'Global Privacy Control signal',
      import: 'import',
      one_click: 'one-click unsubscribe',
      request: 'at your request',
      expiry: 'period ended',
      parental_confirmation: 'confirmed by the parent through the mailed link',
      parental_refusal: 'refused by the parent through the mailed link',
    },
    proof: `The file ${CONSENT_CSV_PATH} and data.json hold every choice with its sequence number and check value (hash) in our chain of proof.`,
  },
}

export const consentHeading = (language: PackageLanguage) => CONSENT_WORDING[language].heading

const day = (d: Date) => d.toISOString().slice(0, 10)
const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`

/** The section's body in index.html. */
export function consentHtml(consent: PackageConsent, language: PackageLanguage): Html {
  const w = CONSENT_WORDING[language]
  const c = w.columns
  const status = joinHtml(
    consent.status.map(
      (s) =>
        html`<tr><td>${s.purpose}</td><td>${w.states[s.state]}</td><td>${day(s.since)}</td><td>${s.until ? day(s.until) : ''}</td><td>${s.identity}</td></tr>`,
    ),
    '\n',
  )
  const records = joinHtml(
    consent.records.map(
      (r) =>
        html`<tr><td>${minute(r.occurredAt)}</td><td>${r.purpose}</td><td>${w.states[r.state]}</td><td>${w.channels[r.channel] ?? r.channel}</td><td>${w.methods[r.method] ?? r.method}</td><td>${r.identity}</td><td>${r.text ?? ''}</td></tr>`,
    ),
    '\n',
  )
  return html`<p>${w.intro}</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="consent-status"><table><caption id="consent-status">${w.statusCaption}</caption>
<thead><tr><th scope="col">${c.purpose}</th><th scope="col">${c.state}</th><th scope="col">${c.since}</th><th scope="col">${c.until}</th><th scope="col">${c.identity}</th></tr></thead>
<tbody>
${status}
</tbody></table></div>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="consent-records"><table><caption id="consent-records">${w.recordsCaption}</caption>
<thead><tr><th scope="col">${c.date}</th><th scope="col">${c.purpose}</th><th scope="col">${c.state}</th><th scope="col">${c.channel}</th><th scope="col">${c.method}</th><th scope="col">${c.identity}</th><th scope="col">${c.text}</th></tr></thead>
<tbody>
${records}
</tbody></table></div>
<p class="file">${w.proof}</p>`
}

/** The rows of csv/consent/records.csv: every recorded choice with its place in the chain. */
export function consentCsv(consent: PackageConsent): { columns: string[]; rows: unknown[][] } {
  return {
    columns: [
      'seq',
      'occurred_at',
      'purpose',
      'purpose_label',
      'state',
      'channel',
      'method',
      'identity',
      'source',
      'text',
      'text_sha256',
      'hash',
    ],
    rows: consent.records.map((r) => [
      r.seq,
      r.occurredAt,
      r.purposeKey,
      r.purpose,
      r.state,
      r.channel,
      r.method,
      r.identity,
      r.source,
      r.text,
      r.textHash,
      r.hash,
    ]),
  }
}
