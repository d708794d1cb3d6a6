import type { AppContext } from '../../context'
import type { Labels, Language } from '../../domain/register/localized'
import { formatDate } from '../../domain/requests/format'
import type { Organization } from '../organizations'
import { listRuleViews } from './rules'

const T = {
  noCollection: {
    nl: 'Niet toegepast: geen collectie van een dataset gekoppeld',
    fr: 'Non appliquée : aucune collection d’un jeu de données liée',
    en: 'Not enforced: no collection of a dataset linked',
  },
  notSwept: {
    nl: 'Niet automatisch opgeruimd (geen vaste termijn of archiveren)',
    fr: 'Pas de purge automatique (pas de durée fixe ou archivage)',
    en: 'Not swept automatically (no fixed period, or archive)',
  },
  approved: {
    nl: 'Plan goedgekeurd door {by} op {at}',
    fr: 'Plan approuvé par {by} le {at}',
    en: 'Plan approved by {by} on {at}',
  },
  notApproved: {
    nl: 'Plan niet goedgekeurd: er wordt nog niets opgeruimd',
    fr: 'Plan non approuvé : rien n’est encore purgé',
    en: 'Plan not approved: nothing is swept yet',
  },
  actions: {
    delete: { nl: 'wissen', fr: 'supprimer', en: 'delete' },
    mask: { nl: 'maskeren', fr: 'masquer', en: 'mask' },
    anonymise: { nl: 'anonimiseren', fr: 'anonymiser', en: 'anonymise' },
  } as Record<string, Labels>,
  from: {
    date_field: { nl: 'vanaf {field}', fr: 'à partir de {field}', en: 'from {field}' },
    subject_event: {
      nl: 'vanaf {event} van de persoon (personenindex)',
      fr: 'à partir {event} de la personne (index des personnes)',
      en: "from the person's {event} (subject index)",
    },
    fixed_date: { nl: 'vanaf {date}', fr: 'à partir du {date}', en: 'from {date}' },
  } as Record<string, Labels>,
  events: {
    contract_end: { nl: 'het einde van het contract', fr: 'de la fin du contrat', en: 'end of contract' },
    last_contact: { nl: 'het laatste contact', fr: 'du dernier contact', en: 'last contact' },
    relationship_end: {
      nl: 'het einde van de relatie',
      fr: 'de la fin de la relation',
      en: 'end of relationship',
    },
    dispute_closed: {
      nl: 'de afsluiting van het geschil',
      fr: 'de la clôture du litige',
      en: 'dispute settled',
    },
  } as Record<string, Labels>,
  renewed: { nl: 'verlengd tot {date}', fr: 'prolongée jusqu’au {date}', en: 'renewed until {date}' },
  byConsent: {
    nl: 'opnieuw gerekend vanaf een geldige toestemming van de persoon voor "{purpose}"',
    fr: 'recalculée à partir d’un consentement valable de la personne pour « {purpose} »',
    en: 'counted again from a valid consent of the person for "{purpose}"',
  },
} as const

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')

/**
 * Per retention rule, in one language, how Custos enforces it: the collections swept, the end action, from which
 * event, and whether the plan was approved (the register export's "enforced" column).
 */
export async function retentionEnforcementTexts(
  ctx: AppContext,
  org: Organization,
  language: Language,
): Promise<ReadonlyMap<string, string>> {
  const views = await listRuleViews(ctx, org)
  const l = (labels: Labels) => labels[language]
  return new Map(
    views.map(({ rule, machine, policy, collections }) => {
      if (collections.length === 0) return [rule.key, l(T.noCollection)]
      const where = collections.map((c) => `${c.system} · ${c.collection}`).join('; ')
      if (!machine.duration || machine.action === null) return [rule.key, `${l(T.notSwept)}. ${where}`]
      const fields = [...new Set(collections.flatMap((c) => (c.dateField ? [c.dateField] : [])))].join(', ')
      const event = machine.start.kind === 'subject_event' ? T.events[machine.start.event] : undefined
      const start = fill(l(T.from[machine.start.kind] ?? (T.from.date_field as Labels)), {
        field: fields,
        event: event ? l(event) : '',
        date: machine.start.kind === 'fixed_date' && machine.start.date ? formatDate(machine.start.date) : '',
      })
      const approval = policy?.approved_at
        ? fill(l(T.approved), {
            by: policy.approved_by_label ?? '?',
            at: formatDate(new Date(policy.approved_at).toISOString().slice(0, 10)),
          })
        : l(T.notApproved)
      const renewed = machine.renewedUntil
        ? `; ${fill(l(T.renewed), { date: formatDate(String(machine.renewedUntil).slice(0, 10)) })}`
        : ''
      const byConsent = machine.consentPurpose
        ? `; ${fill(l(T.byConsent), { purpose: machine.consentPurpose })}`
        : ''
      const action = T.actions[machine.action]?.[language] ?? machine.action
      return [rule.key, `${where}: ${action}, ${start}${renewed}${byConsent}. ${approval}.`]
    }),
  )
}
