import { describe, expect, it } from 'vitest'
import { parseAllowList } from '../../domain/connector-allow-list'
import { ConnectorTargetError } from './target-error'
import { ConnectorGuard, type ConnectorGuardOptions } from './target-guard'

function guardWith(allow: string, extra: Partial<ConnectorGuardOptions> = {}) {
  const logged: Record<string, unknown>[] = []
  const resolved: string[] = []
  const names: Record<string, string[]> = {
    'db.example.com': ['203.0.113.7'],
    'rebind.example.net': ['127.0.0.1'],
    'mixed.example.net': ['198.51.100.1', '10.1.2.3'],
    localhost: ['127.0.0.1', '::1'],
  }
  const guard = new ConnectorGuard({
    allow: parseAllowList(allow),
    own: {},
    logger: { warn: (details) => logged.push(details) },
    lookup: async (host) => {
      resolved.push(host)
      const found = names[host]
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
      return found
    },
    localAddresses: () => ['192.168.1.20'],
    ...extra,
  })
  return { guard, logged, resolved }
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConnectorTargetError)
  return error as ConnectorTargetError
}

describe('the connector guard', () => {
  it('returns the checked address to connect to, and refuses a name that resolves outside the list', async () => {
    const { guard, logged } = guardWith('db.example.com:5432,10.0.0.0/8')
    expect(await guard.pin({ kind: 'postgres', host: 'db.example.com', port: 5432, database: 'shop' })).toBe(
      '203.0.113.7',
    )
    // An attacker's name pointing at this machine: the address, not the name, decides.
    const rebound = await refusal(guard.pin({ kind: 'postgres', host: 'rebind.example.net', port: 5432 }))
    expect(rebound.code).toBe('connector.target-not-allowed')
    expect(rebound.message).not.toContain('127.0.0.1')
    expect(logged.at(-1)).toMatchObject({ reference: rebound.reference })
    expect(String(logged.at(-1)?.reason)).toContain('127.0.0.1 is outside CUSTOS_CONNECTOR_ALLOW')
    // Of several addresses, the allowed one is the one connected to.
    expect(await guard.pin({ kind: 'http', host: 'mixed.example.net', port: 443 })).toBe('10.1.2.3')
    expect((await refusal(guard.pin({ kind: 'mysql', host: 'db.example.com', port: 3306 }))).code).toBe(
      'connector.target-not-allowed',
    )
  })

  it('never allows a Unix socket, and says nothing about names that do not resolve', async () => {
    const { guard } = guardWith('127.0.0.1,db.example.com,nowhere.example.com')
    const socket = await refusal(guard.pin({ kind: 'postgres', host: '/var/run/postgresql', port: 5432 }))
    expect(socket.code).toBe('connector.target-not-allowed')
    // An unlisted name that does not resolve reads like any unlisted host; a listed one like a failed connection.
    expect((await refusal(guard.pin({ kind: 'http', host: 'secret.internal', port: 80 }))).code).toBe(
      'connector.target-not-allowed',
    )
    expect((await refusal(guard.pin({ kind: 'http', host: 'nowhere.example.com', port: 80 }))).code).toBe(
      'connector.connection-failed',
    )
  })

  it("refuses Custos's own database by server and name, whatever local address leads there", async () => {
    const own = { database: { host: '127.0.0.1', port: 5432, database: 'custos' } }
    const { guard, logged } = guardWith('127.0.0.0/8,::1,localhost,192.168.1.20,0.0.0.0', { own })
    for (const host of ['127.0.0.1', 'localhost', '::1', '192.168.1.20', '0.0.0.0', '127.0.0.2']) {
      const error = await refusal(guard.pin({ kind: 'postgres', host, port: 5432, database: 'custos' }))
      expect(error.code, host).toBe('connector.connection-failed')
      expect(String(logged.at(-1)?.reason)).toMatch(/Custos's own database|outside/)
    }
    // Another database on the same server is the allow-list's business (and the installation marker's).
    expect(await guard.pin({ kind: 'postgres', host: 'localhost', port: 5432, database: 'shop' })).toBe(
      '127.0.0.1',
    )
  })

  it("refuses Custos's own web server and public address for HTTP connectors", async () => {
    const own = { web: { port: 8080, origin: 'https://privacy.example.be' } }
    const { guard } = guardWith('127.0.0.1,localhost', { own })
    expect((await refusal(guard.pin({ kind: 'http', host: 'localhost', port: 8080 }))).code).toBe(
      'connector.connection-failed',
    )
    expect(await guard.pin({ kind: 'http', host: 'localhost', port: 8081 })).toBe('127.0.0.1')
    expect(() => guard.checkUrl(new URL('https://privacy.example.be/api/v1/orgs'))).toThrow(
      ConnectorTargetError,
    )
    expect(() => guard.checkUrl(new URL('https://crm.example.be/api'))).not.toThrow()
  })

  it('turns a failure to connect into the neutral error, with the reason (no secret) in the log only', () => {
    const { guard, logged } = guardWith('')
    const error = guard.failed(
      Object.assign(new Error('password authentication failed for user "admin" (pw: s3cr3t!)'), {
        code: '28P01',
      }),
      { kind: 'postgres', host: 'db', port: 5432 },
      ['s3cr3t!'],
    )
    expect(error.message).toMatch(/^The connection failed\. .*\(reference [0-9a-f]{8}\)$/)
    expect(error.message).not.toMatch(/"admin"|authentication|28P01/)
    expect(String(logged[0]?.reason)).toContain('user "admin"')
    expect(JSON.stringify(logged)).not.toContain('s3cr3t!')
    // An error that is already neutral passes unchanged (one reference per failure).
    expect(guard.failed(error, { kind: 'postgres', host: 'db', port: 5432 })).toBe(error)
    expect(logged).toHaveLength(1)
  })
})
