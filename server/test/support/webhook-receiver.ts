import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedHook {
  headers: http.IncomingHttpHeaders
  text: string
  body: { type: string; data: Record<string, unknown> }
}

/** A webhook receiver on a local port, keeping every call (answers 200). */
export async function startWebhookReceiver() {
  const calls: ReceivedHook[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      calls.push({ headers: req.headers, text, body: JSON.parse(text) })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    calls,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
