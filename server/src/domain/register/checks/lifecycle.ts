import { addMonthsClamped } from '../../calendar-date'
import { ACTIVITY_STATUS_LABELS } from '../catalogue'
import type { RuleDefinition } from './rule'
import { activityObject, eachActivity, quote } from './wording'

/** GBA advice: keep an ended activity about five years in the register, with its end date. */
const KEEP_ENDED_MONTHS = 60

export const endedWithoutEndDate: RuleDefinition = {
  id: 'activity.ended-without-end-date',
  severity: 'error',
  title: {
    nl: 'Beëindigd zonder einddatum',
    fr: 'Terminé sans date de fin',
    en: 'Ended without an end date',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.status !== 'ended' || activity.endDate !== undefined
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.endDate`,
              message: {
                nl: `${name.nl} is beëindigd, maar de einddatum ontbreekt. De GBA vraagt een beëindigde verwerking met haar einddatum nog ongeveer 5 jaar in het register te houden (art. 30 AVG).`,
                fr: `${name.fr} est terminé, mais la date de fin manque. L'APD demande de garder un traitement terminé, avec sa date de fin, environ 5 ans dans le registre (art. 30 RGPD).`,
                en: `${name.en} has ended, but the end date is missing. The GBA asks to keep an ended activity, with its end date, in the register for about 5 years (Art. 30 GDPR).`,
              },
              fix: {
                nl: 'Vul de datum in waarop de verwerking gestopt is.',
                fr: 'Indiquez la date à laquelle le traitement a pris fin.',
                en: 'Enter the date on which the processing stopped.',
              },
            },
          ],
    ),
}

export const datesOutOfOrder: RuleDefinition = {
  id: 'activity.dates-out-of-order',
  severity: 'error',
  title: {
    nl: 'Einddatum vóór begindatum',
    fr: 'Date de fin antérieure à la date de début',
    en: 'End date before start date',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const { startDate, endDate } = activity
      if (startDate === undefined || endDate === undefined || endDate >= startDate) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.endDate`,
          message: {
            nl: `De einddatum van ${name.nl} (${endDate}) ligt vóór de begindatum (${startDate}). Het register moet juist zijn (art. 30 AVG).`,
            fr: `La date de fin de ${name.fr} (${endDate}) précède la date de début (${startDate}). Le registre doit être exact (art. 30 RGPD).`,
            en: `The end date of ${name.en} (${endDate}) is before its start date (${startDate}). The register must be accurate (Art. 30 GDPR).`,
          },
          fix: {
            nl: 'Corrigeer de begin- of de einddatum.',
            fr: 'Corrigez la date de début ou la date de fin.',
            en: 'Correct the start date or the end date.',
          },
        },
      ]
    }),
}

/** An end date that has passed while the status still says planned or active. A future end date is fine. */
export const endDateWithoutEndedStatus: RuleDefinition = {
  id: 'activity.end-date-without-ended-status',
  severity: 'warning',
  title: {
    nl: 'Einddatum verstreken maar niet beëindigd',
    fr: 'Date de fin passée mais pas terminé',
    en: 'End date passed but not ended',
  },
  check: (doc, _resolved, env) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const { endDate, status } = activity
      if (endDate === undefined || status === 'ended' || endDate > env.today) return []
      const label = ACTIVITY_STATUS_LABELS[status].label
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.status`,
          message: {
            nl: `${name.nl} heeft als einddatum ${endDate}, maar de status is nog ${quote('nl', label.nl)} (art. 30 AVG).`,
            fr: `${name.fr} a pour date de fin le ${endDate}, mais son statut est toujours ${quote('fr', label.fr)} (art. 30 RGPD).`,
            en: `${name.en} has the end date ${endDate}, but its status is still ${quote('en', label.en)} (Art. 30 GDPR).`,
          },
          fix: {
            nl: `Zet de status op ${quote('nl', ACTIVITY_STATUS_LABELS.ended.label.nl)}, of corrigeer de einddatum als de verwerking nog loopt.`,
            fr: `Passez le statut à ${quote('fr', ACTIVITY_STATUS_LABELS.ended.label.fr)}, ou corrigez la date de fin si le traitement se poursuit.`,
            en: `Set the status to ${quote('en', ACTIVITY_STATUS_LABELS.ended.label.en)}, or correct the end date if the processing continues.`,
          },
        },
      ]
    }),
}

export const endedLongAgo: RuleDefinition = {
  id: 'activity.ended-long-ago',
  severity: 'warning',
  title: {
    nl: 'Meer dan 5 jaar geleden beëindigd',
    fr: 'Terminé depuis plus de 5 ans',
    en: 'Ended more than 5 years ago',
  },
  check: (doc, _resolved, env) => {
    const limit = addMonthsClamped(env.today, -KEEP_ENDED_MONTHS)
    return eachActivity(doc.activities, (activity, i, name) => {
      const { endDate } = activity
      if (activity.status !== 'ended' || endDate === undefined || endDate >= limit) return []
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.endDate`,
          message: {
            nl: `${name.nl} is beëindigd op ${endDate}, meer dan 5 jaar geleden. De GBA raadt aan een beëindigde verwerking ongeveer 5 jaar in het register te houden; daarna mag ze eruit (art. 30 AVG).`,
            fr: `${name.fr} a pris fin le ${endDate}, il y a plus de 5 ans. L'APD conseille de garder un traitement terminé environ 5 ans dans le registre ; ensuite, il peut en être retiré (art. 30 RGPD).`,
            en: `${name.en} ended on ${endDate}, more than 5 years ago. The GBA advises keeping an ended activity in the register for about 5 years; after that it can be removed (Art. 30 GDPR).`,
          },
          fix: {
            nl: 'Controleer dat er geen gegevens van deze verwerking meer bewaard worden, en verwijder de activiteit dan uit het register.',
            fr: "Vérifiez qu'aucune donnée de ce traitement n'est encore conservée, puis retirez l'activité du registre.",
            en: 'Check that no data of this processing are still kept, then remove the activity from the register.',
          },
        },
      ]
    })
  },
}
