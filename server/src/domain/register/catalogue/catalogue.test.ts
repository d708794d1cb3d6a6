import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Labels } from '../localized'
import {
  ART9_CONDITIONS,
  activitySchema,
  DPIA_CRITERIA,
  LEGAL_BASES,
  measureSchema,
  RETENTION_TRIGGERS,
  registerKey,
  retentionRuleSchema,
  systemSchema,
  taxonomySection,
  vendorSchema,
} from '../schema'
import {
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  ART9_CATEGORY_KEYS,
  ART9_CONDITION_LABELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_BY_KEY,
  DATA_REQUIREMENT_LABELS,
  DATA_SOURCE_LABELS,
  DPIA_CRITERION_LABELS,
  DPIA_STATUS_LABELS,
  LEGAL_BASIS_LABELS,
  type LegalLabel,
  PURPOSE_BY_KEY,
  PURPOSES,
  RECIPIENT_TYPE_BY_KEY,
  RECIPIENT_TYPES,
  RETENTION_ACTION_LABELS,
  RETENTION_PERIOD_BY_KEY,
  RETENTION_PERIODS,
  RETENTION_TRIGGER_LABELS,
  SECURITY_MEASURE_BY_KEY,
  SECURITY_MEASURES,
  SUBJECT_CATEGORIES,
  SUBJECT_CATEGORY_BY_KEY,
  SYSTEM_TYPE_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  toMeasure,
  toRetentionRule,
  toTaxonomyDataCategory,
  toTaxonomyEntry,
  VENDOR_ROLE_LABELS,
} from './index'

const CATALOGUES = {
  dataCategories: DATA_CATEGORIES,
  subjectCategories: SUBJECT_CATEGORIES,
  purposes: PURPOSES,
  recipientTypes: RECIPIENT_TYPES,
  retentionPeriods: RETENTION_PERIODS,
  securityMeasures: SECURITY_MEASURES,
} as const

const MAPS = {
  dataCategories: DATA_CATEGORY_BY_KEY,
  subjectCategories: SUBJECT_CATEGORY_BY_KEY,
  purposes: PURPOSE_BY_KEY,
  recipientTypes: RECIPIENT_TYPE_BY_KEY,
  retentionPeriods: RETENTION_PERIOD_BY_KEY,
  securityMeasures: SECURITY_MEASURE_BY_KEY,
} as const

const LEGAL_LABELS: Record<string, Readonly<Record<string, LegalLabel>>> = {
  LEGAL_BASIS_LABELS,
  ART9_CONDITION_LABELS,
  DPIA_CRITERION_LABELS,
  RETENTION_TRIGGER_LABELS,
  RETENTION_ACTION_LABELS,
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  DATA_SOURCE_LABELS,
  DATA_REQUIREMENT_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  SYSTEM_TYPE_LABELS,
  VENDOR_ROLE_LABELS,
  DPIA_STATUS_LABELS,
}

/** Wording that is legitimately the same in Dutch, French and English (acronyms, proper nouns). */
const SAME_IN_ALL_LANGUAGES = new Set<string>([])

/** Every text of the catalogues, with where it comes from. */
function allTexts(): { where: string; labels: Labels }[] {
  const texts: { where: string; labels: Labels }[] = []
  for (const [name, entries] of Object.entries(CATALOGUES)) {
    for (const entry of entries) {
      const base = `${name}.${entry.key}`
      if ('labels' in entry) texts.push({ where: `${base}.labels`, labels: entry.labels })
      if ('name' in entry) texts.push({ where: `${base}.name`, labels: entry.name })
      if ('triggerDescription' in entry && entry.triggerDescription !== undefined) {
        texts.push({ where: `${base}.triggerDescription`, labels: entry.triggerDescription })
      }
      if (entry.descriptions !== undefined)
        texts.push({ where: `${base}.descriptions`, labels: entry.descriptions })
    }
  }
  for (const [name, record] of Object.entries(LEGAL_LABELS)) {
    for (const [value, { label, help }] of Object.entries(record)) {
      texts.push({ where: `${name}.${value}.label`, labels: label })
      if (help !== undefined) texts.push({ where: `${name}.${value}.help`, labels: help })
    }
  }
  return texts
}

describe('built-in catalogues: keys', () => {
  for (const [name, entries] of Object.entries(CATALOGUES)) {
    it(`${name}: keys are unique and valid register keys`, () => {
      const keys = entries.map((e) => e.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const key of keys) expect(registerKey.safeParse(key).success, key).toBe(true)
    })

    it(`${name}: the lookup map holds every entry by its key`, () => {
      const map: ReadonlyMap<string, unknown> = MAPS[name as keyof typeof MAPS]
      expect(map.size).toBe(entries.length)
      for (const entry of entries) expect(map.get(entry.key)).toBe(entry)
    })
  }
})

