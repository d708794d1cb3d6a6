import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllowList } from '../../domain/connector-allow-list'
import { ConnectorTargetError } from '../network/target-error'
import { ConnectorGuard } from '../network/target-guard'
import { cannotConnect, SqlSettingsError, safeMessage, sqlEndpoint } from './endpoint'

const logged: Record<string, unknown>[] = []
const guard = new ConnectorGuard({
  allow: parseAllowList(''),
  own: {},
  logger: { warn: (d) => logged.push(d) },
})

describe('sqlEndpoint', () => {
  it('reads a URL with defaults, and the stored secret wins over a password in it', () => {
    expect(
      sqlEndpoint({ kind: 'postgres', options: { url: 'postgres://app@db.local/shop' }, guard }),
    ).toEqual({
      dialect: 'postgres',
      host: 'db.local',
      port: 5432,
      database: 'shop',
      user: 'app',
      ssl: false,
      guard,
    })
    const withSecret = sqlEndpoint({
      kind: 'mysql',
      options: { url: 'mysql://app:in%40url@10.0.0.5:3307/crm?ssl=true', schema: 'x' },
      secret: 'stored',
      guard,
    })
    expect(withSecret).toMatchObject({ port: 3307, password: 'stored', ssl: true, schema: 'x' })
    expect(sqlEndpoint({ kind: 'mysql', options: { url: 'mariadb://a:in%40url@h/d' }, guard }).password).toBe(
      'in@url',
    )
  })

  it('reads separate options', () => {
    const endpoint = sqlEndpoint({
      kind: 'postgres',
      options: { host: '127.0.0.1', port: '6543', database: 'erp', user: 'ro', ssl: true, schema: 'sales' },
      secret: 'pw',
      guard,
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
      guard,
    })
  })

  it('names the option that is wrong', () => {
    const bad =
      (options: Record<string, unknown>, kind: 'postgres' | 'mysql' = 'postgres') =>
      () =>
        sqlEndpoint({ kind, options, guard })
    expect(bad({ url: 'mysql://a@h/d' })).toThrow(/^url: expected postgres:/)
    expect(bad({ url: 'postgres://h/d' })).toThrow(/^url: the user, host and database are required/)
    expect(bad({ url: 'nope' })).toThrow(SqlSettingsError)
    expect(bad({ host: 'h', database: 'd' })).toThrow(/user/)
    expect(bad({ host: 'h', database: 'd', user: 'u', port: 70000 })).toThrow(/port/)
    expect(bad({ host: 'h', database: 'd', user: 'u', extra: 1 })).toThrow(SqlSettingsError)
    expect(() => sqlEndpoint({ kind: 'http', options: {}, guard })).toThrow(/Not a SQL connection/)
  })
})

describe('messages without the password', () => {
  const endpoint = sqlEndpoint({
    kind: 'postgres',
    options: { url: 'postgres://u@[::1]/d' },
    secret: 'p@ss word',
    guard,
  })

  it('shows a failure to connect or sign in as a neutral message; the log has the reason without the password', () => {
    const signIn = Object.assign(new Error('password authentication failed for user "p@ss word"'), {
      code: '28P01',
    })
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })
    const timeout = new Error('Connection terminated due to connection timeout')
    const messages = [signIn, refused, timeout].map((e) => cannotConnect(e, endpoint))
    for (const message of messages) {
      expect(message).toMatch(/^The connection failed\. .*\(reference [0-9a-f]{8}\)$/)
      expect(message).not.toMatch(/5432|ECONNREFUSED|authentication|timeout|p@ss/)
    }
    const references = messages.map((m) => /reference ([0-9a-f]+)/.exec(m)?.[1])
    expect(logged.map((l) => l.reference)).toEqual(references)
    expect(String(logged[0]?.reason)).toContain('•••')
    expect(JSON.stringify(logged)).not.toContain('p@ss word')
    expect(String(logged[1]?.reason)).toContain('ECONNREFUSED')
  })

  it('keeps the message of a statement that failed on a working connection, without the password', () => {
    const message = cannotConnect(
      Object.assign(new Error('relation "x p@ss word" does not exist'), { code: '42P01' }),
      endpoint,
    )
    expect(message).toBe('relation "x •••" does not exist')
    expect(new ConnectorTargetError('connector.target-not-allowed').message).toMatch(
      /does not allow connectors/,
    )
  })

  it('never shows the password, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((p) => !p.includes('•')),
        fc.string(),
        fc.string(),
        (password, before, after) => {
          const e = sqlEndpoint({ kind: 'mysql', options: { url: 'mysql://u@h/d' }, secret: password, guard })
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
