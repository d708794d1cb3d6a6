import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLogger } from './logger'
import { redactSecretsInUrl } from './redact-secrets'

describe('redactSecretsInUrl', () => {
  it.each([
    ['/p/acme/request/verify?token=abc_DEF-123&lang=fr', '/p/acme/request/verify?token=[redacted]&lang=fr'],
    ['/p/acme/request/status?lang=nl&token=abc', '/p/acme/request/status?lang=nl&token=[redacted]'],
    ['/p/acme/download/abc-123?lang=en', '/p/acme/download/[redacted]?lang=en'],
    ['/p/acme/privacy/unsubscribe?s=42&t=abc', '/p/acme/privacy/unsubscribe?s=[redacted]&t=[redacted]'],
    [
      'https://custos.example.be/#/reset-password/abc123',
      'https://custos.example.be/#/reset-password/[redacted]',
    ],
    ['/api/v1/orgs/acme/subjects?q=85073003328&limit=5', '/api/v1/orgs/acme/subjects?q=[redacted]&limit=5'],
    ['/p/acme/privacy?lang=nl&embed=1', '/p/acme/privacy?lang=nl&embed=1'],
    ['/api/v1/orgs/acme/requests?type=access', '/api/v1/orgs/acme/requests?type=access'],
  ])('%s', (url, expected) => {
    expect(redactSecretsInUrl(url)).toBe(expected)
  })

  it('leaves no token of any link in a text that quotes it', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/)
    const link = fc.constantFrom(
      (s: string) => `GET /p/acme/request/verify?token=${s}`,
      (s: string) => `https://custos.example.be/p/acme/request/status?token=${s}&lang=nl`,
      (s: string) => `/p/acme/download/${s}`,
      (s: string) => `see "/p/acme/privacy/subscribe/confirm?lang=fr&token=${s}" for details`,
      (s: string) => `/p/acme/privacy/unsubscribe?s=1&t=${s}`,
    )
    fc.assert(
      fc.property(token, link, (secret, write) => {
        expect(redactSecretsInUrl(write(secret))).not.toContain(secret)
      }),
    )
  })
})

describe('the application log', () => {
  it('writes error reports without the link secrets in their message or stack', () => {
    const lines: string[] = []
    const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) })
    const secret = 'st-5c4b3a2918f7e6d5c4b3a291'
    const error = new Error(`could not render /p/acme/request/status?token=${secret}`)
    logger.error({ err: error }, 'unhandled error')
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0] ?? '{}')
    expect(entry.err.message).toBe('could not render /p/acme/request/status?token=[redacted]')
    expect(entry.err.stack).toContain('token=[redacted]')
    expect(lines[0]).not.toContain(secret)
  })
})
