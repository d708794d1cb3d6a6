import { isInEea } from '../register/countries'
import type { RegisterDocument } from '../register/schema'
import {
  activityName,
  atActivity,
  atOrganization,
  type CompletenessContext,
  type CompletenessItem,
  item,
} from './completeness-context'

type Organization = RegisterDocument['organization']

/** Art. 13(1)(a)-(b) and 26(2): who the controller is and how to reach it, its representative and its DPO. */
export function controllerItems(ctx: CompletenessContext): CompletenessItem[] {
  const o = ctx.doc.organization
  const joint = ctx.feeding.filter((f) => f.activity.role === 'joint_controller')
  return [
    item(
      {
        element: 'art13.1.a.controller-identity',
        article: 'Art. 13(1)(a)',
        label: {
          nl: 'Identiteit en contactgegevens van de verwerkingsverantwoordelijke',
          fr: 'Identité et coordonnées du responsable du traitement',
          en: 'Identity and contact details of the controller',
        },
      },
      [
        ...(o.address
          ? []
          : [
              {
                text: {
                  nl: 'Het adres van de organisatie ontbreekt.',
                  fr: "L'adresse de l'organisation manque.",
                  en: "The organisation's address is missing.",
                },
                fixAt: atOrganization('organization.address'),
              },
            ]),
        ...(o.email
          ? []
          : [
              {
                text: {
                  nl: 'Het e-mailadres van de organisatie ontbreekt.',
                  fr: "L'adresse e-mail de l'organisation manque.",
                  en: "The organisation's email address is missing.",
                },
                fixAt: atOrganization('organization.email'),
              },
            ]),
      ],
    ),
    item(
      {
        element: 'art13.1.a.representative',
        article: 'Art. 13(1)(a), 27',
        label: {
          nl: 'Vertegenwoordiger in de Unie',
          fr: "Représentant dans l'Union",
          en: 'Representative in the Union',
        },
      },
      o.address === undefined || isInEea(o.address.country)
        ? 'not-applicable'
        : o.representative
          ? 'present'
          : [
              {
                text: {
                  nl: 'De organisatie is buiten de EER gevestigd, maar haar vertegenwoordiger in de Unie ontbreekt.',
                  fr: "L'organisation est établie hors de l'EEE, mais son représentant dans l'Union manque.",
                  en: 'The organisation is established outside the EEA, but its representative in the Union is missing.',
                },
                fixAt: atOrganization('organization.representative'),
              },
            ],
    ),
    item(
      {
        element: 'art26.2.joint-arrangement',
        article: 'Art. 26(2)',
        label: {
          nl: 'Wezenlijke inhoud van de regeling tussen gezamenlijk verwerkingsverantwoordelijken',
          fr: "Grandes lignes de l'accord entre responsables conjoints",
          en: 'Essence of the arrangement between joint controllers',
        },
      },
      joint.length === 0
        ? 'not-applicable'
        : joint.flatMap((f) => {
            const name = activityName(f.activity)
            if (f.activity.jointControllers.length === 0) {
              return [
                {
                  text: {
                    nl: `Voor ${name.nl} staat niet met wie de organisatie gezamenlijk verantwoordelijk is.`,
                    fr: `Pour ${name.fr}, le responsable conjoint n'est pas indiqué.`,
                    en: `The joint controller of ${name.en} is not named.`,
                  },
                  fixAt: atActivity(f, 'jointControllers'),
                },
              ]
            }
            return f.activity.jointControllers.some((j) => j.arrangement)
              ? []
              : [
                  {
                    text: {
                      nl: `Voor ${name.nl} ontbreekt de kern van de regeling met de andere verantwoordelijke.`,
                      fr: `Pour ${name.fr}, l'essentiel de l'accord avec l'autre responsable manque.`,
                      en: `The essence of the arrangement with the other controller of ${name.en} is missing.`,
                    },
                    fixAt: atActivity(f, 'jointControllers.0.arrangement'),
                  },
                ]
          }),
    ),
    dpoContact(o),
  ]
}

/**
 * Art. 13(1)(b): the DPO's contact details are required only when a DPO is designated (Art. 37); a privacy
 * contact person is not required by law, but recommended, and then needs a way to be reached.
 */
function dpoContact(o: Organization): CompletenessItem {
  const element = {
    element: 'art13.1.b.dpo-contact',
    article: 'Art. 13(1)(b)',
    label: {
      nl: 'Contactgegevens van de functionaris voor gegevensbescherming (indien aangesteld) of de contactpersoon voor privacy',
      fr: "Coordonnées du délégué à la protection des données (s'il est désigné) ou de la personne de contact",
      en: 'Contact details of the data protection officer (where designated) or privacy contact person',
    },
  }
  const reachable = Boolean(o.dpo?.email || o.dpo?.phone)
  if (o.dpo?.appointed) {
    return item(
      element,
      reachable
        ? []
        : [
            {
              text: {
                nl: 'Er is een functionaris voor gegevensbescherming aangesteld, maar zijn e-mailadres of telefoonnummer ontbreekt.',
                fr: 'Un délégué à la protection des données est désigné, mais son adresse e-mail ou son numéro de téléphone manque.',
                en: 'A data protection officer is designated, but their email address or phone number is missing.',
              },
              fixAt: atOrganization('organization.dpo.email'),
            },
          ],
    )
  }
  if (o.dpo === undefined) {
    return item(element, [
      {
        text: {
          nl: 'Er is geen contactpersoon voor privacy opgegeven. Dat is niet verplicht zonder functionaris voor gegevensbescherming, maar wel aanbevolen.',
          fr: "Aucune personne de contact pour la vie privée n'est indiquée. Ce n'est pas obligatoire en l'absence de délégué à la protection des données, mais c'est recommandé.",
          en: 'No privacy contact person is recorded. Without a data protection officer this is not required, but it is recommended.',
        },
        fixAt: atOrganization('organization.dpo'),
        recommended: true,
      },
    ])
  }
  return item(
    element,
    reachable
      ? []
      : [
          {
            text: {
              nl: 'Het e-mailadres of telefoonnummer van de contactpersoon voor privacy ontbreekt.',
              fr: "L'adresse e-mail ou le numéro de téléphone de la personne de contact pour la vie privée manque.",
              en: 'The email address or phone number of the privacy contact person is missing.',
            },
            fixAt: atOrganization('organization.dpo.email'),
            recommended: true,
          },
        ],
  )
}
