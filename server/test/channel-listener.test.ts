import net from 'node:net'
import pg from 'pg'
import pino from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { listenOnChannel } from '../src/db/channel-listener'

const PG_URL = new URL(process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')

/**
 * A TCP path to PostgreSQL that can go silent without closing anything - what a NAT gateway or a load balancer does
 * to a connection it considers idle: no error, no end, the bytes simply stop arriving.
 */
async function silenceablePath() {
  let silent = false
  const sockets = new Set<net.Socket>()
  const server = net.createServer((inbound) => {
    const outbound = net.connect(Number(PG_URL.port || 5432), PG_URL.hostname)
    for (const s of [inbound, outbound]) {
      sockets.add(s)
      s.on('error', () => {})
    }
    inbound.on('data', (bytes) => !silent && outbound.write(bytes))
    outbound.on('data', (bytes) => !silent && inbound.write(bytes))
    inbound.on('close', () => outbound.destroy())
    outbound.on('close', () => inbound.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const url = new URL(PG_URL)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return {
    url: url.toString(),
    silence: () => {
      silent = true
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe('the listening session behind cached API access and page refreshes (review V14)', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('counts itself lost when the network path goes silent, so nothing is trusted on a session that hears nothing', async () => {
    const path = await silenceablePath()
    cleanups.push(path.close)
    const channel = `custos_heartbeat_${process.pid}`
    const states: boolean[] = []
    const heard: string[] = []
    let onHeard: (() => void) | undefined
    const announced = new Promise<void>((resolve) => (onHeard = resolve))
    let onState: (() => void) | undefined
    const nextState = () => new Promise<void>((resolve) => (onState = resolve))

    const listening = nextState()
    const listener = listenOnChannel(
      { connectionString: path.url },
      channel,
      'custos-heartbeat-test',
      {
        onNotification: (payload) => {
          heard.push(payload)
          onHeard?.()
        },
        onListening: (on) => {
          states.push(on)
          onState?.()
        },
      },
      pino({ level: 'silent' }),
      { everyMs: 100, timeoutMs: 300 },
    )
    cleanups.push(async () => {
      await path.close() // the silent path first, so that ending the session does not wait on it
      await listener.close()
    })
    await listening
    expect(states).toEqual([true])

    // Alive: an announcement made elsewhere arrives, and the heartbeat keeps it trusted meanwhile.
    const other = new pg.Client({ connectionString: PG_URL.toString() })
    await other.connect()
    cleanups.push(() => other.end())
    await other.query(`select pg_notify($1, 'token:t1')`, [channel])
    await announced
    expect(heard).toEqual(['token:t1'])

    // The path goes silent: no error, no end - only the unanswered heartbeat tells.
    const lost = nextState()
    path.silence()
    await lost
    expect(states).toEqual([true, false])
  })
})
