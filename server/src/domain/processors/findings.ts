import { addMonthsClamped, type IsoDate } from '../calendar-date'
import type { Finding } from '../register/checks/finding'
import type { Labels } from '../register/localized'
import { type ClauseChecklist, missingClauses } from './art28'

/** What the processor rules read: the register's vendors and what the processors module keeps about them. */
export interface ProcessorFacts {
  vendors: readonly {
    key: string
    name: string
    role: 'processor' | 'sub_processor' | 'independent_controller' | 'joint_controller'
    dpaSigned: boolean
  }[]
  agreements: readonly {
    vendorKey: string
    title: string
    signedOn: string | null
    endsOn: string | null
    clauses: ClauseChecklist
  }[]
  transfers: readonly {
    vendorKey: string
    country: string
    mechanism: 'adequacy' | 'scc' | 'dpf' | 'bcr' | 'derogation'
    sccModule: number | null
    dpfCheckedOn: string | null
    tiaNote: string
  }[]
  profiles: readonly { vendorKey: string; nextReviewOn: string | null }[]
}

/** How long an EU-US Data Privacy Framework check stays current: the list must hold the company at transfer time. */
export const DPF_CHECK_MONTHS = 12

/** A DPF certification not checked, or last checked more than 12 months before `today`. */
export function dpfCheckStale(checkedOn: string | null, today: IsoDate): boolean {
  if (checkedOn === null) return true
  return addMonthsClamped(checkedOn as IsoDate, DPF_CHECK_MONTHS) < today
}

const isProcessor = (role: string) => role === 'processor' || role === 'sub_processor'
const q = (name: string) => ({ nl: `“${name}”`, fr: `« ${name} »`, en: `“${name}”` })

function finding(
  rule: string,
  severity: Finding['severity'],
  key: string,
  path: string,
  message: Labels,
  fix: Labels,
): Finding {
  return { rule, severity, object: { type: 'vendor', key }, path, message, fix }
}

/**
 * The processor rules on the linter page (issue 20): vendor without agreement, missing Art. 28(3) clauses, an
 * expired agreement, an SCC transfer without module or transfer impact assessment, a DPF check older than 12
 * months, a review overdue. Pure: `today` is the caller's (Brussels) date.
 */
