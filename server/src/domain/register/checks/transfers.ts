import { ADEQUATE_COUNTRIES, isInEea, transferLeavesEea } from '../countries'
import { type Labels, type Language, textIn } from '../localized'
import type { ResolvedRegister } from '../resolve'
import type { Activity } from '../schema'
import type { FindingDraft, RuleDefinition } from './rule'
import { activityObject, eachActivity, listIn, perLanguage, quote } from './wording'

const REGION_NAMES = {
  nl: new Intl.DisplayNames(['nl'], { type: 'region' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
}

const COUNTRY: Labels = { nl: 'land', fr: 'pays', en: 'country' }
const UNKNOWN_COUNTRY: Labels = {
  nl: 'land buiten de EER, niet bekend',
  fr: 'pays hors de l’EEE, inconnu',
  en: 'country outside the EEA, not known',
}

/** "land: Verenigde Staten, US" - no article needed before a country name in any language. */
function country(language: Language, code: string | undefined): string {
  if (code === undefined) return UNKNOWN_COUNTRY[language]
  const name = REGION_NAMES[language].of(code)
  return `${COUNTRY[language]}: ${name === undefined || name === code ? code : `${name}, ${code}`}`
}

/** The safeguard to choose for `country`, as advice in each language. */
function safeguardAdvice(country: string | undefined): Labels {
  if (country !== undefined && ADEQUATE_COUNTRIES.has(country)) {
    return {
      nl: 'het adequaatheidsbesluit van de Europese Commissie (art. 45 AVG)',
      fr: "la décision d'adéquation de la Commission européenne (art. 45 RGPD)",
      en: "the European Commission's adequacy decision (Art. 45 GDPR)",
    }
  }
  const usa = country === 'US'
  return {
    nl: `meestal de standaardcontractbepalingen van de Europese Commissie (art. 46 AVG)${usa ? ', of de certificering van de ontvanger onder het EU-US Data Privacy Framework' : ''}`,
    fr: `le plus souvent les clauses contractuelles types de la Commission européenne (art. 46 RGPD)${usa ? ", ou la certification du destinataire au titre de l'EU-US Data Privacy Framework" : ''}`,
    en: `usually the European Commission's standard contractual clauses (Art. 46 GDPR)${usa ? ", or the recipient's certification under the EU-US Data Privacy Framework" : ''}`,
  }
}

interface Destination {
  country: string
  path: string
  via: Labels
}

/** Where the activity's data go outside the EEA: hosting of its systems, their vendors, its recipient vendors. */
export function destinations(activity: Activity, index: number, resolved: ResolvedRegister): Destination[] {
  const found: Destination[] = []
  activity.systems.forEach((key, j) => {
    const system = resolved.system(key)
    if (system === undefined) return
    const path = `activities.${index}.systems.${j}`
    const s = perLanguage((l) => quote(l, system.name))
    if (!isInEea(system.hostingCountry) && system.hostingCountry !== undefined) {
      found.push({
        country: system.hostingCountry,
        path,
        via: {
          nl: `het systeem ${s.nl} wordt er gehost`,
          fr: `le système ${s.fr} y est hébergé`,
          en: `the system ${s.en} is hosted there`,
        },
      })
    }
    const vendor = system.vendor === undefined ? undefined : resolved.vendor(system.vendor)
    if (vendor !== undefined && !isInEea(vendor.country)) {
      const v = perLanguage((l) => quote(l, vendor.name))
      found.push({
        country: vendor.country,
        path,
        via: {
          nl: `de leverancier ${v.nl} van het systeem ${s.nl} is er gevestigd`,
          fr: `le fournisseur ${v.fr} du système ${s.fr} y est établi`,
          en: `the vendor ${v.en} of the system ${s.en} is established there`,
        },
      })
    }
  })
  activity.recipients.forEach((recipient, j) => {
    const vendor = recipient.vendor === undefined ? undefined : resolved.vendor(recipient.vendor)
    if (vendor === undefined || isInEea(vendor.country)) return
    const v = perLanguage((l) => quote(l, vendor.name))
    found.push({
      country: vendor.country,
      path: `activities.${index}.recipients.${j}.vendor`,
      via: {
        nl: `de ontvanger ${v.nl} is er gevestigd`,
        fr: `le destinataire ${v.fr} y est établi`,
        en: `the recipient ${v.en} is established there`,
      },
    })
  })
  return found
}

function unrecordedTransfers(activity: Activity, i: number, name: Labels, resolved: ResolvedRegister) {
  const recorded = new Set(activity.transfers.map((t) => t.country))
  const byCountry = new Map<string, Destination[]>()
  for (const d of destinations(activity, i, resolved)) {
    if (recorded.has(d.country)) continue
    byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d])
  }
  return [...byCountry].map(([code, found]): FindingDraft => {
    const c = perLanguage((l) => country(l, code))
    const via = perLanguage((l) => listIn(l, [...new Set(found.map((d) => d.via[l]))]))
    const advice = safeguardAdvice(code)
    return {
      object: activityObject(activity),
      path: found[0]?.path ?? `activities.${i}.transfers`,
      message: {
        nl: `${name.nl} brengt persoonsgegevens over buiten de Europese Economische Ruimte (${c.nl}): ${via.nl}. Voor dat land is geen doorgifte met een waarborg geregistreerd (art. 30.1.e en 44-46 AVG).`,
        fr: `${name.fr} transfère des données personnelles hors de l'Espace économique européen (${c.fr}) : ${via.fr}. Aucun transfert avec garantie n'est enregistré pour ce pays (art. 30.1.e et 44-46 RGPD).`,
        en: `${name.en} transfers personal data outside the European Economic Area (${c.en}): ${via.en}. No transfer with a safeguard is recorded for that country (Art. 30(1)(e) and 44-46 GDPR).`,
      },
      fix: {
        nl: `Voeg een doorgifte toe (${c.nl}) met de waarborg waarop ze steunt: ${advice.nl}. Vermeld hoe betrokkenen er een kopie van krijgen.`,
        fr: `Ajoutez un transfert (${c.fr}) avec la garantie sur laquelle il repose : ${advice.fr}. Indiquez comment les personnes concernées peuvent en obtenir une copie.`,
        en: `Add a transfer (${c.en}) with the safeguard it relies on: ${advice.en}. Say how data subjects can obtain a copy of it.`,
      },
    }
  })
}

