import { describe, expect, it } from 'vitest'
import { activityWith, findingsOf, sampleParts, sampleWith } from '../../../../test/support/register-checks'

const rulesAt = (doc: Parameters<typeof findingsOf>[0], rule: string) =>
  findingsOf(doc, rule).map((f) => ({ path: f.path, object: f.object }))

describe('register linter: where rules stay silent and where they look further', () => {
  it('reference.unknown: custom taxonomy entries are known; system references are checked too', () => {
    const custom = activityWith(
      { purposes: [{ purpose: 'own-purpose', legalBasis: 'contract' }] },
      { taxonomy: { purposes: [{ key: 'own-purpose', label: 'Eigen doel' }] } },
    )
    expect(findingsOf(custom, 'reference.unknown')).toEqual([])
    const { system, input } = sampleParts()
    const ghostVendor = sampleWith({ systems: [{ ...system, vendor: 'ghost' }], vendors: input.vendors })
    expect(rulesAt(ghostVendor, 'reference.unknown')).toEqual([
      { path: 'systems.0.vendor', object: { type: 'system', key: 'cloudbooks-app' } },
    ])
    const unknownPurpose = activityWith({ purposes: [{ purpose: 'ghost', legalBasis: 'contract' }] })
    const [finding] = findingsOf(unknownPurpose, 'reference.unknown')
    expect(finding?.message.en).toContain('taxonomy')
    expect(rulesAt(activityWith({ replacedBy: 'ghost' }), 'reference.unknown')).toEqual([
      { path: 'activities.0.replacedBy', object: { type: 'activity', key: 'bookkeeping' } },
    ])
  })

  it('legal basis and retention are not asked of processor activities (Art. 30(2))', () => {
    const processor = activityWith({
      role: 'processor',
      processorFor: [{ client: 'Immo Janssens BV', agreement: { signed: true } }],
      purposes: [{ purpose: 'processor_customer_service' }],
      retention: [],
      portability: true,
    })
    expect(findingsOf(processor, 'activity.legal-basis-missing')).toEqual([])
    expect(findingsOf(processor, 'activity.no-retention')).toEqual([])
    expect(findingsOf(processor, 'activity.portability-wrong-basis')).toEqual([])
    expect(findingsOf(processor, 'activity.processor-dpa-missing')).toEqual([])
  })

  it('special categories: custom flags count, a custom override can clear them, a condition satisfies', () => {
    const customSpecial = activityWith(
      { dataCategories: [{ category: 'union-dues' }] },
      { taxonomy: { dataCategories: [{ key: 'union-dues', label: 'Vakbond', flags: { special: true } }] } },
    )
    expect(findingsOf(customSpecial, 'activity.special-category-without-art9')).toHaveLength(1)
    const overridden = activityWith(
      { dataCategories: [{ category: 'health_data' }] },
      { taxonomy: { dataCategories: [{ key: 'health_data', label: 'Alleen afwezigheidsdagen' }] } },
    )
    expect(findingsOf(overridden, 'activity.special-category-without-art9')).toEqual([])
    const withCondition = activityWith({
      dataCategories: [{ category: 'health_data' }],
      art9Condition: 'employment_social_security',
    })
    expect(findingsOf(withCondition, 'activity.special-category-without-art9')).toEqual([])
  })

  it('transfers: a recorded safeguard covers the country; EEA transfers need none; each way out is found', () => {
    const { system, vendor, input } = sampleParts()
    const usHosting = { systems: [{ ...system, hostingCountry: 'US' }], vendors: input.vendors }
    const covered = activityWith(
      {
        transfers: [
          { country: 'US', recipient: 'CloudBooks Inc.', safeguard: 'standard_contractual_clauses' },
        ],
      },
      usHosting,
    )
    expect(findingsOf(covered, 'transfer.outside-eea-without-safeguard')).toEqual([])
    const noSafeguard = activityWith(
      { transfers: [{ country: 'US', recipient: 'CloudBooks Inc.' }] },
      usHosting,
    )
    expect(rulesAt(noSafeguard, 'transfer.outside-eea-without-safeguard').map((f) => f.path)).toEqual([
      'activities.0.transfers.0.safeguard',
    ])
    const inEea = activityWith({ transfers: [{ country: 'FR', recipient: 'Cabinet Dupont' }] })
    expect(findingsOf(inEea, 'transfer.outside-eea-without-safeguard')).toEqual([])

    const swissVendor = sampleWith({ vendors: [{ ...vendor, country: 'CH' }] })
    const [swiss, ...more] = findingsOf(swissVendor, 'transfer.outside-eea-without-safeguard')
    expect(more).toEqual([])
    expect(swiss?.path).toBe('activities.0.systems.0')
    expect(swiss?.message.en).toContain('CloudBooks NV')
    expect(swiss?.message.en).toContain('the recipient')
    expect(swiss?.fix.en).toContain('adequacy')

    const mailer = {
      key: 'mailer',
      name: 'Mailer Inc.',
      country: 'US',
      role: 'independent_controller',
    } as const
    const recipientAbroad = activityWith(
      {
        recipients: [
          { type: 'service_providers', vendor: 'cloudbooks' },
          { type: 'marketing_partners', vendor: 'mailer' },
        ],
      },
      { vendors: [vendor, mailer] },
    )
    const [us] = findingsOf(recipientAbroad, 'transfer.outside-eea-without-safeguard')
    expect(us?.path).toBe('activities.0.recipients.1.vendor')
    expect(us?.fix.en).toContain('standard contractual clauses')
  })

  it('vendor.processor-without-dpa: only processors the activities use', () => {
    const { vendor } = sampleParts()
    const unused = { key: 'spare', name: 'Spare BV', role: 'processor' } as const
    expect(findingsOf(sampleWith({ vendors: [vendor, unused] }), 'vendor.processor-without-dpa')).toEqual([])
    const independent = sampleWith({
      vendors: [{ ...vendor, role: 'independent_controller', dpa: { signed: false } }],
    })
    expect(findingsOf(independent, 'vendor.processor-without-dpa')).toEqual([])
    const sub = sampleWith({ vendors: [{ ...vendor, role: 'sub_processor', dpa: { signed: false } }] })
    expect(findingsOf(sub, 'vendor.processor-without-dpa')[0]?.message.nl).toContain('subverwerker')
  })

  it('DPIA screening: one criterion or a status is enough to stay silent', () => {
    expect(
      findingsOf(
        activityWith({ dpia: { criteria: ['large_scale'] } }),
        'activity.dpia-screening-without-status',
      ),
    ).toEqual([])
    const assessed = activityWith({
      dpia: { criteria: ['large_scale', 'sensitive_data'], status: 'not_required' },
    })
    expect(findingsOf(assessed, 'activity.dpia-screening-without-status')).toEqual([])
  })

  it('dates: a future end date is planned; an activity ended exactly 5 years ago stays', () => {
    expect(
      findingsOf(activityWith({ endDate: '2027-01-01' }), 'activity.end-date-without-ended-status'),
    ).toEqual([])
    const fiveYears = activityWith({ status: 'ended', endDate: '2021-06-15' })
    expect(findingsOf(fiveYears, 'activity.ended-long-ago')).toEqual([])
  })

  it('security measures may come from the systems; portability is fine on a contract', () => {
    const { system, input } = sampleParts()
    const viaSystem = activityWith(
      { measures: [] },
      { systems: [{ ...system, measures: ['mfa'] }], vendors: input.vendors },
    )
    expect(findingsOf(viaSystem, 'activity.no-security-measures')).toEqual([])
    const contract = activityWith({
      portability: true,
      purposes: [
        { purpose: 'invoicing_accounting', legalBasis: 'legal_obligation', legalObligation: { law: 'WER' } },
        { purpose: 'service_delivery', legalBasis: 'contract' },
      ],
    })
    expect(findingsOf(contract, 'activity.portability-wrong-basis')).toEqual([])
  })
})