export function checkProcessors(facts: ProcessorFacts, today: IsoDate): Finding[] {
  const findings: Finding[] = []
  for (const vendor of facts.vendors) {
    const n = q(vendor.name)
    const base = `vendors.${vendor.key}`
    const agreements = facts.agreements.filter((a) => a.vendorKey === vendor.key)
    if (isProcessor(vendor.role) && agreements.length === 0) {
      findings.push(
        finding(
          'processor.no-agreement',
          vendor.dpaSigned ? 'warning' : 'error',
          vendor.key,
          `${base}.agreements`,
          vendor.dpaSigned
            ? {
                nl: `Verwerker ${n.nl} heeft volgens het register een ondertekende overeenkomst, maar die is niet vastgelegd.`,
                fr: `Selon le registre, le sous-traitant ${n.fr} a signé un contrat, mais celui-ci n’est pas enregistré.`,
                en: `Processor ${n.en} has a signed agreement according to the register, but it is not recorded.`,
              }
            : {
                nl: `Verwerker ${n.nl} heeft geen verwerkersovereenkomst (artikel 28, lid 3).`,
                fr: `Le sous-traitant ${n.fr} n’a pas de contrat de sous-traitance (article 28, paragraphe 3).`,
                en: `Processor ${n.en} has no processing agreement (Article 28(3)).`,
              },
          {
            nl: 'Voeg de overeenkomst toe bij Verwerkers, met het document en de checklist a-h.',
            fr: 'Ajoutez le contrat sous Sous-traitants, avec le document et la liste a-h.',
            en: 'Add the agreement under Processors, with the document and the a-h checklist.',
          },
        ),
      )
    }
    const latest = [...agreements].sort((x, y) => (y.signedOn ?? '').localeCompare(x.signedOn ?? ''))[0]
    if (latest) {
      const missing = missingClauses(latest.clauses)
      if (missing.length > 0) {
        const letters = missing.join(', ')
        findings.push(
          finding(
            'processor.clauses-missing',
            'error',
            vendor.key,
            `${base}.agreements.clauses`,
            {
              nl: `De overeenkomst met ${n.nl} mist de punten ${letters} van artikel 28, lid 3.`,
              fr: `Le contrat avec ${n.fr} ne couvre pas les points ${letters} de l’article 28, paragraphe 3.`,
              en: `The agreement with ${n.en} lacks points ${letters} of Article 28(3).`,
            },
            {
              nl: 'Laat de overeenkomst aanvullen, of duid aan waar elk punt staat.',
              fr: 'Faites compléter le contrat, ou indiquez où se trouve chaque point.',
              en: 'Have the agreement completed, or record where each point is.',
            },
          ),
        )
      }
      if (latest.endsOn !== null && latest.endsOn < today) {
        findings.push(
          finding(
            'processor.agreement-ended',
            'warning',
            vendor.key,
            `${base}.agreements.endsOn`,
            {
              nl: `De overeenkomst met ${n.nl} liep af op ${latest.endsOn}.`,
              fr: `Le contrat avec ${n.fr} a pris fin le ${latest.endsOn}.`,
              en: `The agreement with ${n.en} ended on ${latest.endsOn}.`,
            },
            {
              nl: 'Voeg de verlengde overeenkomst toe, of beëindig de samenwerking.',
              fr: 'Ajoutez le contrat prolongé, ou mettez fin à la collaboration.',
              en: 'Add the renewed agreement, or end the relationship.',
            },
          ),
        )
      }
    }
    for (const t of facts.transfers.filter((x) => x.vendorKey === vendor.key)) {
      const path = `${base}.transfers.${t.country}`
      if (t.mechanism === 'dpf' && dpfCheckStale(t.dpfCheckedOn, today)) {
        findings.push(
          finding(
            'processor.dpf-check-stale',
            'warning',
            vendor.key,
            path,
            t.dpfCheckedOn === null
              ? {
                  nl: `De DPF-certificering van ${n.nl} werd nooit gecontroleerd.`,
                  fr: `La certification DPF de ${n.fr} n’a jamais été vérifiée.`,
                  en: `The DPF certification of ${n.en} was never checked.`,
                }
              : {
                  nl: `De DPF-certificering van ${n.nl} werd het laatst gecontroleerd op ${t.dpfCheckedOn}, meer dan 12 maanden geleden.`,
                  fr: `La certification DPF de ${n.fr} a été vérifiée pour la dernière fois le ${t.dpfCheckedOn}, il y a plus de 12 mois.`,
                  en: `The DPF certification of ${n.en} was last checked on ${t.dpfCheckedOn}, more than 12 months ago.`,
                },
            {
              nl: 'Controleer de lijst op dataprivacyframework.gov en noteer de datum.',
              fr: 'Vérifiez la liste sur dataprivacyframework.gov et notez la date.',
              en: 'Check the list on dataprivacyframework.gov and record the date.',
            },
          ),
        )
      }
      if (t.mechanism === 'scc' && t.sccModule === null) {
        findings.push(
          finding(
            'processor.scc-module-missing',
            'error',
            vendor.key,
            path,
            {
              nl: `De doorgifte naar ${t.country} via ${n.nl} steunt op standaardcontractbepalingen zonder module.`,
              fr: `Le transfert vers ${t.country} via ${n.fr} repose sur des clauses types sans module.`,
              en: `The transfer to ${t.country} through ${n.en} rests on standard contractual clauses without a module.`,
            },
            {
              nl: 'Kies de module van besluit 2021/914 (1 tot 4).',
              fr: 'Choisissez le module de la décision 2021/914 (1 à 4).',
              en: 'Choose the module of decision 2021/914 (1 to 4).',
            },
          ),
        )
      }
      if ((t.mechanism === 'scc' || t.mechanism === 'derogation') && t.tiaNote.trim() === '') {
        findings.push(
          finding(
            'processor.tia-missing',
            'warning',
            vendor.key,
            path,
            {
              nl: `De doorgifte naar ${t.country} via ${n.nl} heeft geen doorgiftebeoordeling (TIA).`,
              fr: `Le transfert vers ${t.country} via ${n.fr} n’a pas d’analyse d’impact du transfert (TIA).`,
              en: `The transfer to ${t.country} through ${n.en} has no transfer impact assessment.`,
            },
            {
              nl: 'Noteer de beoordeling van het recht en de praktijk van het land van bestemming.',
              fr: 'Notez l’évaluation du droit et des pratiques du pays de destination.',
              en: 'Record the assessment of the law and practice of the destination country.',
            },
          ),
        )
      }
    }
    const review = facts.profiles.find((p) => p.vendorKey === vendor.key)?.nextReviewOn ?? null
    if (review !== null && review < today) {
      findings.push(
        finding(
          'processor.review-overdue',
          'warning',
          vendor.key,
          `${base}.nextReviewOn`,
          {
            nl: `De herziening van ${n.nl} was gepland op ${review}.`,
            fr: `La revue de ${n.fr} était prévue le ${review}.`,
            en: `The review of ${n.en} was due on ${review}.`,
          },
          {
            nl: 'Herzie de verwerker en plan de volgende herziening.',
            fr: 'Revoyez le sous-traitant et planifiez la prochaine revue.',
            en: 'Review the processor and plan the next review.',
          },
        ),
      )
    }
  }
  return findings
}
