import { describe, expect, it } from 'vitest'
import type { IsoDate } from '../calendar-date'
import { CLAUSE_LETTERS, missingClauses } from './art28'
import { checkProcessors, dpfCheckStale, type ProcessorFacts } from './findings'

const today = '2026-12-06' as IsoDate
const allClauses = Object.fromEntries(
  CLAUSE_LETTERS.map((l) => [l, { present: true, location: `art. ${l}` }]),
)
const vendor = (
  key: string,
  role: ProcessorFacts['vendors'][number]['role'] = 'processor',
  dpaSigned = false,
) => ({
  key,
  name: key.toUpperCase(),
  role,
  dpaSigned,
})
const empty: ProcessorFacts = { vendors: [], agreements: [], transfers: [], profiles: [] }
const rules = (facts: Partial<ProcessorFacts>) =>
  checkProcessors({ ...empty, ...facts }, today).map((f) => f.rule)

describe('processor rules', () => {
  it('a processor without agreement is an error, a warning when the register says it is signed', () => {
    const findings = checkProcessors(
      { ...empty, vendors: [vendor('a'), vendor('b', 'processor', true)] },
      today,
    )
    expect(findings.map((f) => [f.rule, f.object.key, f.severity])).toEqual([
      ['processor.no-agreement', 'a', 'error'],
      ['processor.no-agreement', 'b', 'warning'],
    ])
    expect(rules({ vendors: [vendor('c', 'independent_controller')] })).toEqual([])
  })

  it('names the Art. 28(3) points the latest agreement lacks', () => {
    const { h: _h, c: _c, ...partial } = allClauses
    expect(missingClauses(partial)).toEqual(['c', 'h'])
    const findings = checkProcessors(
      {
        ...empty,
        vendors: [vendor('a')],
        agreements: [
          { vendorKey: 'a', title: 'old', signedOn: '2020-01-01', endsOn: null, clauses: allClauses },
          { vendorKey: 'a', title: 'new', signedOn: '2025-01-01', endsOn: null, clauses: partial },
        ],
      },
      today,
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.rule).toBe('processor.clauses-missing')
    expect(findings[0]?.message.en).toContain('c, h')
    expect(findings[0]?.message.fr).toContain('c, h')
  })

  it('a DPF check is stale when missing or older than 12 months', () => {
    expect(dpfCheckStale(null, today)).toBe(true)
    expect(dpfCheckStale('2025-12-06', today)).toBe(false)
    expect(dpfCheckStale('2025-12-05', today)).toBe(true)
    const transfer = {
      vendorKey: 'a',
      country: 'US',
      mechanism: 'dpf' as const,
      sccModule: null,
      tiaNote: '',
    }
    const agreement = {
      vendorKey: 'a',
      title: 'dpa',
      signedOn: '2025-01-01',
      endsOn: null,
      clauses: allClauses,
    }
    const base = { vendors: [vendor('a')], agreements: [agreement] }
    expect(rules({ ...base, transfers: [{ ...transfer, dpfCheckedOn: '2025-06-01' }] })).toEqual([
      'processor.dpf-check-stale',
    ])
    expect(rules({ ...base, transfers: [{ ...transfer, dpfCheckedOn: '2026-06-01' }] })).toEqual([])
  })

  it('SCC without module or TIA, an ended agreement, and an overdue review', () => {
    const agreement = {
      vendorKey: 'a',
      title: 'dpa',
      signedOn: '2020-01-01',
      endsOn: '2026-01-01',
      clauses: allClauses,
    }
    expect(
      rules({
        vendors: [vendor('a')],
        agreements: [agreement],
        transfers: [
          {
            vendorKey: 'a',
            country: 'IN',
            mechanism: 'scc',
            sccModule: null,
            dpfCheckedOn: null,
            tiaNote: ' ',
          },
        ],
        profiles: [{ vendorKey: 'a', nextReviewOn: '2026-12-05' }],
      }),
    ).toEqual([
      'processor.agreement-ended',
      'processor.scc-module-missing',
      'processor.tia-missing',
      'processor.review-overdue',
    ])
    expect(
      rules({
        vendors: [vendor('a')],
        agreements: [{ ...agreement, endsOn: null }],
        profiles: [{ vendorKey: 'a', nextReviewOn: today }],
      }),
    ).toEqual([])
  })
})
