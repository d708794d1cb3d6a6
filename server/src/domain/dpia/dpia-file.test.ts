import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessmentContentSchema } from './assessment'
import { DPIA_FILE_FORMAT, type DpiaFileRead, readDpiaFile } from './dpia-file'

/** A file as GET .../export writes it: a validated version with every part filled. */
const file = () => ({
  format: DPIA_FILE_FORMAT,
  activityKey: 'payroll',
  version: 3,
  status: 'validated',
  content: {
    context: { overview: 'Payroll of 40 employees.', lifecycle: 'Collected at hiring, kept 5 years.' },
    principles: {
      purposes: { answer: 'Paying wages.', evaluation: 'acceptable' },
      retention: { answer: 'Five years after leaving.', evaluation: 'improvable' },
    },
    risks: {
      illegitimate_access: {
        sources: ['an employee'],
        threats: ['copy of the payslips'],
        impacts: ['salary known to colleagues'],
        initial: { severity: 3, likelihood: 2 },
        residual: { severity: 3, likelihood: 1 },
      },
    },
    plannedMeasures: [
      {
        key: 'm1',
        title: 'Encrypt the payslip folder',
        risks: ['illegitimate_access'],
        priority: 'high',
        due: '2027-01-31',
      },
    ],
    existingMeasuresText: '',
    dpoOpinion: 'Favourable.',
    peopleViews: 'The works council was heard on 3 March.',
  },
})

function noThrow(value: unknown): DpiaFileRead {
  let r: DpiaFileRead | undefined
  expect(() => {
    r = readDpiaFile(value)
  }).not.toThrow()
  const read = r as DpiaFileRead
  if (!read.ok) {
    expect(read.issues.length).toBeGreaterThan(0)
    for (const i of read.issues) expect(i.path).toMatch(/^body(\.|$)/)
  } else expect(assessmentContentSchema.safeParse(read.value.content).success).toBe(true)
  return read
}

describe('Custos DPIA file (custos.dpia/v1)', () => {
  it('reads an export: the content, where it came from, the planned measures without their keys', () => {
    const r = readDpiaFile(file())
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(r.value).toMatchObject({ activityKey: 'payroll', version: 3, status: 'validated' })
    expect(r.value.content.dpoOpinion).toBe('Favourable.')
    expect(r.value.content.plannedMeasures).toEqual([
      {
        title: 'Encrypt the payslip folder',
        risks: ['illegitimate_access'],
        priority: 'high',
        due: '2027-01-31',
      },
    ])
  })

  it('refuses another file at body.format, and points a CNIL PIA file to its own import', () => {
    expect(readDpiaFile({ format: 'cnil-pia', content: {} })).toMatchObject({
      ok: false,
      issues: [{ path: 'body.format', code: 'invalid', params: { format: 'cnil-pia' } }],
    })
    const cnil = readDpiaFile({ pia: { name: 'x' }, answers: [] })
    expect(cnil.ok).toBe(false)
    if (!cnil.ok) expect(cnil.issues[0]?.message).toContain('import/cnil-pia')
    expect(readDpiaFile([file()])).toMatchObject({ ok: false, issues: [{ path: 'body' }] })
  })

  it('names the path of a wrong value, and refuses fields it does not know', () => {
    const f = file()
    const wrong = {
      ...f,
      content: { ...f.content, risks: { disappearance: { initial: { severity: 7, likelihood: 1 } } } },
    }
    const r = readDpiaFile(wrong)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.issues.map((i) => i.path)).toEqual(['body.content.risks.disappearance.initial.severity'])
    const extra = readDpiaFile({ ...f, signedBy: 'the DPO' })
    expect(extra.ok).toBe(false)
    if (!extra.ok) expect(extra.issues[0]).toMatchObject({ path: 'body', code: 'unrecognized_keys' })
  })

  it('any JSON value: the content or field issues under body, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        noThrow(value)
        noThrow({ format: DPIA_FILE_FORMAT, activityKey: 'a', version: 1, status: 'draft', content: value })
      }),
      { numRuns: 400 },
    )
  })

  it('a truncated file: not JSON (the HTTP edge answers invalid_json) or read without an exception', () => {
    const text = JSON.stringify(file())
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (end) => {
        let parsed: unknown
        try {
          parsed = JSON.parse(text.slice(0, end))
        } catch {
          return
        }
        noThrow(parsed)
      }),
    )
  })

  it('one field given a random value: refused at (or inside) that path, or read', () => {
    const paths: (string | number)[][] = []
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path)
      if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i])
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
    }
    walk(file(), [])
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const f = file() as unknown as Record<string | number, unknown>
        let at = f
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
        at[path.at(-1) as string | number] = value
        const r = noThrow(f)
        const changed = ['body', ...path].join('.')
        if (!r.ok)
          for (const i of r.issues)
            expect(changed.startsWith(i.path) || i.path.startsWith(changed), `${i.path} vs ${changed}`).toBe(
              true,
            )
      }),
      { numRuns: 500 },
    )
  })
})