describe('built-in catalogues: wording in nl, fr and en', () => {
  const texts = allTexts()

  it('every label, name and description is a non-empty, trimmed text in each language', () => {
    for (const { where, labels } of texts) {
      expect(Object.keys(labels).sort(), where).toEqual([...LANGUAGES].sort())
      for (const language of LANGUAGES) {
        const text = labels[language]
        expect(text.trim().length, `${where}.${language}`).toBeGreaterThan(0)
        expect(text, `${where}.${language}`).toBe(text.trim())
        expect(text, `${where}.${language}`).not.toMatch(/\s{2}|’/)
      }
    }
  })

  it('is translated: no text is identical in all three languages unless allow-listed', () => {
    const untranslated = texts
      .filter(({ labels }) => labels.nl === labels.fr && labels.fr === labels.en)
      .filter(({ labels }) => !SAME_IN_ALL_LANGUAGES.has(labels.en))
      .map(({ where }) => where)
    expect(untranslated).toEqual([])
  })

  it('descriptions and help are sentences; labels are not', () => {
    for (const { where, labels } of texts) {
      const sentence = /\.(descriptions|help)$/.test(where)
      for (const language of LANGUAGES) {
        expect(labels[language].endsWith('.'), `${where}.${language}`).toBe(sentence)
      }
    }
  })

  it('every catalogue entry other than the legal labels has descriptions', () => {
    for (const [name, entries] of Object.entries(CATALOGUES)) {
      for (const entry of entries) expect(entry.descriptions, `${name}.${entry.key}`).toBeDefined()
    }
  })
})

describe('data categories', () => {
  it('Art. 9(1) GDPR: the special flag is set on exactly the nine special categories', () => {
    const special = DATA_CATEGORIES.filter((c) => c.flags.special).map((c) => c.key)
    expect([...special].sort()).toEqual([...ART9_CATEGORY_KEYS].sort())
    expect(ART9_CATEGORY_KEYS).toHaveLength(9)
  })

  it('Art. 10 GDPR: only the criminal convictions and offences category is flagged criminal', () => {
    expect(DATA_CATEGORIES.filter((c) => c.flags.criminal).map((c) => c.key)).toEqual(['criminal_data'])
  })

  it('Law of 8 August 1983: the national register number is flagged, and so is an identity document copy', () => {
    expect(DATA_CATEGORY_BY_KEY.get('national_register_number')?.flags.nationalNumber).toBe(true)
    expect(DATA_CATEGORY_BY_KEY.get('identity_document')?.flags.nationalNumber).toBe(true)
  })

  it('financial data (bank, invoices, creditworthiness, debts) is flagged financial', () => {
    for (const key of ['bank_details', 'invoices_payments', 'creditworthiness', 'debt_collection']) {
      expect(DATA_CATEGORY_BY_KEY.get(key)?.flags.financial, key).toBe(true)
    }
  })

  it('a special or criminal category is never also an ordinary financial one', () => {
    for (const c of DATA_CATEGORIES) {
      if (c.flags.special || c.flags.criminal) expect(c.flags.financial, c.key).toBe(false)
    }
  })
})

describe('purposes', () => {
  it('processor purposes suggest no legal basis: the controller chooses it (Art. 28)', () => {
    const processor = PURPOSES.filter((p) => p.processor)
    expect(processor.map((p) => p.key)).toEqual([
      'processor_customer_service',
      'processor_invoice_collection',
      'processor_telemarketing',
    ])
    for (const p of processor) expect(p.typicalLegalBasis, p.key).toBeUndefined()
  })
})

describe('retention periods', () => {
  it('every entry, as a register rule, parses with retentionRuleSchema unchanged', () => {
    for (const entry of RETENTION_PERIODS) {
      const rule = toRetentionRule(entry)
      expect(retentionRuleSchema.parse(rule), entry.key).toEqual(rule)
      expect(rule.fromCatalogue).toBe(entry.key)
    }
  })

  it('a custom trigger has a trigger description, and only a custom trigger has one', () => {
    for (const entry of RETENTION_PERIODS) {
      expect(entry.triggerDescription !== undefined, entry.key).toBe(entry.trigger === 'custom')
    }
  })

  it('without a statute, the description says so and states the criterion', () => {
    for (const entry of RETENTION_PERIODS.filter((e) => e.statutoryReference === undefined)) {
      expect(entry.descriptions.nl, entry.key).toMatch(/^Geen wettelijke termijn: /)
      expect(entry.descriptions.fr, entry.key).toMatch(/^Pas de délai légal : /)
      expect(entry.descriptions.en, entry.key).toMatch(/^No statutory period: /)
    }
  })

  it('names every statute in nl, fr and en by its own name, never a bilingual abbreviation like "Wet/Loi"', () => {
    for (const entry of RETENTION_PERIODS.filter((e) => e.statutoryReference !== undefined)) {
      const names = entry.statutoryReference ?? { nl: '', fr: '', en: '' }
      for (const language of ['nl', 'fr', 'en'] as const) {
        expect(names[language], `${entry.key} ${language}`).toMatch(/\w{4}/)
        expect(names[language], `${entry.key} ${language}`).not.toMatch(/\w\/\w|\b(WER|CDE|WIB|CIR|KB|BW)\b/)
      }
      expect(toRetentionRule(entry).statutoryReference).toEqual(names)
    }
  })

  it('Belgian statutory periods: accounting 7 y (WER III.88), tax 10 y (WIB 92 art. 315), AML 10 y (art. 60)', () => {
    const get = (key: string) => RETENTION_PERIOD_BY_KEY.get(key)
    expect(get('accounting_records')).toMatchObject({
      duration: { years: 7 },
      statutoryReference: { nl: expect.stringMatching(/III\.88/), fr: expect.stringMatching(/III\.88/) },
    })
    expect(get('tax_records')).toMatchObject({
      duration: { years: 10 },
      statutoryReference: { en: 'Income Tax Code 1992, Art. 315' },
    })
    expect(get('aml_identification')).toMatchObject({
      duration: { years: 10 },
      trigger: 'end_of_relationship',
    })
    expect(get('social_documents')).toMatchObject({ duration: { years: 5 } })
    expect(get('contractual_claims')).toMatchObject({ duration: { years: 10 }, trigger: 'end_of_contract' })
    expect(get('tort_claims')).toMatchObject({ duration: { years: 5 } })
    expect(get('camera_images')).toMatchObject({ duration: { months: 1 }, trigger: 'collection' })
  })
})

