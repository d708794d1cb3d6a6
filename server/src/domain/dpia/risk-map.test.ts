import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FigureShape } from '../../lib/figure/figure'
import { type Level, RISKS, type RiskAssessment, riskMap } from './risk'
import { CELL, cellOf, MARKER_RADIUS, markerCentre, riskMapFigure } from './risk-map'

const labels = {
  title: 'Risk map',
  severity: 'Severity',
  likelihood: 'Likelihood',
  levels: ['Negligible', 'Limited', 'Significant', 'Maximum'],
} as const
const level = fc.constantFrom<Level>(1, 2, 3, 4)
const estimate = fc.record({ severity: level, likelihood: level })
const assessment = fc.record({ initial: estimate, residual: fc.option(estimate, { nil: undefined }) })
const risks = fc.record({
  illegitimate_access: assessment,
  unwanted_modification: assessment,
  disappearance: assessment,
})

const circles = (shapes: FigureShape[]): Extract<FigureShape, { kind: 'circle' }>[] =>
  shapes.flatMap((s) => (s.kind === 'circle' ? [s] : s.kind === 'group' ? circles(s.shapes) : []))

describe('risk map placement', () => {
  it('puts every marker wholly inside the cell of its severity and likelihood', () => {
    fc.assert(
      fc.property(level, level, fc.constantFrom(...RISKS), fc.boolean(), (s, l, risk, before) => {
        const c = markerCentre(risk, before ? 'initial' : 'residual', s, l)
        const cell = cellOf(s, l)
        expect(c.x - MARKER_RADIUS).toBeGreaterThanOrEqual(cell.x)
        expect(c.x + MARKER_RADIUS).toBeLessThanOrEqual(cell.x + CELL)
        expect(c.y - MARKER_RADIUS).toBeGreaterThanOrEqual(cell.y)
        expect(c.y + MARKER_RADIUS).toBeLessThanOrEqual(cell.y + CELL)
      }),
    )
  })

  it('never lets one marker cover another, whatever the three risks’ levels', () => {
    fc.assert(
      fc.property(risks, (r) => {
        const full = (a: Pick<RiskAssessment, 'initial' | 'residual'>): RiskAssessment => ({
          sources: [],
          threats: [],
          impacts: [],
          ...a,
        })
        const assessed = {
          illegitimate_access: full(r.illegitimate_access),
          unwanted_modification: full(r.unwanted_modification),
          disappearance: full(r.disappearance),
        }
        const figure = riskMapFigure(riskMap(assessed), labels)
        const markers = circles(figure.shapes)
        const withResidual = Object.values(r).filter((a) => a.residual !== undefined).length
        expect(markers).toHaveLength(3 + withResidual)
        for (const [i, a] of markers.entries())
          for (const b of markers.slice(i + 1))
            expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS)
        for (const m of markers) {
          expect(m.cx + m.r).toBeLessThanOrEqual(figure.width)
          expect(m.cy + m.r).toBeLessThanOrEqual(figure.height)
        }
      }),
    )
  })

  it('places a risk before and after the measures in the cells of its estimates', () => {
    const map = riskMap({
      illegitimate_access: {
        sources: [],
        threats: [],
        impacts: [],
        initial: { severity: 4, likelihood: 3 },
        residual: { severity: 2, likelihood: 1 },
      },
    })
    const group = riskMapFigure(map, labels).shapes.find((s) => s.kind === 'group')
    if (group?.kind !== 'group') throw new Error('no marker group')
    expect(group.data).toEqual({ risk: 'illegitimate_access' })
    const [before, after] = circles(group.shapes)
    const inCell = (c: { cx: number; cy: number } | undefined, s: Level, l: Level) => {
      const cell = cellOf(s, l)
      return !!c && c.cx > cell.x && c.cx < cell.x + CELL && c.cy > cell.y && c.cy < cell.y + CELL
    }
    expect(inCell(before, 4, 3)).toBe(true)
    expect(inCell(after, 2, 1)).toBe(true)
    expect(before?.fill).toBe('#fff')
    expect(after?.fill).toBe('#333')
  })

  it('draws no marker after the measures for a risk whose residual level was not estimated', () => {
    const map = riskMap({
      disappearance: { sources: [], threats: [], impacts: [], initial: { severity: 2, likelihood: 2 } },
    })
    expect(map[0]?.residualEstimated).toBe(false)
    const group = riskMapFigure(map, labels).shapes.find((s) => s.kind === 'group')
    if (group?.kind !== 'group') throw new Error('no marker group')
    const drawn = circles(group.shapes)
    expect(drawn).toHaveLength(1)
    expect(drawn[0]?.fill).toBe('#fff')
    expect(group.shapes.some((s) => s.kind === 'line')).toBe(false)
  })
})
