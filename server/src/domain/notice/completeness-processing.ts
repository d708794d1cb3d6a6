import type { Language } from '../register/localized'
import {
  activityName,
  atActivity,
  type CompletenessContext,
  type CompletenessItem,
  item,
  type Problem,
} from './completeness-context'
import { legalBases } from './completeness-legal-bases'
import { recipients, transfers } from './completeness-recipients'

/** Art. 13(1)(c)-(f), 13(2)(a) and (e), 9(2), 10 and the national register number: what is processed and how. */
export function processingItems(ctx: CompletenessContext): CompletenessItem[] {
  return [
    purposes(ctx),
    ...legalBases(ctx),
    recipients(ctx),
    transfers(ctx),
    retention(ctx),
    requirement(ctx),
  ]
}

function purposes(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.1.c.purposes',
      article: 'Art. 13(1)(c)',
      label: {
        nl: 'Doeleinden van de verwerking',
        fr: 'Finalités du traitement',
        en: 'Purposes of the processing',
      },
    },
    ctx.feeding.length === 0
      ? [
          {
            text: {
              nl: 'Het register bevat geen lopende verwerking waarvoor de organisatie verantwoordelijk is.',
              fr: "Le registre ne contient aucun traitement en cours dont l'organisation est responsable.",
              en: 'The register holds no active processing for which the organisation is the controller.',
            },
            fixAt: { type: 'activity', key: null, path: 'activities' },
          },
        ]
      : ctx.feeding
          .filter((f) => f.activity.purposes.length === 0)
          .map((f) => {
            const name = activityName(f.activity)
            return {
              text: {
                nl: `Voor ${name.nl} is geen doeleinde opgegeven.`,
                fr: `Aucune finalité n'est indiquée pour ${name.fr}.`,
                en: `No purpose is recorded for ${name.en}.`,
              },
              fixAt: atActivity(f, 'purposes'),
            }
          }),
  )
}

function retention(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.2.a.retention',
      article: 'Art. 13(2)(a)',
      label: { nl: 'Bewaartermijn', fr: 'Durée de conservation', en: 'Retention period' },
    },
    ctx.feeding
      .filter((f) => f.activity.retention.length === 0)
      .map((f) => {
        const name = activityName(f.activity)
        return {
          text: {
            nl: `Voor ${name.nl} is geen bewaartermijn opgegeven.`,
            fr: `Aucune durée de conservation n'est indiquée pour ${name.fr}.`,
            en: `No retention period is recorded for ${name.en}.`,
          },
          fixAt: atActivity(f, 'retention'),
        }
      }),
  )
}

/** Art. 13(2)(e): whether providing the data is required; it can only be told for the data that are recorded. */
function requirement(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.2.e.requirement',
      article: 'Art. 13(2)(e)',
      label: {
        nl: 'Verplichting om gegevens te verstrekken en de gevolgen',
        fr: 'Obligation de fournir les données et conséquences',
        en: 'Whether providing data is required, and the consequences',
      },
    },
    [
      ...ctx.feeding
        .filter((f) => f.activity.dataCategories.length === 0)
        .map((f) => {
          const name = activityName(f.activity)
          return {
            text: {
              nl: `Voor ${name.nl} staat niet welke gegevens verwerkt worden.`,
              fr: `Les données traitées ne sont pas indiquées pour ${name.fr}.`,
              en: `The data processed are not recorded for ${name.en}.`,
            },
            fixAt: atActivity(f, 'dataCategories'),
          }
        }),
      ...unstatedRequirements(ctx),
    ],
  )
}

/**
 * Data the subject provides whose requirement is not recorded (consent alone makes them optional by law): one
 * recommendation naming the activities, fixed at the first such category.
 */
function unstatedRequirements(ctx: CompletenessContext): Problem[] {
  const found = ctx.feeding.flatMap((f) => {
    const bases = new Set(f.activity.purposes.map((p) => p.legalBasis))
    if (bases.size === 1 && bases.has('consent')) return []
    const index = f.activity.dataCategories.findIndex(
      (use) => use.source === 'subject' && use.requirement === undefined,
    )
    return index < 0 ? [] : [{ f, index }]
  })
  const [first] = found
  if (first === undefined) return []
  const names = found.map(({ f }) => activityName(f.activity))
  const shown = (language: Language) => {
    const list = names.slice(0, 3).map((n) => n[language])
    const more = names.length - list.length
    const and = { nl: 'en', fr: 'et', en: 'and' }[language]
    const rest = { nl: `nog ${more} andere`, fr: `${more} autres`, en: `${more} more` }[language]
    const items = more > 0 ? [...list, rest] : list
    return items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
  }
  return [
    {
      text: {
        nl: `Voor ${shown('nl')} staat niet of de betrokkene de gegevens moet verstrekken; de verklaring zegt daar dan niets over.`,
        fr: `Pour ${shown('fr')}, il n'est pas indiqué si la personne concernée doit fournir les données ; la déclaration n'en dit alors rien.`,
        en: `For ${shown('en')}, the register does not say whether the data subject must provide the data; the notice then says nothing about it.`,
      },
      fixAt: atActivity(first.f, `dataCategories.${first.index}.requirement`),
      recommended: true,
    },
  ]
}