describe('conversion to register entries', () => {
  it('subject categories, purposes, recipient types and data categories parse as a taxonomy section', () => {
    const taxonomy = {
      dataCategories: DATA_CATEGORIES.map(toTaxonomyDataCategory),
      subjectCategories: SUBJECT_CATEGORIES.map(toTaxonomyEntry),
      purposes: PURPOSES.map(toTaxonomyEntry),
      recipientTypes: RECIPIENT_TYPES.map(toTaxonomyEntry),
    }
    expect(taxonomySection.parse(taxonomy)).toEqual(taxonomy)
  })

  it('security measures parse with measureSchema', () => {
    for (const entry of SECURITY_MEASURES) {
      const measure = toMeasure(entry)
      expect(measureSchema.parse(measure), entry.key).toEqual(measure)
    }
    expect(new Set(SECURITY_MEASURES.map((m) => m.type))).toEqual(new Set(['technical', 'organisational']))
  })
})

describe('legal labels cover exactly the values of the register schema', () => {
  const activity = activitySchema.shape
  const cases: [string, Readonly<Record<string, LegalLabel>>, readonly string[]][] = [
    ['legal bases, Art. 6(1)', LEGAL_BASIS_LABELS, LEGAL_BASES],
    ['Art. 9(2) conditions', ART9_CONDITION_LABELS, ART9_CONDITIONS],
    ['WP248 DPIA criteria', DPIA_CRITERION_LABELS, DPIA_CRITERIA],
    ['retention triggers', RETENTION_TRIGGER_LABELS, RETENTION_TRIGGERS],
    ['retention actions', RETENTION_ACTION_LABELS, retentionRuleSchema.shape.action.unwrap().options],
    ['activity roles', ACTIVITY_ROLE_LABELS, activity.role.unwrap().options],
    ['activity status', ACTIVITY_STATUS_LABELS, activity.status.unwrap().options],
    [
      'data sources',
      DATA_SOURCE_LABELS,
      activity.dataCategories.unwrap().element.shape.source.unwrap().options,
    ],
    [
      'data requirements',
      DATA_REQUIREMENT_LABELS,
      activity.dataCategories.unwrap().element.shape.requirement.unwrap().options,
    ],
    [
      'transfer safeguards',
      TRANSFER_SAFEGUARD_LABELS,
      activity.transfers.unwrap().element.shape.safeguard.unwrap().options,
    ],
    ['system types', SYSTEM_TYPE_LABELS, systemSchema.shape.type.unwrap().options],
    ['vendor roles', VENDOR_ROLE_LABELS, vendorSchema.shape.role.unwrap().options],
    ['DPIA status', DPIA_STATUS_LABELS, activity.dpia.unwrap().shape.status.unwrap().options],
  ]
  for (const [name, labels, values] of cases) {
    it(name, () => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort())
    })
  }

  it('legal-basis and Art. 9(2) labels cite the article in each language', () => {
    LEGAL_BASES.forEach((basis, i) => {
      const letter = String.fromCharCode(97 + i)
      const { label } = LEGAL_BASIS_LABELS[basis]
      expect(label.nl, basis).toContain(`(art. 6.1.${letter} AVG)`)
      expect(label.fr, basis).toContain(`(art. 6.1.${letter} RGPD)`)
      expect(label.en, basis).toContain(`(Art. 6(1)(${letter}) GDPR)`)
    })
    ART9_CONDITIONS.forEach((condition, i) => {
      const letter = String.fromCharCode(97 + i)
      const { label } = ART9_CONDITION_LABELS[condition]
      expect(label.nl, condition).toContain(`(art. 9.2.${letter} AVG)`)
      expect(label.fr, condition).toContain(`(art. 9.2.${letter} RGPD)`)
      expect(label.en, condition).toContain(`(Art. 9(2)(${letter}) GDPR)`)
    })
  })
})
