import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AVAILABILITY_LOSS,
  CONFIDENTIALITY_LOSS,
  DATA_KINDS,
  type EnisaInput,
  enisaScore,
  IDENTIFICATION_LEVELS,
  INTEGRITY_LOSS,
  severityLevel,
} from './enisa'

const none = { confidentiality: 'none', integrity: 'none', availability: 'none', malicious: false } as const

describe('ENISA severity: SE = DPC x EI + CB (worked examples written from the 2013 method)', () => {
  it('a supermarket’s customer list (names, phone numbers) e-mailed to one wrong, known recipient: low', () => {
    // Simple data: DPC 1, no contextual factor. Names with phone numbers identify: EI maximum 1.
    // Disclosed to a known recipient: CB +0.5. No malice. SE = 1 x 1 + 0.5 = 1.5.
    const se = enisaScore({
      ...none,
      dataKind: 'simple',
      dpcAdjustment: 0,
      identification: 'maximum',
      confidentiality: 'known_recipients',
    })
    expect(se).toEqual({ dpcBase: 1, dpc: 1, ei: 1, cb: 0.5, score: 1.5, level: 'low' })
  })

  it('a stolen, unencrypted laptop with sick-leave certificates: very high', () => {
    // Health data: DPC 4. Named files: EI 1. Unknown recipients +0.5, theft is malicious +0.5. SE = 4 + 1 = 5.
    const se = enisaScore({
      ...none,
      dataKind: 'sensitive',
      dpcAdjustment: 0,
      identification: 'maximum',
      confidentiality: 'unknown_recipients',
      malicious: true,
    })
    expect(se.score).toBe(5)
    expect(se.level).toBe('very_high')
  })

  it('ransomware encrypts a customer database with payment data, restored from backup in two days: high', () => {
    // Financial data: DPC 3. Customer numbers need a look-up: EI significant 0.75 -> 2.25.
    // Temporary loss of availability +0.25, malicious +0.5: SE = 3.
    const se = enisaScore({
      ...none,
      dataKind: 'financial',
      dpcAdjustment: 0,
      identification: 'significant',
      availability: 'temporary',
      malicious: true,
    })
    expect(se.score).toBe(3)
    expect(se.level).toBe('high')
  })

  it('an online pharmacy’s customer list (names, addresses): the context raises simple data to 3', () => {
    // Simple data, +2 because being a customer suggests a health condition: DPC 3. EI 1; published by an attacker:
    // unknown recipients +0.5, malicious +0.5. SE = 3 + 1 = 4: very high.
    const se = enisaScore({
      ...none,
      dataKind: 'simple',
      dpcAdjustment: 2,
      identification: 'maximum',
      confidentiality: 'unknown_recipients',
      malicious: true,
    })
    expect(se).toMatchObject({ dpc: 3, score: 4, level: 'very_high' })
  })

  it('pseudonymised browsing data exposed on a misconfigured share without evidence of access: low', () => {
    // Behavioural data: DPC 2. Pseudonymous: EI limited 0.5 -> 1. Exposed +0.25. SE = 1.25.
    const se = enisaScore({
      ...none,
      dataKind: 'behavioural',
      dpcAdjustment: 0,
      identification: 'limited',
      confidentiality: 'exposed',
    })
    expect(se).toMatchObject({ score: 1.25, level: 'low' })
  })

  it('keeps the DPC within 1-4 and the levels at their boundaries', () => {
    expect(
      enisaScore({ ...none, dataKind: 'sensitive', dpcAdjustment: 3, identification: 'maximum' }).dpc,
    ).toBe(4)
    expect(
      enisaScore({ ...none, dataKind: 'simple', dpcAdjustment: -3, identification: 'maximum' }).dpc,
    ).toBe(1)
    expect([1.99, 2, 2.99, 3, 3.99, 4].map(severityLevel)).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very_high',
    ])
  })

  const input = fc.record<EnisaInput>({
    dataKind: fc.constantFrom(...DATA_KINDS),
    dpcAdjustment: fc.integer({ min: -12, max: 12 }).map((q) => q / 4),
    identification: fc.constantFrom(...IDENTIFICATION_LEVELS),
    confidentiality: fc.constantFrom(...CONFIDENTIALITY_LOSS),
    integrity: fc.constantFrom(...INTEGRITY_LOSS),
    availability: fc.constantFrom(...AVAILABILITY_LOSS),
    malicious: fc.boolean(),
  })

  it('property: the score is DPC x EI + CB, within 0.25-6, and its level follows the thresholds', () => {
    fc.assert(
      fc.property(input, (i) => {
        const se = enisaScore(i)
        expect(se.dpc).toBeGreaterThanOrEqual(1)
        expect(se.dpc).toBeLessThanOrEqual(4)
        expect(se.cb).toBeLessThanOrEqual(2)
        expect(se.score).toBeCloseTo(se.dpc * se.ei + se.cb, 10)
        expect(se.score).toBeGreaterThanOrEqual(0.25)
        expect(se.score).toBeLessThanOrEqual(6)
        expect(se.level).toBe(severityLevel(se.score))
      }),
    )
  })

  it('property: malice, a worse loss or easier identification never lowers the severity', () => {
    fc.assert(
      fc.property(input, (i) => {
        const base = enisaScore(i).score
        expect(enisaScore({ ...i, malicious: true }).score).toBeGreaterThanOrEqual(base)
        expect(enisaScore({ ...i, identification: 'maximum' }).score).toBeGreaterThanOrEqual(base)
        expect(enisaScore({ ...i, availability: 'permanent' }).score).toBeGreaterThanOrEqual(base)
        expect(enisaScore({ ...i, confidentiality: 'unknown_recipients' }).score).toBeGreaterThanOrEqual(base)
      }),
    )
  })
})
