import { isInEea } from '../register/countries'
import {
  activityName,
  atActivity,
  atOrganization,
  type CompletenessContext,
  type CompletenessItem,
  item,
} from './completeness-context'

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
    item(
      {
        element: 'art13.1.b.dpo-contact',
        article: 'Art. 13(1)(b)',
        label: {
          nl: 'Contactgegevens van de functionaris voor gegevensbescherming of de contactpersoon voor privacy',
          fr: 'Coordonnées du délégué à la protection des données ou de la personne de contact',
          en: 'Contact details of the data protection officer or privacy contact person',
        },
      },
      o.dpo === undefined
        ? [
            {
              text: {
                nl: 'Er is geen functionaris voor gegevensbescherming of contactpersoon voor privacy opgegeven.',
                fr: "Aucun délégué à la protection des données ni aucune personne de contact pour la vie privée n'est indiqué.",
                en: 'No data protection officer or privacy contact person is recorded.',
              },
              fixAt: atOrganization('organization.dpo'),
            },
          ]
        : o.dpo.email || o.dpo.phone
          ? []
          : [
              {
                text: {
                  nl: 'Het e-mailadres of telefoonnummer van de functionaris of contactpersoon ontbreekt.',
                  fr: "L'adresse e-mail ou le numéro de téléphone du délégué ou de la personne de contact manque.",
                  en: 'The email address or phone number of the DPO or contact person is missing.',
                },
                fixAt: atOrganization('organization.dpo.email'),
              },
            ],
    ),
  ]
}
