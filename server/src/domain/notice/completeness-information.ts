import {
  activityName,
  atActivity,
  atNotice,
  type CompletenessContext,
  type CompletenessItem,
  item,
  type Problem,
} from './completeness-context'
import { requestChannels } from './sections/context'
import { isDirectMarketing } from './sections/rights'

/** Art. 13(2)(b)-(d) and (f), 14, 21(4) and the practical elements: rights, sources, channels, cookies, minors. */
export function informationItems(ctx: CompletenessContext): CompletenessItem[] {
  const { doc, feeding, categories, options } = ctx
  const bases = new Set(feeding.flatMap((f) => f.activity.purposes.map((p) => p.legalBasis)))
  const purposeKeys = new Set(feeding.flatMap((f) => f.activity.purposes.map((p) => p.purpose)))
  const fromOthers = categories.filter((c) => c.use.source !== 'subject')
  const objectable =
    bases.has('legitimate_interests') || bases.has('public_task') || [...purposeKeys].some(isDirectMarketing)
  const channels = requestChannels(doc, options.portalUrl)
  const minors = feeding.some((f) => f.activity.subjectCategories.includes('minors'))
  const cookies = purposeKeys.has('website_cookies')

  return [
    item(
      {
        element: 'art13.2.b.rights',
        article: 'Art. 13(2)(b)',
        label: {
          nl: 'Rechten van de betrokkene (inzage, verbetering, wissing, beperking, bezwaar, overdraagbaarheid)',
          fr: 'Droits de la personne concernée (accès, rectification, effacement, limitation, opposition, portabilité)',
          en: 'Rights of the data subject (access, rectification, erasure, restriction, objection, portability)',
        },
      },
      'present',
    ),
    item(
      {
        element: 'art13.2.c.consent-withdrawal',
        article: 'Art. 13(2)(c)',
        label: {
          nl: 'Recht om de toestemming in te trekken',
          fr: 'Droit de retirer le consentement',
          en: 'Right to withdraw consent',
        },
      },
      bases.has('consent') ? 'present' : 'not-applicable',
    ),
    item(
      {
        element: 'art13.2.d.complaint',
        article: 'Art. 13(2)(d)',
        label: {
          nl: 'Recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit',
          fr: "Droit d'introduire une plainte auprès de l'Autorité de protection des données",
          en: 'Right to lodge a complaint with the Data Protection Authority',
        },
      },
      'present',
    ),
    item(
      {
        element: 'art13.2.f.automated-decisions',
        article: 'Art. 13(2)(f)',
        label: {
          nl: 'Geautomatiseerde besluitvorming: de logica en de gevolgen',
          fr: 'Décisions automatisées : logique et conséquences',
          en: 'Automated decision-making: its logic and consequences',
        },
      },
      feeding.flatMap((f): Problem[] => {
        const decisions = f.activity.automatedDecisions
        if (!decisions.used || (decisions.logic && decisions.consequences)) return []
        const name = activityName(f.activity)
        return [
          {
            text: {
              nl: `${name.nl} neemt geautomatiseerde beslissingen, maar de logica of de gevolgen voor de betrokkene zijn niet beschreven.`,
              fr: `${name.fr} prend des décisions automatisées, mais leur logique ou leurs conséquences ne sont pas décrites.`,
              en: `${name.en} makes automated decisions, but their logic or consequences are not described.`,
            },
            fixAt: atActivity(
              f,
              decisions.logic ? 'automatedDecisions.consequences' : 'automatedDecisions.logic',
            ),
          },
        ]
      }),
    ),
    item(
      {
        element: 'art14.1.d.data-categories',
        article: 'Art. 14(1)(d)',
        label: {
          nl: 'Categorieën van gegevens die niet van de betrokkene komen',
          fr: 'Catégories de données qui ne proviennent pas de la personne concernée',
          en: 'Categories of data not obtained from the data subject',
        },
      },
      fromOthers.length === 0 ? 'not-applicable' : 'present',
    ),
    item(
      {
        element: 'art14.2.f.source',
        article: 'Art. 14(2)(f)',
        label: {
          nl: 'Bron van de gegevens die niet van de betrokkene komen',
          fr: 'Source des données qui ne proviennent pas de la personne concernée',
          en: 'Source of the data not obtained from the data subject',
        },
      },
      fromOthers.length === 0
        ? 'not-applicable'
        : fromOthers
            .filter((c) => c.use.sourceName === undefined)
            .map((c) => {
              const name = activityName(c.at.activity)
              const category = (l: 'nl' | 'fr' | 'en') =>
                ctx.resolved.labelOf('data_category', c.use.category, l)
              return {
                text: {
                  nl: `Voor ${name.nl} staat niet van wie of uit welke bron de gegevens “${category('nl')}” komen.`,
                  fr: `Pour ${name.fr}, la source des données «\u00a0${category('fr')}\u00a0» n'est pas indiquée.`,
                  en: `The source of the data “${category('en')}” of ${name.en} is not named.`,
                },
                fixAt: atActivity(c.at, `dataCategories.${c.index}.sourceName`),
              }
            }),
    ),
    item(
      {
        element: 'art21.4.right-to-object',
        article: 'Art. 21(4)',
        label: {
          nl: 'Recht van bezwaar, uitdrukkelijk en apart vermeld',
          fr: "Droit d'opposition, mentionné explicitement et séparément",
          en: 'Right to object, stated explicitly and separately',
        },
      },
      objectable ? 'present' : 'not-applicable',
    ),
    item(
      {
        element: 'art12.2.exercise-rights',
        article: 'Art. 12(2)',
        label: {
          nl: 'Hoe de betrokkene zijn rechten uitoefent',
          fr: 'Comment la personne concernée exerce ses droits',
          en: 'How the data subject exercises their rights',
        },
      },
      channels.email || channels.portal
        ? []
        : [
            {
              text: {
                nl: 'Er is geen e-mailadres en geen aanvraagportaal waarlangs betrokkenen hun rechten kunnen uitoefenen.',
                fr: "Il n'y a ni adresse e-mail ni portail par lesquels les personnes concernées peuvent exercer leurs droits.",
                en: 'There is no email address and no request portal through which data subjects can exercise their rights.',
              },
              fixAt: atNotice('notice.requestEmail'),
            },
          ],
    ),
    item(
      {
        element: 'art8.minors',
        article: 'Art. 8',
        label: {
          nl: 'Gegevens van minderjarigen en ouderlijke toestemming',
          fr: 'Données de mineurs et consentement parental',
          en: "Children's data and parental consent",
        },
      },
      !minors
        ? doc.notice.minors
          ? 'present'
          : 'not-applicable'
        : doc.notice.minors
          ? 'present'
          : [
              {
                text: {
                  nl: 'Het register verwerkt gegevens van minderjarigen, maar de verklaring zegt niet hoe daarmee omgegaan wordt.',
                  fr: 'Le registre traite des données de mineurs, mais la déclaration ne dit pas comment elles sont traitées.',
                  en: "The register processes children's data, but the notice does not say how they are handled.",
                },
                fixAt: atNotice('notice.minors'),
              },
            ],
    ),
    item(
      {
        element: 'eprivacy.cookie-policy',
        article: 'Directive 2002/58/EC, Art. 5(3)',
        label: { nl: 'Cookiebeleid', fr: 'Politique en matière de cookies', en: 'Cookie policy' },
      },
      doc.notice.cookies !== undefined || doc.notice.cookiePolicyUrl
        ? 'present'
        : !cookies
          ? doc.organization.website
            ? [
                {
                  text: {
                    nl: 'De organisatie heeft een website, maar het register heeft geen cookie-inventaris en geen link naar een cookiebeleid; de verklaring zegt dan niets over cookies.',
                    fr: "L'organisation a un site web, mais le registre n'a ni inventaire des cookies ni lien vers une politique en matière de cookies ; la déclaration ne dit alors rien des cookies.",
                    en: 'The organisation has a website, but the register has no cookie inventory and no link to a cookie policy; the notice then says nothing about cookies.',
                  },
                  fixAt: atNotice('notice.cookies'),
                  recommended: true,
                },
              ]
            : 'not-applicable'
          : options.portalUrl
            ? 'present'
            : [
                {
                  text: {
                    nl: 'De website plaatst cookies, maar er is geen link naar het cookiebeleid.',
                    fr: "Le site web dépose des cookies, mais il n'y a pas de lien vers la politique en matière de cookies.",
                    en: 'The website sets cookies, but there is no link to the cookie policy.',
                  },
                  fixAt: atNotice('notice.cookiePolicyUrl'),
                },
              ],
    ),
    {
      ...item(
        {
          element: 'practical.version',
          article: 'Art. 12(1)',
          label: {
            nl: 'Versie en datum van inwerkingtreding (bij publicatie)',
            fr: "Version et date d'entrée en vigueur (à la publication)",
            en: 'Version and effective date (on publication)',
          },
        },
        options.version !== undefined && options.effectiveDate !== undefined ? 'present' : 'not-applicable',
      ),
      informational: true,
    },
  ]
}
