import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cannotConnect, SqlSettingsError, safeMessage, sqlEndpoint } from './endpoint'

describe('sqlEndpoint', () => {
  it('reads a URL with defaults, and the stored secret wins over a password in it', () => {
    expect(sqlEndpoint({ kind: 'postgres', options: { url: 'postgres://app@db.local/shop' } })).toEqual({
      dialect: 'postgres',
      host: 'db.local',
      port: 5432,
      database: 'shop',
      user: 'app',
      ssl: false,
    })
    const withSecret = sqlEndpoint({
      kind: 'mysql',
      options: { url: 'mysql://app:in%40url@10.0.0.5:3307/crm?ssl=true', schema: 'x' },
      secret: 'stored',
    })
    expect(withSecret).toMatchObject({ port: 3307, password: 'stored', ssl: true, schema: 'x' })
    expect(sqlEndpoint({ kind: 'mysql', options: { url: 'mariadb://a:in%40url@h/d' } }).password).toBe(
      'in@url',
    )
  })

  it('reads separate options', () => {
    const endpoint = sqlEndpoint({
      kind: 'postgres',
      options: { host: '127.0.0.1', port: '6543', database: 'erp', user: 'ro', ssl: true, schema: 'sales' },
      secret: 'pw',
    })
    expect(endpoint).toEqual({
      dialect: 'postgres',
      host: '127.0.0.1',
      port: 6543,
      database: 'erp',
      user: 'ro',
      password: 'pw',
      ssl: true,
      schema: 'sales',
    })
  })

  it('names the option that is wrong', () => {
    const bad =
      (options: Record<string, unknown>, kind: 'postgres' | 'mysql' = 'postgres') =>
      () =>
        sqlEndpoint({ kind, options })
    expect(bad({ url: 'mysql://a@h/d' })).toThrow(/^url: expected postgres:/)
    expect(bad({ url: 'postgres://h/d' })).toThrow(/^url: the user, host and database are required/)
    expect(bad({ url: 'nope' })).toThrow(SqlSettingsError)
    expect(bad({ host: 'h', database: 'd' })).toThrow(/user/)
    expect(bad({ host: 'h', database: 'd', user: 'u', port: 70000 })).toThrow(/port/)
    expect(bad({ host: 'h', database: 'd', user: 'u', extra: 1 })).toThrow(SqlSettingsError)
    expect(() => sqlEndpoint({ kind: 'http', options: {} })).toThrow(/Not a SQL connection/)
  })
})

describe('messages without the password', () => {
  const endpoint = sqlEndpoint({
    kind: 'postgres',
    options: { url: 'postgres://u@[::1]/d' },
    secret: 'p@ss word',
  })

  it('names the address and hides the password in any form', () => {
    const message = cannotConnect(new Error('auth failed for p@ss word (p%40ss%20word)'), endpoint)
    expect(message).toBe('Cannot connect to [::1]:5432: auth failed for ••• (•••)')
    expect(cannotConnect(Object.assign(new Error(''), { code: 'ECONNREFUSED' }), endpoint)).toBe(
      'Cannot connect to [::1]:5432: ECONNREFUSED',
    )
  })

  it('never shows the password, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((p) => !p.includes('•')),
        fc.string(),
        fc.string(),
        (password, before, after) => {
          const e = sqlEndpoint({ kind: 'mysql', options: { url: 'mysql://u@h/d' }, secret: password })
          const message = safeMessage(
            new Error(`${before}${password}${after}${encodeURIComponent(password)}`),
            e,
          )
          expect(message).not.toContain(password)
        },
      ),
    )
  })
})
