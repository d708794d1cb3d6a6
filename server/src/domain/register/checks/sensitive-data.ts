import type { DataCategoryFlags } from '../catalogue'
import type { Labels } from '../localized'
import type { ResolvedRegister } from '../resolve'
import type { Activity } from '../schema'
import type { RuleDefinition } from './rule'
import { activityObject, eachActivity, listIn, perLanguage, quote } from './wording'

/** The quoted labels of the activity's data categories that carry `flag`, or null when none does. */
export function flaggedCategories(
  activity: Activity,
  resolved: ResolvedRegister,
  flag: keyof DataCategoryFlags,
): Labels | null {
  const keys = [...new Set(activity.dataCategories.map((d) => d.category))].filter(
    (key) => resolved.dataCategory(key)?.flags[flag] === true,
  )
  if (keys.length === 0) return null
  return perLanguage((l) =>
    listIn(
      l,
      keys.map((key) => quote(l, resolved.labelOf('data_category', key, l))),
    ),
  )
}

export const specialCategoryWithoutArt9: RuleDefinition = {
  id: 'activity.special-category-without-art9',
  severity: 'error',
  title: {
    nl: 'Bijzondere gegevens zonder voorwaarde van art. 9.2',
    fr: "Données sensibles sans condition de l'art. 9.2",
    en: 'Special categories without an Art. 9(2) condition',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const categories = flaggedCategories(activity, resolved, 'special')
      if (categories === null || activity.art9Condition !== undefined) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.art9Condition`,
          message: {
            nl: `${name.nl} verwerkt bijzondere categorieën van persoonsgegevens (${categories.nl}), maar er is geen voorwaarde van art. 9.2 AVG gekozen. Zonder zo'n voorwaarde is die verwerking verboden (art. 9.1 AVG).`,
            fr: `${name.fr} traite des catégories particulières de données (${categories.fr}), mais aucune condition de l'art. 9.2 RGPD n'est choisie. Sans une telle condition, ce traitement est interdit (art. 9.1 RGPD).`,
            en: `${name.en} processes special categories of personal data (${categories.en}), but no Art. 9(2) GDPR condition is chosen. Without one, that processing is prohibited (Art. 9(1) GDPR).`,
          },
          fix: {
            nl: 'Kies de voorwaarde van art. 9.2 AVG die van toepassing is (bv. uitdrukkelijke toestemming of verplichtingen uit het arbeidsrecht) en licht ze toe, of verwerk deze gegevens niet als u ze niet nodig hebt.',
            fr: "Choisissez la condition de l'art. 9.2 RGPD applicable (p. ex. consentement explicite ou obligations du droit du travail) et expliquez-la, ou ne traitez pas ces données si vous n'en avez pas besoin.",
            en: 'Choose the Art. 9(2) GDPR condition that applies (e.g. explicit consent or obligations under employment law) and explain it, or do not process these data if you do not need them.',
          },
        },
      ]
    }),
}

export const criminalDataWithoutBasis: RuleDefinition = {
  id: 'activity.criminal-data-without-basis',
  severity: 'error',
  title: {
    nl: 'Strafrechtelijke gegevens zonder wettelijke basis',
    fr: 'Données pénales sans base légale',
    en: 'Criminal data without a basis in law',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const categories = flaggedCategories(activity, resolved, 'criminal')
      if (categories === null || activity.criminalDataBasis !== undefined) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.criminalDataBasis`,
          message: {
            nl: `${name.nl} verwerkt gegevens over strafrechtelijke veroordelingen of strafbare feiten (${categories.nl}), maar de wet die dat toestaat is niet vermeld (art. 10 AVG en art. 10 van de wet van 30 juli 2018).`,
            fr: `${name.fr} traite des données relatives aux condamnations pénales ou aux infractions (${categories.fr}), mais la loi qui l'autorise n'est pas indiquée (art. 10 RGPD et art. 10 de la loi du 30 juillet 2018).`,
            en: `${name.en} processes data on criminal convictions or offences (${categories.en}), but the law that allows it is not named (Art. 10 GDPR and art. 10 of the Belgian Law of 30 July 2018).`,
          },
          fix: {
            nl: 'Vermeld de wet die u toestaat deze gegevens te verwerken, bv. de regeling die een uittreksel uit het strafregister vereist. Is er geen, verwerk de gegevens dan niet.',
            fr: "Indiquez la loi qui vous autorise à traiter ces données, p. ex. la réglementation qui exige un extrait de casier judiciaire. S'il n'y en a pas, ne traitez pas ces données.",
            en: 'Name the law that allows you to process these data, e.g. the rules that require an extract from the criminal record. If there is none, do not process them.',
          },
        },
      ]
    }),
}

export const nationalNumberWithoutAuthorisation: RuleDefinition = {
  id: 'activity.national-number-without-authorisation',
  severity: 'error',
  title: {
    nl: 'Rijksregisternummer zonder machtiging',
    fr: 'Numéro de registre national sans habilitation',
    en: 'National register number without authorisation',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const categories = flaggedCategories(activity, resolved, 'nationalNumber')
      if (categories === null || activity.nationalNumberAuthorisation !== undefined) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.nationalNumberAuthorisation`,
          message: {
            nl: `${name.nl} verwerkt het rijksregisternummer (via ${categories.nl}), maar de wettelijke machtiging daarvoor is niet vermeld (wet van 8 augustus 1983, art. 8).`,
            fr: `${name.fr} traite le numéro de registre national (via ${categories.fr}), mais l'habilitation légale n'est pas indiquée (loi du 8 août 1983, art. 8).`,
            en: `${name.en} processes the national register number (through ${categories.en}), but the legal authorisation for it is not recorded (Law of 8 August 1983, art. 8).`,
          },
          fix: {
            nl: 'Vermeld de wet of machtiging die u toestaat het rijksregisternummer te gebruiken. Hebt u die niet, verwerk het nummer dan niet (laat het bv. afschermen op een kopie van de identiteitskaart).',
            fr: "Indiquez la loi ou l'autorisation qui vous permet d'utiliser le numéro de registre national. Sans elle, ne traitez pas ce numéro (faites-le p. ex. masquer sur la copie de la carte d'identité).",
            en: 'Name the law or authorisation that allows you to use the national register number. Without one, do not process the number (e.g. have it masked on a copy of the identity card).',
          },
        },
      ]
    }),
}
