import { describe, expect, it } from 'vitest'
import { contractEndCertificate } from './destruction-certificate'

/**
 * The certificate of destruction goes to the client, an outside party: rows kept under a legal hold are named as
 * such, never with the hold's reason (a police request, a dispute about a named person), which stays in the
 * staff-only run result.
 */
describe('certificate of destruction, rows kept under a legal hold', () => {
  const input = {
    processor: { name: 'Verwerker BV', enterpriseNumber: null, address: null },
    client: { name: 'Klant NV', enterpriseNumber: null, reference: 'K-1' },
    decidedOn: '2026-12-01',
    requestedBy: 'Els',
    ruleNames: new Map<string, string>(),
    issuedAt: new Date('2026-12-06T12:00:00Z'),
    outcome: {
      runId: 'run-1',
      startedAt: '2026-12-06T10:00:00Z',
      finishedAt: '2026-12-06T10:01:00Z',
      systems: [
        {
          dataset: 'rental',
          datasetName: 'Verhuur',
          system: 'rental',
          systemName: 'Verhuursysteem',
          collections: [
            {
              collection: 'customer',
              found: 3,
              deleted: 1,
              masked: 0,
              kept: [{ rows: 2, reason: 'legal_hold' as const, holdReason: 'police request re J. Peeters' }],
            },
          ],
        },
      ],
    },
  }
  it.each([
    ['nl', 'bewaard onder een juridische blokkering'],
    ['fr', 'conservés sous gel juridique'],
    ['en', 'kept under a legal hold'],
  ] as const)('in %s says the rows are kept under a legal hold, not why', (language, words) => {
    const text = JSON.stringify(contractEndCertificate(input, language))
    expect(text).toContain(words)
    expect(text).not.toContain('Peeters')
    expect(text).not.toContain('police request')
  })
})
