import { describe, expect, it } from 'vitest'
import { type RetentionRule, retentionRuleSchema } from '../../register/schema'
import { wordingFor } from './index'

/** Issue 12: retention "for the statutory period" and "as long as the warranty runs" - no number invented. */
const rule = (input: Record<string, unknown>): RetentionRule =>
  retentionRuleSchema.parse({ key: 'r', name: 'r', ...input })

const statutory = rule({
  openEnd: 'statutory_period',
  trigger: 'end_of_contract',
  statutoryReference: {
    nl: 'Wetboek van economisch recht, art. III.86',
    fr: 'Code de droit économique, art. III.86',
    en: 'Code of Economic Law, Art. III.86',
  },
})
const warranty = rule({ openEnd: 'until_event', trigger: 'end_of_warranty' })
const dispute = rule({ openEnd: 'until_event', trigger: 'end_of_dispute', action: 'anonymise_or_delete' })

describe('retention sentences without a duration, nl/fr/en', () => {
  it('says "for the statutory period" with the statute, counted from the trigger, and no number', () => {
    expect(wordingFor('nl').retention.line('all', statutory, false)).toBe(
      'Wij bewaren deze gegevens gedurende de wettelijke bewaartermijn na het einde van de overeenkomst (Wetboek van economisch recht, art. III.86).',
    )
    expect(wordingFor('fr').retention.line('all', statutory, false)).toBe(
      'Nous conservons ces données pendant la durée de conservation prévue par la loi à compter de la fin du contrat (Code de droit économique, art. III.86).',
    )
    expect(wordingFor('en').retention.line('all', statutory, false)).toBe(
      'We keep these data for the statutory retention period from the end of the contract (Code of Economic Law, Art. III.86).',
    )
  })

  it('names no statute when the register gives none', () => {
    const bare = rule({ openEnd: 'statutory_period', trigger: 'collection' })
    expect(wordingFor('en').retention.line('all', bare, false)).toBe(
      'We keep these data for the statutory retention period from the time we collect them.',
    )
  })

  it('says "as long as the warranty runs" and "until the dispute is settled"', () => {
    expect(wordingFor('nl').retention.line(['Facturen'], warranty, false)).toBe(
      'Facturen: wij bewaren ze zolang de garantie loopt.',
    )
    expect(wordingFor('fr').retention.line('all', warranty, false)).toBe(
      'Nous conservons ces données aussi longtemps que la garantie court.',
    )
    expect(wordingFor('en').retention.line('all', warranty, false)).toBe(
      'We keep these data for as long as the warranty runs.',
    )
    expect(wordingFor('nl').retention.line('all', dispute, false)).toBe(
      'Wij bewaren deze gegevens tot het geschil definitief beslecht is. Daarna wissen wij ze, of anonimiseren wij ze zodat ze niet meer tot u te herleiden zijn.',
    )
    expect(wordingFor('fr').retention.line('all', dispute, false)).toMatch(
      /^Nous conservons ces données jusqu'au règlement définitif du litige\./,
    )
    expect(wordingFor('en').retention.line('all', dispute, false)).toMatch(
      /^We keep these data until the dispute has been finally resolved\./,
    )
  })

  it('words a custom event with the right French article', () => {
    const works = rule({
      openEnd: 'until_event',
      trigger: 'custom',
      triggerDescription: {
        nl: 'De oplevering van de werken',
        fr: 'La réception des travaux',
        en: 'The handover of the works',
      },
    })
    expect(wordingFor('nl').retention.line('all', works, false)).toBe(
      'Wij bewaren deze gegevens tot de oplevering van de werken.',
    )
    expect(wordingFor('fr').retention.line('all', works, false)).toBe(
      "Nous conservons ces données jusqu'à la réception des travaux.",
    )
    expect(wordingFor('en').retention.line('all', works, false)).toBe(
      'We keep these data until the handover of the works.',
    )
  })

  it('the dispute paragraph adds no "and then" period for a rule without duration', () => {
    expect(wordingFor('en').retention.disputes(dispute.duration)).toBe(
      'In the event of a dispute, we may keep the data needed for it longer, until the dispute has been finally resolved.',
    )
  })
})

describe('the register refuses a retention rule that cannot be worded truthfully', () => {
  const issues = (input: Record<string, unknown>) => {
    const result = retentionRuleSchema.safeParse({ key: 'r', name: 'r', ...input })
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'))
  }
  it('needs a duration or openEnd, not both, an event to wait for, and the event when custom', () => {
    expect(issues({ trigger: 'collection' })).toEqual(['duration'])
    expect(issues({ trigger: 'collection', duration: { years: 1 }, openEnd: 'statutory_period' })).toEqual([
      'openEnd',
    ])
    expect(issues({ trigger: 'invoice_date', openEnd: 'until_event' })).toEqual(['trigger'])
    expect(issues({ trigger: 'custom', openEnd: 'until_event' })).toEqual(['triggerDescription'])
    expect(issues({ trigger: 'end_of_warranty', openEnd: 'until_event' })).toEqual([])
  })
})
