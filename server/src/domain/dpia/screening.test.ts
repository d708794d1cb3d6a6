import { describe, expect, it } from 'vitest'
import {
  creditCheckActivity,
  crmActivity,
  GRAYDON_CREDITWORTHINESS,
  parseRegister,
  sccTransferTo,
  usProcessor,
} from '../../../test/fixtures/register-blocks'
import { resolveRegister } from '../register/resolve'
import { isScreeningStale, screeningResult, suggestScreening } from './screening'

const ORG = { name: 'Callcenter Vlaanderen', languages: ['nl', 'fr', 'en'] as ('nl' | 'fr' | 'en')[] }

function suggestFor(activity: ReturnType<typeof crmActivity>) {
  const doc = parseRegister({
    organization: ORG,
    activities: [activity],
    vendors: [usProcessor('cloudcrm', 'CloudCRM Inc.')],
  })
  const parsed = doc.activities[0]
  if (!parsed) throw new Error('no activity')
  return suggestScreening(parsed, resolveRegister(doc))
}

describe('DPIA screening suggestions from the register', () => {
  it('suggests nothing for plain client management', () => {
    const s = suggestFor(
      crmActivity({ subjectCategories: ['clients'], dataCategories: [{ category: 'identification' }] }),
    )
    expect(s.criteria).toEqual([])
    expect(s.result).toBe('not_required')
  })

  it('national number and health data: sensitive data (one criterion, recommended) with the keys as reasons', () => {
    const s = suggestFor(
      crmActivity({
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'national_register_number' }, { category: 'health_data' }],
      }),
    )
    expect(s.criteria.map((c) => c.criterion)).toEqual(['sensitive_data'])
    expect(s.criteria[0]?.reasons).toEqual([
      { code: 'special_category', keys: ['health_data'] },
      { code: 'national_number', keys: ['national_register_number'] },
    ])
    expect(s.result).toBe('recommended')
  })

  it('profiling of minors on combined sources: required; transfers are a signal only', () => {
    const s = suggestFor(
      crmActivity({
        subjectCategories: ['minors', 'clients'],
        dataCategories: [{ category: 'identification' }, GRAYDON_CREDITWORTHINESS],
        automatedDecisions: { used: false, profiling: true },
        transfers: [sccTransferTo({ key: 'cloudcrm', name: 'CloudCRM Inc.' })],
      }),
    )
    expect(s.criteria.map((c) => c.criterion)).toEqual([
      'evaluation_scoring',
      'matching_combining',
      'vulnerable_subjects',
    ])
    expect(s.signals).toEqual([{ code: 'transfer_outside_eea', keys: ['US'] }])
    expect(s.result).toBe('required')
  })

  it('a credit check deciding automatically on third-party data is on the GBA list', () => {
    const doc = parseRegister({
      organization: ORG,
      activities: [
        creditCheckActivity({
          subjectCategories: ['clients'],
          dataCategories: [GRAYDON_CREDITWORTHINESS],
          automatedDecisions: { used: true, profiling: false },
        }),
      ],
    })
    const activity = doc.activities[0]
    if (!activity) throw new Error('no activity')
    const s = suggestScreening(activity, resolveRegister(doc))
    expect(s.gbaItems.map((g) => g.item)).toEqual(['third_party_data_refuse_contract'])
    expect(s.criteria.map((c) => c.criterion)).toEqual(['automated_decision_legal_effect'])
    expect(s.result).toBe('required')
  })

  it('criteria the register declares are kept, with their reason', () => {
    const s = suggestFor(
      crmActivity({
        subjectCategories: ['clients'],
        dpia: { criteria: ['large_scale', 'innovative_technology'] },
      }),
    )
    expect(s.criteria.map((c) => [c.criterion, c.reasons[0]?.code])).toEqual([
      ['large_scale', 'declared_in_register'],
      ['innovative_technology', 'declared_in_register'],
    ])
  })

  it('result and staleness rules', () => {
    expect(screeningResult([], [])).toBe('not_required')
    expect(screeningResult(['large_scale'], [])).toBe('recommended')
    expect(screeningResult(['large_scale', 'large_scale'], [])).toBe('recommended')
    expect(screeningResult(['large_scale', 'sensitive_data'], [])).toBe('required')
    expect(screeningResult([], ['implant_health_data'])).toBe('required')
    expect(isScreeningStale(3, 3)).toBe(false)
    expect(isScreeningStale(3, 4)).toBe(true)
    expect(isScreeningStale(3, undefined)).toBe(true)
  })
})
