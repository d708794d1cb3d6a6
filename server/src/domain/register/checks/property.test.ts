import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ART9_CONDITIONS, DPIA_CRITERIA, LEGAL_BASES, registerDocumentSchema } from '../schema'
import { CHECK_RULES, checkRegister } from './index'
import { compareFindings } from './order'

// Keys from a small pool, so that references sometimes resolve (catalogue or document) and sometimes do not.
const key = fc.constantFrom(
  'a',
  'b',
  'identification',
  'health_data',
  'criminal_data',
  'national_register_number',
  'clients',
  'invoicing_accounting',
  'service_providers',
)
const text = fc.oneof(
  fc.constantFrom('x', 'Naam met accent é'),
  fc.record(
    { nl: fc.constant('nl'), fr: fc.constant('fr'), en: fc.constant('en') },
    { requiredKeys: ['fr'] },
  ),
)
const date = fc.constantFrom('2010-03-01', '2020-01-01', '2024-02-29', '2026-06-15', '2030-12-31')
const country = fc.constantFrom('BE', 'FR', 'NO', 'US', 'CH', 'CN')
const few = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 })

const purpose = fc.record(
  {
    purpose: key,
    legalBasis: fc.constantFrom(...LEGAL_BASES),
    legitimateInterest: fc.record({ interest: text, balancingTest: text }, { requiredKeys: ['interest'] }),
    legalObligation: fc.record({ law: fc.constant('WER art. III.82') }),
    consentWithdrawal: text,
  },
  { requiredKeys: ['purpose'] },
)

const activity = fc.record(
  {
    key,
    name: text,
    role: fc.constantFrom('controller', 'joint_controller', 'processor'),
    jointControllers: few(fc.record({ name: fc.constant('Partner') })),
    processorFor: few(
      fc.record(
        {
          client: fc.constant('Client'),
          agreement: fc.record({ signed: fc.boolean(), date }, { requiredKeys: ['signed'] }),
        },
        { requiredKeys: ['client'] },
      ),
    ),
    purposes: few(purpose),
    art9Condition: fc.constantFrom(...ART9_CONDITIONS),
    criminalDataBasis: fc.constant('Wet'),
    nationalNumberAuthorisation: fc.constant('Wet'),
    subjectCategories: few(key),
    dataCategories: few(
      fc.record(
        {
          category: key,
          source: fc.constantFrom('subject', 'third_party', 'public_source'),
          sourceName: text,
        },
        { requiredKeys: ['category'] },
      ),
    ),
    recipients: few(fc.record({ type: key, vendor: key }, { requiredKeys: ['type'] })),
    transfers: few(
      fc.record(
        {
          country,
          recipient: fc.constant('Recipient'),
          vendor: key,
          safeguard: fc.constantFrom(
            'adequacy',
            'standard_contractual_clauses',
            'binding_corporate_rules',
            'derogation',
          ),
        },
        { requiredKeys: ['country', 'recipient'] },
      ),
    ),
    automatedDecisions: fc.record({ used: fc.boolean(), logic: text }, { requiredKeys: ['used'] }),
    systems: few(key),
    retention: few(fc.record({ rule: key, dataCategories: few(key) }, { requiredKeys: ['rule'] })),
    measures: few(key),
    portability: fc.boolean(),
    dpia: fc.record(
      { criteria: fc.subarray([...DPIA_CRITERIA]), status: fc.constantFrom('not_required', 'completed') },
      { requiredKeys: [] },
    ),
    status: fc.constantFrom('planned', 'active', 'ended'),
    startDate: date,
    endDate: date,
    replacedBy: key,
  },
  { requiredKeys: ['key', 'name'] },
)

const register = fc.record(
  {
    organization: fc.record(
      {
        name: fc.constant('Org'),
        email: fc.constant('privacy@org.be'),
        dpo: fc.record(
          { appointed: fc.boolean(), email: fc.constant('dpo@org.be') },
          { requiredKeys: ['appointed'] },
        ),
      },
      { requiredKeys: ['name'] },
    ),
    taxonomy: fc.record(
      {
        dataCategories: few(
          fc.record(
            {
              key,
              label: text,
              flags: fc.record(
                { special: fc.boolean(), criminal: fc.boolean(), nationalNumber: fc.boolean() },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: ['key', 'label'] },
          ),
        ),
        purposes: few(fc.record({ key, label: text })),
      },
      { requiredKeys: [] },
    ),
    activities: fc.array(activity, { maxLength: 4 }),
    systems: few(
      fc.record(
        { key, name: fc.constant('System'), vendor: key, hostingCountry: country, measures: few(key) },
        { requiredKeys: ['key', 'name'] },
      ),
    ),
    vendors: few(
      fc.record(
        {
          key,
          name: fc.constant('Vendor'),
          country,
          role: fc.constantFrom('processor', 'sub_processor', 'independent_controller', 'joint_controller'),
          dpa: fc.record({ signed: fc.boolean(), date }, { requiredKeys: ['signed'] }),
        },
        { requiredKeys: ['key', 'name'] },
      ),
    ),
    retentionRules: few(
      fc.record({
        key,
        name: text,
        duration: fc.record({ years: fc.integer({ min: 1, max: 10 }) }),
        trigger: fc.constant('collection'),
      }),
    ),
    measures: few(fc.record({ key, name: text, type: fc.constantFrom('technical', 'organisational') })),
  },
  { requiredKeys: ['organization'] },
)

const document = register.map((input) => registerDocumentSchema.safeParse(input))
const RULE_IDS = new Set(CHECK_RULES.map((r) => r.id))

describe('register linter on random valid registers', () => {
  it('never throws, is deterministic, leaves the document alone and returns well-formed sorted findings', () => {
    fc.assert(
      fc.property(document, date, (parsed, today) => {
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
        if (!parsed.success) return
        const before = JSON.stringify(parsed.data)
        const first = checkRegister(parsed.data, { today })
        expect(checkRegister(parsed.data, { today })).toEqual(first)
        expect(JSON.stringify(parsed.data)).toBe(before)
        expect([...first].sort(compareFindings)).toEqual(first)
        for (const finding of first) {
          expect(RULE_IDS.has(finding.rule)).toBe(true)
          expect(CHECK_RULES.find((r) => r.id === finding.rule)?.severity).toBe(finding.severity)
          for (const lang of ['nl', 'fr', 'en'] as const) {
            expect(finding.message[lang]).not.toBe('')
            expect(finding.fix[lang]).not.toBe('')
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
