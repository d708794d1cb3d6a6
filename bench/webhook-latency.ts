/**
 * How long after its change commits a webhook delivery reaches the receiver (issue 24): the real application on
 * a fresh database, one endpoint on a local HTTP receiver, a worker sending on commit (sendDeliveriesOnCommit),
 * N staff intakes one after the other; each delay runs from the 201 answer to the receiver getting the event.
 *   npx tsx bench/webhook-latency.ts [--backend=postgres|embedded] [--n=30]
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sendDeliveriesOnCommit } from '../server/src/modules/webhooks'
import { openEnvironment } from './context'
import type { Backend } from './measure'

const args = process.argv.slice(2)
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const backend = (arg('backend') ?? 'postgres') as Backend
const N = Number(arg('n') ?? 30)

let arrived: (() => void) | undefined
const receiver = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200).end('ok')
    arrived?.()
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
const env = await openEnvironment(backend)
const stop = await sendDeliveriesOnCommit(env.ctx)
try {
  const headers = { cookie: env.cookie }
  const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers })
  const csrf = { ...headers, 'x-csrf-token': me.json().csrfToken as string }
  const created = await env.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${env.org.slug}/webhooks`,
    headers: csrf,
    payload: { url, eventTypes: ['request.received'] },
  })
  if (created.statusCode !== 201) throw new Error(created.body)
  const delays: number[] = []
  const totals: number[] = []
  for (let i = 0; i < N; i += 1) {
    let at = 0
    const got = new Promise<void>((resolve) => {
      arrived = () => {
        at = performance.now()
        resolve()
      }
    })
    const sent = performance.now()
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${env.org.slug}/requests`,
      headers: csrf,
      payload: {
        channel: 'email',
        receivedAt: new Date().toISOString().slice(0, 10),
        subject: { name: `Person ${i}`, email: `p${i}@example.be` },
        types: ['access'],
        language: 'nl',
      },
    })
    if (res.statusCode !== 201) throw new Error(res.body)
    const answered = performance.now()
    await got
    // Before the answer is possible: the commit comes before the answer is written.
    delays.push(Math.max(0, at - answered))
    totals.push(at - sent)
  }
  const q = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b)
    return (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1)
  }
  console.log(
    `${backend}: ${N} deliveries; after the 201 answer: p50 ${q(delays, 0.5)} ms, p90 ${q(delays, 0.9)} ms, ` +
      `max ${q(delays, 1)} ms; from sending the request: p50 ${q(totals, 0.5)} ms, max ${q(totals, 1)} ms`,
  )
} finally {
  await stop()
  await env.close()
  receiver.close()
}
