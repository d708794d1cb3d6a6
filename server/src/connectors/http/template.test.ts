import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillBody, fillPath, fillQuery, placeholdersIn, TemplateError } from './template'

const values = (entries: Record<string, unknown>) => new Map(Object.entries(entries))

describe('endpoint templates', () => {
  it('lists the placeholders of paths, queries and bodies', () => {
    expect([
      ...placeholdersIn(['/contacts/{id}', { q: 'email:{email}' }, { a: ['{x}', { b: '{y}' }] }]),
    ]).toEqual(['id', 'email', 'x', 'y'])
  })

  it('URL-encodes path values so a value stays one segment', () => {
    expect(fillPath('/v1/contacts/{id}/notes', values({ id: 'a/b?c#d e' }))).toBe(
      '/v1/contacts/a%2Fb%3Fc%23d%20e/notes',
    )
    expect(fillPath('/v1/contacts/{id}.json', values({ id: 42 }))).toBe('/v1/contacts/42.json')
  })

  it('refuses a value that would address another resource (empty, "." or "..")', () => {
    for (const id of ['', '.', '..', null])
      expect(() => fillPath('/v1/contacts/{id}', values({ id }))).toThrow(TemplateError)
    expect(() => fillPath('/v1/contacts/{id}', values({}))).toThrow('No value for the placeholder {id}')
  })

  it('never lets a path value escape its segment', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        let path: string
        try {
          path = fillPath('/v1/contacts/{id}', values({ id }))
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError)
          return
        }
        const url = new URL(path, 'https://api.example.com')
        const segments = url.pathname.split('/')
        expect(segments.slice(0, 3)).toEqual(['', 'v1', 'contacts'])
        expect(segments).toHaveLength(4)
        expect(decodeURIComponent(segments[3] as string)).toBe(id)
      }),
    )
  })

  it('leaves out a query parameter whose placeholder has no value', () => {
    expect(
      fillQuery(
        { email: '{email}', phone: '{phone}', q: 'email:{email}', fixed: 'x' },
        values({ email: 'a@b.be' }),
      ),
    ).toEqual([
      ['email', 'a@b.be'],
      ['q', 'email:a@b.be'],
      ['fixed', 'x'],
    ])
    expect(() => fillQuery({ q: 'phone:{phone}' }, values({}))).toThrow(TemplateError)
  })

  it('keeps the type of whole-placeholder body values and leaves out the missing ones', () => {
    const template = {
      properties: { email: '{email}', phone: '{phone}', age: '{age}' },
      note: 'erased {when}',
      tags: ['{tag}', 'x'],
    }
    expect(
      fillBody(template, values({ email: null, age: 7, when: new Date('2026-01-02T03:04:05Z'), tag: true })),
    ).toEqual({
      properties: { email: null, age: 7 },
      note: 'erased 2026-01-02T03:04:05.000Z',
      tags: [true, 'x'],
    })
    expect(fillBody('{gone}', values({}))).toBeUndefined()
  })
})
