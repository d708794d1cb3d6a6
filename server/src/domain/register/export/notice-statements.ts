import type { Labels } from '../localized'
import type { Cookie, NoticeRequestChannel, NoticeSettings } from '../schema'
import type { ExportContext } from './context'
import { compact, countryName } from './format'
import type { Pair } from './identification'
import type { Column } from './table'

/**
 * The register's notice section as the exports show it: each statement the privacy notice makes, with "not stated"
 * where the register says nothing (the notice then says nothing either), and the cookie inventory as a table.
 */

type Words = Readonly<Record<string, Labels>>

const W = {
  notStated: { nl: 'Niet vermeld', fr: 'Non mentionné', en: 'Not stated' },
  sellsData: {
    nl: 'Verkoop van persoonsgegevens',
    fr: 'Vente de données personnelles',
    en: 'Sale of personal data',
  },
  neverSold: {
    nl: 'Nooit: de verklaring zegt dat wij persoonsgegevens niet verkopen',
    fr: 'Jamais : la déclaration indique que nous ne vendons pas de données personnelles',
    en: 'Never: the notice states that we do not sell personal data',
  },
  sold: {
    nl: 'Ja (de verklaring zegt er niets over)',
    fr: 'Oui (la déclaration n’en dit rien)',
    en: 'Yes (the notice says nothing about it)',
  },
  transfers: {
    nl: 'Doorgifte buiten de EER',
    fr: 'Transferts hors de l’EEE',
    en: 'Transfers outside the EEA',
  },
  transfersNone: {
    nl: 'Geen: de verklaring zegt dat de gegevens binnen de EER blijven',
    fr: 'Aucun : la déclaration indique que les données restent dans l’EEE',
    en: 'None: the notice states that data stay within the EEA',
  },
  transfersSome: {
    nl: 'Ja: de doorgiften staan bij de verwerkingsactiviteiten',
    fr: 'Oui : les transferts figurent dans les activités de traitement',
    en: 'Yes: the transfers are listed with the processing activities',
  },
  sharing: {
    nl: 'Delen met derden',
    fr: 'Partage avec des tiers',
    en: 'Sharing with others',
  },
  onlyWithPermission: {
    nl: 'Buiten de vermelde ontvangers alleen met toestemming, tenzij de wet ons verplicht',
    fr: 'En dehors des destinataires mentionnés, uniquement avec autorisation, sauf obligation légale',
    en: 'Beyond the listed recipients only with permission, unless a law requires it',
  },
  breach: {
    nl: 'Persoonlijke melding van een datalek',
    fr: 'Information personnelle en cas de fuite de données',
    en: 'Personal notice of a data breach',
  },
  breachPromised: { nl: 'Beloofd', fr: 'Promise', en: 'Promised' },
  breachWithin: { nl: 'binnen {n} uur', fr: 'dans les {n} heures', en: 'within {n} hours' },
  breachLegal: {
    nl: 'Alleen de wettelijke plicht bij een hoog risico (art. 34 AVG)',
    fr: 'Uniquement l’obligation légale en cas de risque élevé (art. 34 RGPD)',
    en: 'Only the legal duty when the risk is high (Art. 34 GDPR)',
  },
  links: { nl: 'Links naar andere websites', fr: 'Liens vers d’autres sites', en: 'Links to other websites' },
  linksYes: {
    nl: 'Ja: hun eigen privacybeleid geldt',
    fr: 'Oui : leur propre politique de confidentialité s’applique',
    en: 'Yes: their own privacy policies apply',
  },
  requestEmail: {
    nl: 'E-mailadres voor verzoeken',
    fr: 'Adresse e-mail pour les demandes',
    en: 'E-mail address for requests',
  },
  defaultEmail: {
    nl: '(niet ingevuld: het adres van de DPO of de organisatie)',
    fr: '(non renseigné : l’adresse du DPO ou de l’organisation)',
    en: '(not provided: the address of the DPO or the organisation)',
  },
  post: { nl: 'Verzoeken per post', fr: 'Demandes par courrier', en: 'Requests by post' },
  portal: { nl: 'Aanvraagportaal', fr: 'Portail de demandes', en: 'Request portal' },
  channels: {
    nl: 'Andere kanalen voor verzoeken',
    fr: 'Autres canaux pour les demandes',
    en: 'Other channels for requests',
  },
  in_person: { nl: 'Aan het onthaal', fr: 'À l’accueil', en: 'In person' },
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' },
  social_media: { nl: 'Sociale media', fr: 'Réseaux sociaux', en: 'Social media' },
  web_form: { nl: 'Contactformulier', fr: 'Formulaire de contact', en: 'Contact form' },
  registeredAddress: { nl: 'maatschappelijke zetel', fr: 'siège', en: 'registered address' },
  cookiePolicy: { nl: 'Cookiebeleid', fr: 'Politique en matière de cookies', en: 'Cookie policy' },
  cookies: { nl: 'Cookie-inventaris', fr: 'Inventaire des cookies', en: 'Cookie inventory' },
  cookiesUnknown: {
    nl: 'Niet ingevuld: de verklaring zegt niets over cookies',
    fr: 'Non renseigné : la déclaration ne dit rien des cookies',
    en: 'Not provided: the notice says nothing about cookies',
  },
  cookiesNone: { nl: 'Geen cookies', fr: 'Aucun cookie', en: 'No cookies' },
  cookiesCount: {
    nl: '{n} (zie het tabblad Cookies)',
    fr: '{n} (voir l’onglet Cookies)',
    en: '{n} (see the Cookies sheet)',
  },
  minors: { nl: 'Minimumleeftijd', fr: 'Âge minimum', en: 'Minimum age' },
  years: { nl: '{n} jaar', fr: '{n} ans', en: '{n} years' },
  intro: { nl: 'Eigen inleiding', fr: 'Introduction propre', en: 'Own introduction' },
} satisfies Words

