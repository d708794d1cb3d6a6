import { formatInstant } from '../../../domain/breaches'
import { toBrusselsDate } from '../../../domain/brussels-time'
import type { LocalizedTitle } from '../../action-plan'
import { type PendingBreachClock, pendingBreachClocks } from '../../breaches'
import type { CauseSource } from './source'

/** A breach clock asking for something: the GBA notification within 72 hours, its complement, a processor's notice. */
export const BREACH_CLOCK_SOURCE = 'breaches.clock'

function titleOf(p: PendingBreachClock): LocalizedTitle {
  const at = formatInstant(p.clock.dueAt)
  const ref = p.reference
  if (p.clock.state === 'late')
    return {
      nl: `Datalek ${ref}: de melding was laat - vermeld de redenen voor de vertraging (art. 33.1 AVG)`,
      fr: `Violation ${ref} : la notification était tardive - indiquez les motifs du retard (art. 33.1 RGPD)`,
      en: `Breach ${ref}: the notification was late - record the reasons for the delay (Art. 33(1) GDPR)`,
    }
  const overdue = p.clock.state === 'overdue'
  switch (p.clock.name) {
    case 'part1':
      return overdue
        ? {
            nl: `Datalek ${ref}: melding aan de GBA te laat (uiterlijk ${at}) - meld nu, met de redenen voor de vertraging`,
            fr: `Violation ${ref} : notification à l’APD en retard (au plus tard le ${at}) - notifiez maintenant, avec les motifs du retard`,
            en: `Breach ${ref}: notification to the GBA overdue (due ${at}) - notify now, with the reasons for the delay`,
          }
        : {
            nl: `Datalek ${ref}: melden aan de GBA binnen 72 uur, uiterlijk ${at}`,
            fr: `Violation ${ref} : notifier l’APD dans les 72 heures, au plus tard le ${at}`,
            en: `Breach ${ref}: notify the GBA within 72 hours, by ${at}`,
          }
    case 'part2':
      return overdue
        ? {
            nl: `Datalek ${ref}: de aanvulling (deel 2) aan de GBA is te laat (uiterlijk ${at})`,
            fr: `Violation ${ref} : le complément (partie 2) à l’APD est en retard (au plus tard le ${at})`,
            en: `Breach ${ref}: the complement (part 2) to the GBA is overdue (due ${at})`,
          }
        : {
            nl: `Datalek ${ref}: de aanvulling (deel 2) aan de GBA indienen, uiterlijk ${at}`,
            fr: `Violation ${ref} : déposer le complément (partie 2) auprès de l’APD, au plus tard le ${at}`,
            en: `Breach ${ref}: file the complement (part 2) with the GBA by ${at}`,
          }
    default:
      return overdue
        ? {
            nl: `Datalek ${ref}: de verwerkingsverantwoordelijken zijn nog niet ingelicht (uiterlijk ${at})`,
            fr: `Violation ${ref} : les responsables du traitement ne sont pas encore informés (au plus tard le ${at})`,
            en: `Breach ${ref}: the controllers are not yet informed (due ${at})`,
          }
        : {
            nl: `Datalek ${ref}: de verwerkingsverantwoordelijken inlichten, uiterlijk ${at}`,
            fr: `Violation ${ref} : informer les responsables du traitement, au plus tard le ${at}`,
            en: `Breach ${ref}: inform the controllers by ${at}`,
          }
  }
}

export const breachClocks: CauseSource = {
  source: BREACH_CLOCK_SOURCE,
  async list(ctx, org, now) {
    return (await pendingBreachClocks(ctx, org.id, now)).map((p) => ({
      sourceKey: `${p.breachId}:${p.clock.name}`,
      title: titleOf(p),
      description: p.title,
      link: `/orgs/${org.slug}/breaches/${p.breachId}`,
      priority: 'critical' as const,
      due: toBrusselsDate(p.clock.dueAt),
    }))
  },
}
