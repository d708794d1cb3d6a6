import { describe, expect, it } from 'vitest'
import { priorConsultationNeeded, riskLevel, riskMap, validationRefusal } from './risk'
import { riskMapSvg } from './risk-map'

const risk = (s: 1 | 2 | 3 | 4, l: 1 | 2 | 3 | 4, rs?: 1 | 2 | 3 | 4, rl?: 1 | 2 | 3 | 4) => ({
  sources: [],
  threats: [],
  impacts: [],
  initial: { severity: s, likelihood: l },
  ...(rs && rl ? { residual: { severity: rs, likelihood: rl } } : {}),
})

describe('CNIL risk map, Art. 36 and validation', () => {
  const map = riskMap({
    illegitimate_access: risk(4, 3, 3, 2),
    unwanted_modification: risk(2, 2),
    disappearance: risk(3, 4, 3, 3),
  })

  it('places each risk before and after the measures, with its level', () => {
    expect(map.map((p) => [p.risk, p.initial.level, p.residual.level])).toEqual([
      ['illegitimate_access', 'high', 'moderate'],
      ['unwanted_modification', 'low', 'low'],
      ['disappearance', 'high', 'high'],
    ])
    expect(riskLevel({ severity: 2, likelihood: 3 })).toBe('moderate')
    expect(priorConsultationNeeded(map)).toBe(true)
    expect(priorConsultationNeeded(map.slice(0, 2))).toBe(false)
  })

  it('refuses validation without every risk, or without the DPO opinion when a DPO is designated', () => {
    expect(validationRefusal({ dpoDesignated: true, dpoOpinion: undefined, map })).toBe(
      'dpo_opinion_required',
    )
    expect(validationRefusal({ dpoDesignated: true, dpoOpinion: ' ', map })).toBe('dpo_opinion_required')
    expect(validationRefusal({ dpoDesignated: true, dpoOpinion: 'Agreed.', map })).toBeNull()
    expect(validationRefusal({ dpoDesignated: false, dpoOpinion: undefined, map })).toBeNull()
    expect(validationRefusal({ dpoDesignated: false, dpoOpinion: undefined, map: map.slice(1) })).toBe(
      'risks_incomplete',
    )
  })

  it('draws the map as an SVG with one group per risk, labels escaped', () => {
    const svg = riskMapSvg(map, {
      title: 'Risk <map>',
      severity: 'Severity',
      likelihood: 'Likelihood',
      levels: ['Negligible', 'Limited', 'Significant', 'Maximum'],
    })
    expect(svg).toMatch(/^<svg /)
    expect(svg.match(/data-risk=/g)).toHaveLength(3)
    expect(svg).toContain('Risk &lt;map&gt;')
  })
})