const COOKIE_PURPOSES: Words = {
  strictly_necessary: { nl: 'Strikt noodzakelijk', fr: 'Strictement nécessaire', en: 'Strictly necessary' },
  functional: { nl: 'Functioneel', fr: 'Fonctionnel', en: 'Functional' },
  analytics: { nl: 'Statistiek', fr: 'Statistiques', en: 'Analytics' },
  marketing: { nl: 'Marketing', fr: 'Marketing', en: 'Marketing' },
}
const PARTIES: Words = {
  first: { nl: 'Eigen', fr: 'Propre', en: 'First party' },
  third: { nl: 'Derde partij', fr: 'Tiers', en: 'Third party' },
}

function channelText(channel: NoticeRequestChannel, ctx: ExportContext): string {
  const word = (labels: Labels) => labels[ctx.language]
  const contact = channel.contact ?? (channel.channel === 'in_person' ? word(W.registeredAddress) : undefined)
  const details = ctx.text(channel.details)
  return `${word(W[channel.channel])}${ctx.colon}${compact([contact, details]).join(', ')}`
}

export function noticeStatements(ctx: ExportContext): readonly Pair[] {
  const n: NoticeSettings = ctx.doc.notice
  const say = (labels: Labels, count?: number) =>
    labels[ctx.language].replace('{n}', count === undefined ? '' : String(count))
  const yesNo = (value: boolean) => ctx.t(value ? 'yes' : 'no')
  const pair = (label: Labels, value: string) => ({ label: say(label), value })
  const breach = n.breachCommunication
  return [
    pair(W.sellsData, n.sellsData === undefined ? say(W.notStated) : say(n.sellsData ? W.sold : W.neverSold)),
    pair(
      W.transfers,
      n.transfersOutsideEea === undefined
        ? say(W.notStated)
        : say(n.transfersOutsideEea === 'none' ? W.transfersNone : W.transfersSome),
    ),
    pair(W.sharing, n.sharesOnlyWithPermission === true ? say(W.onlyWithPermission) : say(W.notStated)),
    pair(
      W.breach,
      breach === undefined
        ? say(W.breachLegal)
        : compact([
            say(W.breachPromised),
            breach.withinHours === undefined ? undefined : say(W.breachWithin, breach.withinHours),
          ]).join(', '),
    ),
    pair(W.links, n.thirdPartyLinks === true ? say(W.linksYes) : say(W.notStated)),
    pair(W.requestEmail, n.requestEmail ?? say(W.defaultEmail)),
    pair(W.post, yesNo(n.requestPostalAddress)),
    pair(W.portal, yesNo(n.portal)),
    pair(W.channels, (n.requestChannels ?? []).map((c) => channelText(c, ctx)).join('; ')),
    pair(W.cookiePolicy, n.cookiePolicyUrl ?? ''),
    pair(
      W.cookies,
      n.cookies === undefined
        ? say(W.cookiesUnknown)
        : n.cookies.length === 0
          ? say(W.cookiesNone)
          : say(W.cookiesCount, n.cookies.length),
    ),
    pair(W.minors, n.minors === undefined ? say(W.notStated) : say(W.years, n.minors.minimumAge)),
    pair(W.intro, ctx.text(n.intro) ?? ''),
  ]
}

const word = (words: Words, key: string, ctx: ExportContext) => {
  const labels = words[key]
  return labels === undefined ? key : labels[ctx.language]
}

export const COOKIE_COLUMNS: readonly Column<Cookie>[] = [
  { id: 'name', header: { nl: 'Naam', fr: 'Nom', en: 'Name' }, width: 24, value: (c) => [c.name] },
  {
    id: 'provider',
    header: { nl: 'Aanbieder', fr: 'Fournisseur', en: 'Provider' },
    width: 22,
    value: (c) => compact([c.provider]),
  },
  {
    id: 'purpose',
    header: { nl: 'Doel', fr: 'Finalité', en: 'Purpose' },
    width: 20,
    value: (c, ctx) => [word(COOKIE_PURPOSES, c.purpose, ctx)],
  },
  {
    id: 'duration',
    header: { nl: 'Bewaartermijn', fr: 'Durée', en: 'Duration' },
    width: 16,
    value: (c, ctx) => compact([ctx.text(c.duration)]),
  },
  {
    id: 'party',
    header: { nl: 'Eigen of derde', fr: 'Propre ou tiers', en: 'First or third party' },
    width: 16,
    value: (c, ctx) => [word(PARTIES, c.party, ctx)],
  },
  {
    id: 'country',
    header: { nl: 'Land van de derde', fr: 'Pays du tiers', en: 'Third party’s country' },
    width: 20,
    value: (c, ctx) => compact([c.country && countryName(c.country, ctx.language)]),
  },
]
