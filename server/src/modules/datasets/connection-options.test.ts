import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseConnectionOptions } from './connection-options'

describe('normaliseConnectionOptions', () => {
  it('moves a password out of a URL into the secret, keeping the rest', () => {
    expect(
      normaliseConnectionOptions('postgres', {
        url: 'postgres://app:s%3Acret@db.example.be:5432/crm?sslmode=require',
      }),
    ).toEqual({
      ok: true,
      options: { url: 'postgres://app@db.example.be:5432/crm?sslmode=require' },
      secretFromUrl: 's:cret',
    })
    expect(
      normaliseConnectionOptions('mysql', { url: 'mysql://root@127.0.0.1:3306/shop?password=pw' }),
    ).toEqual({
      ok: true,
      options: { url: 'mysql://root@127.0.0.1:3306/shop' },
      secretFromUrl: 'pw',
    })
  })

  it('never leaves a password in the stored options, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (password) => {
        const url = `postgresql://u:${encodeURIComponent(password)}@h/db`
        const result = normaliseConnectionOptions('postgres', { url })
        expect(result).toMatchObject({ ok: true, secretFromUrl: password })
        if (result.ok) expect(String(result.options.url)).toBe('postgresql://u@h/db')
      }),
    )
  })

  it('takes host, port, database and user as separate options', () => {
    const options = {
      host: '127.0.0.1',
      port: 5432,
      database: 'crm',
      user: 'app',
      ssl: true,
      schema: 'sales',
    }
    expect(normaliseConnectionOptions('postgres', options)).toEqual({ ok: true, options })
  })

  it('names the field of each problem', () => {
    const errors = (result: ReturnType<typeof normaliseConnectionOptions>) => (result.ok ? [] : result.errors)
    expect(errors(normaliseConnectionOptions('postgres', {})).map((e) => e.path)).toEqual([
      'body.options.host',
      'body.options.database',
    ])
    expect(errors(normaliseConnectionOptions('postgres', { url: 'mysql://h/db' }))[0]?.path).toBe(
      'body.options.url',
    )
    expect(errors(normaliseConnectionOptions('mysql', { url: 'not a url' }))[0]?.path).toBe(
      'body.options.url',
    )
    expect(errors(normaliseConnectionOptions('mysql', { url: 'mysql://h/db', host: 'h' }))[0]?.path).toBe(
      'body.options.host',
    )
    expect(errors(normaliseConnectionOptions('http', { host: 'h' }))[0]?.path).toBe('body.options.host')
    expect(
      errors(normaliseConnectionOptions('postgres', { host: 'h', database: 'd', checkPath: '/' }))[0]?.path,
    ).toBe('body.options.checkPath')
    expect(errors(normaliseConnectionOptions('manual', {}))[0]?.path).toBe('body')
  })

  it('accepts no options for an http dataset (the file has the base URL), or only the path to check', () => {
    expect(normaliseConnectionOptions('http', {})).toEqual({ ok: true, options: {} })
    expect(normaliseConnectionOptions('http', { checkPath: '/v1/me' })).toEqual({
      ok: true,
      options: { checkPath: '/v1/me' },
    })
  })
})
