import type { RuleDefinition } from './rule'
import { activityObject, eachActivity, quote } from './wording'

/** Art. 30(2)(a): a processor's register names each controller it acts for. */
export const processorWithoutController: RuleDefinition = {
  id: 'activity.processor-without-controller',
  severity: 'error',
  title: {
    nl: 'Verwerker zonder verwerkingsverantwoordelijke',
    fr: 'Sous-traitant sans responsable du traitement',
    en: 'Processor without a controller',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.role !== 'processor' || activity.processorFor.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.processorFor`,
              message: {
                nl: `U voert ${name.nl} uit als verwerker, maar er staat niet voor welke verwerkingsverantwoordelijke(n) (art. 30.2.a AVG).`,
                fr: `Vous effectuez ${name.fr} en tant que sous-traitant, mais le ou les responsables du traitement ne sont pas indiqués (art. 30.2.a RGPD).`,
                en: `You carry out ${name.en} as a processor, but the register does not say for which controller(s) (Art. 30(2)(a) GDPR).`,
              },
              fix: {
                nl: 'Vermeld elke klant (verwerkingsverantwoordelijke) voor wie u deze verwerking uitvoert, met zijn contactgegevens.',
                fr: 'Indiquez chaque client (responsable du traitement) pour lequel vous effectuez ce traitement, avec ses coordonnées.',
                en: 'List each client (controller) for whom you carry out this processing, with their contact details.',
              },
            },
          ],
    ),
}

/** Art. 26 and 30(1)(a): joint controllers are named, with their arrangement. */
export const jointControllerWithoutPartner: RuleDefinition = {
  id: 'activity.joint-controller-without-partner',
  severity: 'error',
  title: {
    nl: 'Gezamenlijke verwerking zonder partner',
    fr: 'Responsabilité conjointe sans partenaire',
    en: 'Joint controllership without a partner',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.role !== 'joint_controller' || activity.jointControllers.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.jointControllers`,
              message: {
                nl: `${name.nl} is een gezamenlijke verwerking, maar de andere verwerkingsverantwoordelijke(n) zijn niet vermeld (art. 26 en 30.1.a AVG).`,
                fr: `${name.fr} est un traitement conjoint, mais le ou les autres responsables du traitement ne sont pas indiqués (art. 26 et 30.1.a RGPD).`,
                en: `${name.en} is a joint processing, but the other controller(s) are not named (Art. 26 and 30(1)(a) GDPR).`,
              },
              fix: {
                nl: 'Vermeld de gezamenlijke verwerkingsverantwoordelijken en de regeling die u met hen maakte over ieders verantwoordelijkheden.',
                fr: "Indiquez les responsables conjoints du traitement et l'accord conclu avec eux sur les responsabilités de chacun.",
                en: 'Name the joint controllers and the arrangement you made with them on each party’s responsibilities.',
              },
            },
          ],
    ),
}

/** Art. 28(3): processing on behalf of a client is governed by a signed agreement. */
export const processorDpaMissing: RuleDefinition = {
  id: 'activity.processor-dpa-missing',
  severity: 'warning',
  title: {
    nl: 'Geen verwerkersovereenkomst met de klant',
    fr: 'Pas de contrat de sous-traitance avec le client',
    en: 'No processing agreement with the client',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.processorFor.flatMap((entry, k) =>
        entry.agreement?.signed === true
          ? []
          : [
              {
                object: activityObject(activity),
                path: `activities.${i}.processorFor.${k}.agreement.signed`,
                message: {
                  nl: `Voor ${name.nl} is met de klant ${quote('nl', entry.client)} geen ondertekende verwerkersovereenkomst geregistreerd (art. 28.3 AVG).`,
                  fr: `Pour ${name.fr}, aucun contrat de sous-traitance signé avec le client ${quote('fr', entry.client)} n'est enregistré (art. 28.3 RGPD).`,
                  en: `For ${name.en}, no signed data processing agreement with the client ${quote('en', entry.client)} is recorded (Art. 28(3) GDPR).`,
                },
                fix: {
                  nl: `Sluit met ${quote('nl', entry.client)} een verwerkersovereenkomst, bewaar ze en duid aan dat ze ondertekend is.`,
                  fr: `Concluez un contrat de sous-traitance avec ${quote('fr', entry.client)}, conservez-le et indiquez qu'il est signé.`,
                  en: `Conclude a data processing agreement with ${quote('en', entry.client)}, keep it and mark it as signed.`,
                },
              },
            ],
      ),
    ),
}
