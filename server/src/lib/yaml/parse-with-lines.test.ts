import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseYamlWithLines, schemaProblems, yamlLineOf } from './parse-with-lines'

const text = ['name: Shop', 'items:', '  - key: a', '    size: 1', '  - key: b', '    size: big', ''].join(
  '\n',
)

describe('YAML with line numbers', () => {
  it('locates every path at the line of its deepest existing node', () => {
    const parsed = parseYamlWithLines(text, 1024)
    if (!parsed.ok) throw new Error('expected a parse')
    expect(parsed.value).toEqual({
      name: 'Shop',
      items: [
        { key: 'a', size: 1 },
        { key: 'b', size: 'big' },
      ],
    })
    expect(parsed.lineOf(['items', 1, 'size'])).toBe(6)
    expect(parsed.lineOf(['items', 1, 'colour'])).toBe(5)
    expect(yamlLineOf(text)('items.0.key')).toBe(3)
    expect(yamlLineOf('a: [')('a')).toBeUndefined()
  })

  it('names the line of a syntax error and of a repeated key, and refuses a file over the limit', () => {
    expect(parseYamlWithLines('a: 1\nb: [\n', 1024)).toMatchObject({ ok: false, problems: [{ path: '' }] })
    const repeated = parseYamlWithLines('a: 1\nb: 2\na: 3\n', 1024)
    expect(repeated).toMatchObject({ ok: false, problems: [{ line: 3, message: /Not valid YAML/ }] })
    expect(parseYamlWithLines('x'.repeat(3 * 1024 * 1024), 2 * 1024 * 1024)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          code: 'file_too_large',
          params: { maximum: 2 },
          message: 'The file is larger than 2 MB.',
        },
      ],
    })
  })

  it('turns schema issues into problems with path and line, an unknown key at its own line', () => {
    const parsed = parseYamlWithLines(text, 1024)
    if (!parsed.ok) throw new Error('expected a parse')
    const schema = z.strictObject({
      name: z.string(),
      items: z.array(z.strictObject({ key: z.string(), size: z.number() })),
    })
    const withExtra = parseYamlWithLines(`${text}extra: 1\n`, 1024)
    if (!withExtra.ok) throw new Error('expected a parse')
    const issues = schema.safeParse(withExtra.value).error?.issues ?? []
    expect(schemaProblems(issues, withExtra.lineOf)).toEqual([
      {
        path: 'items.1.size',
        line: 6,
        code: 'invalid_type',
        params: { expected: 'number' },
        message: expect.any(String),
      },
      {
        path: 'extra',
        line: 7,
        code: 'unrecognized_keys',
        params: { keys: ['extra'] },
        message: expect.any(String),
      },
    ])
  })
})
