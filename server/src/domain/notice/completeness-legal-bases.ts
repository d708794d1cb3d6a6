import { LANGUAGES, textIn } from '../register/localized'
import {
  activityName,
  atActivity,
  type CompletenessContext,
  type CompletenessItem,
  eachPurpose,
  item,
  type Problem,
  purposeName,
} from './completeness-context'

/** A legal reference: a number (article, date) or the word for a law or decree (as the register linter). */
const LEGAL_REFERENCE =
  /\d|\b(wet|wetboek|decreet|ordonnantie|besluit|KB|loi|code|décret|ordonnance|arrêté|AR|law|act|decree|order|art)\b/i

/** Art. 6(1), 9(2), 10 and the national register number: each purpose's legal basis with what it needs. */
export function legalBases(ctx: CompletenessContext): CompletenessItem[] {
  const basis = eachPurpose(ctx, (f, j, p): Problem[] => {
    const name = activityName(f.activity)
    const purpose = purposeName(ctx, p.purpose)
    if (p.legalBasis === undefined) {
      return [
        {
          text: {
            nl: `Voor het doel ${purpose.nl} van ${name.nl} ontbreekt de rechtsgrond.`,
            fr: `La base juridique de la finalité ${purpose.fr} de ${name.fr} manque.`,
            en: `The legal basis of the purpose ${purpose.en} of ${name.en} is missing.`,
          },
          fixAt: atActivity(f, `purposes.${j}.legalBasis`),
        },
      ]
    }
    if (p.legalBasis === 'legal_obligation' && !p.legalObligation?.law) {
      return [
        {
          text: {
            nl: `Voor het doel ${purpose.nl} van ${name.nl} staat niet welke wet de verwerking oplegt.`,
            fr: `Pour la finalité ${purpose.fr} de ${name.fr}, la loi qui impose le traitement n'est pas indiquée.`,
            en: `The law requiring the processing is not named for the purpose ${purpose.en} of ${name.en}.`,
          },
          fixAt: atActivity(f, `purposes.${j}.legalObligation.law`),
        },
      ]
    }
    return []
  })
  const usesInterests = ctx.feeding.some((f) =>
    f.activity.purposes.some((p) => p.legalBasis === 'legitimate_interests'),
  )
  const interests = eachPurpose(ctx, (f, j, p): Problem[] => {
    if (p.legalBasis !== 'legitimate_interests' || p.legitimateInterest?.interest) return []
    const name = activityName(f.activity)
    const purpose = purposeName(ctx, p.purpose)
    return [
      {
        text: {
          nl: `Het gerechtvaardigd belang van het doel ${purpose.nl} van ${name.nl} is niet omschreven.`,
          fr: `L'intérêt légitime de la finalité ${purpose.fr} de ${name.fr} n'est pas décrit.`,
          en: `The legitimate interest pursued by the purpose ${purpose.en} of ${name.en} is not described.`,
        },
        fixAt: atActivity(f, `purposes.${j}.legitimateInterest.interest`),
      },
    ]
  })
  const flagged = (flag: 'special' | 'criminal' | 'nationalNumber') =>
    ctx.feeding.filter((f) => ctx.categories.some((c) => c.at === f && c.flags?.[flag]))
  const special = flagged('special')
  const criminal = flagged('criminal')
  const nationalNumber = flagged('nationalNumber')
  return [
    item(
      {
        element: 'art13.1.c.legal-basis',
        article: 'Art. 13(1)(c)',
        label: {
          nl: 'Rechtsgrond van elk doel',
          fr: 'Base juridique de chaque finalité',
          en: 'Legal basis of each purpose',
        },
      },
      basis,
    ),
    item(
      {
        element: 'art13.1.d.legitimate-interests',
        article: 'Art. 13(1)(d)',
        label: {
          nl: 'De nagestreefde gerechtvaardigde belangen',
          fr: 'Les intérêts légitimes poursuivis',
          en: 'The legitimate interests pursued',
        },
      },
      usesInterests ? interests : 'not-applicable',
    ),
    item(
      {
        element: 'art9.2.special-categories',
        article: 'Art. 9(2)',
        label: {
          nl: 'Uitzonderingsgrond voor bijzondere categorieën van gegevens',
          fr: 'Exception pour les catégories particulières de données',
          en: 'Condition for special categories of data',
        },
      },
      special.length === 0
        ? 'not-applicable'
        : special
            .filter((f) => f.activity.art9Condition === undefined)
            .map((f) => {
              const name = activityName(f.activity)
              return {
                text: {
                  nl: `${name.nl} verwerkt bijzondere categorieën van gegevens, maar de uitzonderingsgrond van art. 9.2 AVG ontbreekt.`,
                  fr: `${name.fr} traite des catégories particulières de données, mais l'exception de l'art. 9.2 RGPD manque.`,
                  en: `${name.en} processes special categories of data, but the Art. 9(2) GDPR condition is missing.`,
                },
                fixAt: atActivity(f, 'art9Condition'),
              }
            }),
    ),
    item(
      {
        element: 'art10.criminal-data',
        article: 'Art. 10',
        label: {
          nl: 'Wettelijke grondslag voor strafrechtelijke gegevens',
          fr: 'Base légale pour les données pénales',
          en: 'Legal basis for criminal data',
        },
      },
      criminal.length === 0
        ? 'not-applicable'
        : criminal
            .filter((f) => !f.activity.criminalDataBasis)
            .map((f) => {
              const name = activityName(f.activity)
              return {
                text: {
                  nl: `${name.nl} verwerkt strafrechtelijke gegevens, maar de wet die dat toestaat ontbreekt.`,
                  fr: `${name.fr} traite des données pénales, mais la loi qui l'autorise manque.`,
                  en: `${name.en} processes criminal data, but the law allowing it is missing.`,
                },
                fixAt: atActivity(f, 'criminalDataBasis'),
              }
            }),
    ),
    item(
      {
        element: 'national-number.authorisation',
        article: 'Law of 8 August 1983, art. 8',
        label: {
          nl: 'Machtiging om het rijksregisternummer te gebruiken',
          fr: 'Habilitation à utiliser le numéro de registre national',
          en: 'Authorisation to use the national register number',
        },
      },
      nationalNumber.length === 0
        ? 'not-applicable'
        : nationalNumber.flatMap((f): Problem[] => {
            const name = activityName(f.activity)
            const authorisation = f.activity.nationalNumberAuthorisation
            if (authorisation && LANGUAGES.every((l) => LEGAL_REFERENCE.test(textIn(authorisation, l) ?? '')))
              return []
            return [
              authorisation
                ? {
                    text: {
                      nl: `De machtiging voor het rijksregisternummer van ${name.nl} noemt geen wet of artikel.`,
                      fr: `L'habilitation relative au numéro de registre national de ${name.fr} ne cite aucune loi ni aucun article.`,
                      en: `The national-register-number authorisation of ${name.en} names no law or article.`,
                    },
                    fixAt: atActivity(f, 'nationalNumberAuthorisation'),
                    recommended: true,
                  }
                : {
                    text: {
                      nl: `${name.nl} gebruikt het rijksregisternummer, maar de wettelijke machtiging ontbreekt.`,
                      fr: `${name.fr} utilise le numéro de registre national, mais l'habilitation légale manque.`,
                      en: `${name.en} uses the national register number, but the legal authorisation is missing.`,
                    },
                    fixAt: atActivity(f, 'nationalNumberAuthorisation'),
                  },
            ]
          }),
    ),
  ]
}
