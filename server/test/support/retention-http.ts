import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { registerDocumentSchema } from '../../src/domain/register/schema'
import { sampleRegister } from './register'

/**
 * An HTTP system for retention sweeps (decision 0094): a real receiver that records each call and answers with the
 * next queued answer (else {}), the register with a paper and a SaaS system, and the CloudBooks dataset whose
 * invoices have a date-filtered sweep endpoint. Shared by retention-http-manual and retention-http-held.
 */
export interface Call {
  method: string
  url: string
  authorization: string | undefined
}

export async function startReceiver() {
  const calls: Call[] = []
  const answers: unknown[] = []
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      calls.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization })
      const answer = answers.shift() ?? {}
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    host: `127.0.0.1:${port}`,
    calls,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export function register() {
  const base = sampleRegister('Archief Janssens BV')
  return registerDocumentSchema.parse({
    ...base,
    systems: [
      ...(base.systems ?? []),
      { key: 'paper-files', name: 'Papieren dossiers', type: 'paper' },
      { key: 'old-crm', name: 'Oud CRM', type: 'saas', vendor: 'cloudbooks', hostingCountry: 'BE' },
    ],
  })
}

export const invoicesDataset = (baseUrl: string) => ({
  key: 'cloudbooks',
  system: 'cloudbooks-app',
  name: 'CloudBooks',
  connector: 'http',
  http: { baseUrl, auth: 'bearer' },
  collections: [
    {
      name: 'invoices',
      primaryKey: ['id'],
      hold: { rule: 'accounting-7y', dateField: 'issued_on' },
      fields: [
        { name: 'id' },
        { name: 'email', identity: 'email', category: 'identification' },
        { name: 'issued_on' },
      ],
      http: {
        read: { path: '/invoices', query: { email: '{email}' } },
        sweep: {
          method: 'DELETE',
          path: '/invoices',
          query: { issued_before: '{cutoff}' },
          countPath: 'result.deleted',
        },
      },
    },
  ],
})
