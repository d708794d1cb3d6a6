import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import {
  datasetLineOf,
  MAX_DATASET_BYTES,
  type ParsedDataset,
  parseDatasetText,
  validateDataset,
} from './parse'

const VALID = `format: custos-dataset/1
key: webshop
system: webshop_db
name: Webshop
connector: postgres
collections:
  - name: customers
    primaryKey: [id]
    fields:
      - name: id
      - name: email
        category: contact_details
        identity: email
        erasure: { strategy: hash, maxLength: 32 }
  - name: orders
    primaryKey: [id]
    hold: { rule: accounting_records, dateField: created_on }
    fields:
      - name: id
      - name: customer_id
        references: { collection: customers, field: id }
      - name: created_on
`

function problemsOf(result: ParsedDataset) {
  if (result.ok) throw new Error('expected problems')
  return result.problems
}

describe('parseDatasetText', () => {
  it('reads a valid YAML file and fills the defaults', () => {
    const result = parseDatasetText(VALID)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [customers, orders] = result.document.collections
    expect(customers?.erasure).toBe('mask')
    expect(customers?.after).toEqual([])
    expect(customers?.fields[1]).toMatchObject({ provided: false, rectifiable: true })
    expect(orders?.fields[1]?.references?.direction).toBe('from')
  })

  it('reads the same dataset written as JSON', () => {
    const yamlResult = parseDatasetText(VALID)
    if (!yamlResult.ok) throw new Error('valid')
    const json = JSON.stringify(yamlResult.document)
    expect(parseDatasetText(json)).toEqual(yamlResult)
  })

  it('names the path and line of each problem', () => {
    const text = VALID.replace('strategy: hash, maxLength: 32', 'strategy: shred').replace(
      '      - name: created_on',
      '      - name: created_on\n        colour: blue',
    )
    const problems = problemsOf(parseDatasetText(text))
    expect(problems).toEqual([
      {
        path: 'collections.0.fields.1.erasure.strategy',
        line: 14,
        code: 'invalid_union',
        message: expect.stringContaining('Invalid'),
      },
      {
        path: 'collections.1.fields.2.colour',
        line: 23,
        code: 'unrecognized_keys',
        params: { keys: ['colour'] },
        message: expect.any(String),
      },
    ])
  })

  it('reports consistency problems (unknown fields and collections) at their line', () => {
    const text = VALID.replace('field: id }', 'field: uuid }').replace(
      'dateField: created_on',
      'dateField: x',
    )
    const problems = problemsOf(parseDatasetText(text))
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'collections.1.hold.dateField',
          line: 17,
          code: 'unknown_field',
          params: { collection: 'orders', field: 'x' },
          message: 'orders has no field "x"',
        },
        {
          path: 'collections.1.fields.1.references.field',
          line: 21,
          code: 'unknown_field',
          params: { collection: 'customers', field: 'uuid' },
          message: 'customers has no field "uuid"',
        },
      ]),
    )
  })

  it('refuses YAML syntax errors and duplicate keys with their line', () => {
    const broken = problemsOf(parseDatasetText('key: a\nname: [unclosed\nsystem: b\n'))
    expect(broken[0]?.line).toBeGreaterThanOrEqual(2)
    expect(broken[0]?.message).toMatch(/^Not valid YAML\/JSON/)
    const twice = problemsOf(parseDatasetText('key: a\nkey: b\n'))
    expect(twice[0]).toMatchObject({ path: '', line: 2 })
  })

  it('refuses files over 2 MB before parsing them', () => {
    const big = `${VALID}# ${'x'.repeat(MAX_DATASET_BYTES)}\n`
    expect(problemsOf(parseDatasetText(big))).toEqual([
      { path: '', code: 'file_too_large', params: { maximum: 2 }, message: 'The file is larger than 2 MB.' },
    ])
  })

  it('refuses a document that is not a mapping', () => {
    expect(problemsOf(parseDatasetText('- a\n- b\n'))[0]).toMatchObject({ path: '', line: 1 })
    expect(problemsOf(parseDatasetText(''))[0]?.message).toMatch(/mapping/)
    expect(problemsOf(validateDataset(42))[0]?.path).toBe('')
  })

  it('never throws on arbitrary text, and every problem has a path and a plausible line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseDatasetText(text)
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0)
          const lines = text.split(/\r\n|\r|\n/).length + 1
          for (const p of result.problems) {
            expect(typeof p.path).toBe('string')
            if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1)
            if (p.line !== undefined) expect(p.line).toBeLessThanOrEqual(lines)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary YAML values, including values put into a valid dataset', () => {
    const base = parseDatasetText(VALID)
    if (!base.ok) throw new Error('valid')
    const paths = [
      ['key'],
      ['connector'],
      ['collections'],
      ['collections', 0],
      ['collections', 0, 'fields'],
      ['collections', 0, 'fields', 1, 'erasure'],
      ['collections', 1, 'hold'],
      ['collections', 1, 'fields', 1, 'references'],
      ['http'],
    ] as const
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 3 }),
        fc.constantFrom(...paths),
        fc.boolean(),
        (value, path, wrap) => {
          let text: string
          if (wrap) {
            const doc = structuredClone(base.document) as unknown as Record<string | number, unknown>
            let node = doc
            for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>
            node[path[path.length - 1] as string | number] = value
            text = stringify(doc)
          } else {
            text = stringify(value) ?? ''
          }
          const result = parseDatasetText(text)
          if (!result.ok) {
            for (const p of result.problems) {
              expect(typeof p.path).toBe('string')
              expect(p.message.length).toBeGreaterThan(0)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('datasetLineOf', () => {
  it('finds the line of a dotted path, or of its nearest existing parent', () => {
    const lineOf = datasetLineOf(VALID)
    expect(lineOf('system')).toBe(3)
    expect(lineOf('collections.1.hold.rule')).toBe(17)
    expect(lineOf('collections.0.fields.1.category')).toBe(12)
    expect(lineOf('collections.0.fields.1.nothing')).toBe(11)
    expect(datasetLineOf('a: [')('a')).toBeUndefined()
  })
})
