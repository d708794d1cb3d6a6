import type { RuleDefinition } from './rule'
import { activityObject, eachActivity } from './wording'

/** WP248: two or more screening criteria usually mean a DPIA is needed (Art. 35). */
const DPIA_THRESHOLD = 2

export const dpiaScreeningWithoutStatus: RuleDefinition = {
  id: 'activity.dpia-screening-without-status',
  severity: 'error',
  title: {
    nl: 'DPIA waarschijnlijk nodig, status niet ingevuld',
    fr: 'AIPD probablement requise, statut non indiqué',
    en: 'DPIA likely needed, status not set',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const count = new Set(activity.dpia.criteria).size
      if (count < DPIA_THRESHOLD || activity.dpia.status !== undefined) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.dpia.status`,
          message: {
            nl: `${name.nl} voldoet aan ${count} criteria van de DPIA-screening (richtsnoeren WP248). Vanaf twee criteria is meestal een gegevensbeschermingseffectbeoordeling (DPIA) nodig (art. 35 AVG), maar de DPIA-status is niet ingevuld.`,
            fr: `${name.fr} remplit ${count} critères du filtrage AIPD (lignes directrices WP248). À partir de deux critères, une analyse d'impact relative à la protection des données (AIPD) est généralement requise (art. 35 RGPD), mais son statut n'est pas indiqué.`,
            en: `${name.en} meets ${count} DPIA screening criteria (WP248 guidelines). Two or more usually mean a data protection impact assessment (DPIA) is needed (Art. 35 GDPR), but the DPIA status is not set.`,
          },
          fix: {
            nl: 'Voer een DPIA uit of plan er een, en vul de status in. Vindt u dat er geen DPIA nodig is, kies dan "Niet vereist" en noteer waarom.',
            fr: "Réalisez ou planifiez une AIPD et indiquez son statut. Si vous estimez qu'elle n'est pas requise, choisissez « Non requise » et notez pourquoi.",
            en: 'Carry out or plan a DPIA and set its status. If you conclude that none is needed, choose "Not required" and record why.',
          },
        },
      ]
    }),
}