function transfersWithoutSafeguard(activity: Activity, i: number, name: Labels): FindingDraft[] {
  return activity.transfers.flatMap((transfer, j) => {
    if (transfer.safeguard !== undefined || !transferLeavesEea(transfer)) return []
    const c = perLanguage((l) => country(l, transfer.country))
    const advice = safeguardAdvice(transfer.country)
    return [
      {
        object: activityObject(activity),
        path: `activities.${i}.transfers.${j}.safeguard`,
        message: {
          nl: `De doorgifte van ${name.nl} aan ${quote('nl', textIn(transfer.recipient, 'nl') ?? '')} (${c.nl}) vermeldt geen waarborg. Buiten de Europese Economische Ruimte mag dat alleen met een adequaatheidsbesluit, passende waarborgen of een uitzondering van art. 49 AVG (art. 44-49 AVG).`,
          fr: `Le transfert de ${name.fr} à ${quote('fr', textIn(transfer.recipient, 'fr') ?? '')} (${c.fr}) n'indique aucune garantie. Hors de l'Espace économique européen, il n'est permis qu'avec une décision d'adéquation, des garanties appropriées ou une dérogation de l'art. 49 RGPD (art. 44-49 RGPD).`,
          en: `The transfer of ${name.en} to ${quote('en', textIn(transfer.recipient, 'en') ?? '')} (${c.en}) has no safeguard. Outside the European Economic Area it is only allowed with an adequacy decision, appropriate safeguards or an Art. 49 GDPR derogation (Art. 44-49 GDPR).`,
        },
        fix: {
          nl: `Kies de waarborg waarop de doorgifte steunt: ${advice.nl}. Vermeld hoe betrokkenen er een kopie van krijgen.`,
          fr: `Choisissez la garantie sur laquelle repose le transfert : ${advice.fr}. Indiquez comment les personnes concernées peuvent en obtenir une copie.`,
          en: `Choose the safeguard the transfer relies on: ${advice.en}. Say how data subjects can obtain a copy of it.`,
        },
      },
    ]
  })
}

/** Art. 30(1)(e) and 44-49: every transfer outside the EEA is recorded with its safeguard. */
export const transferOutsideEeaWithoutSafeguard: RuleDefinition = {
  id: 'transfer.outside-eea-without-safeguard',
  severity: 'error',
  title: {
    nl: 'Doorgifte buiten de EER zonder waarborg',
    fr: "Transfert hors de l'EEE sans garantie",
    en: 'Transfer outside the EEA without a safeguard',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) => [
      ...unrecordedTransfers(activity, i, name, resolved),
      ...transfersWithoutSafeguard(activity, i, name),
    ]),
}
