import { createHmac, randomBytes } from 'node:crypto'

/** Standard Webhooks secrets: `whsec_` and the base64 of the key bytes. */
export const SECRET_PREFIX = 'whsec_'

export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`
}

/**
 * The `webhook-signature` header of the Standard Webhooks convention: `v1,` and the base64 HMAC-SHA256, keyed
 * with the secret's bytes, of `{webhook-id}.{webhook-timestamp}.{body}`.
 */
export function signatureOf(secret: string, messageId: string, timestamp: number, body: string): string {
  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  )
  return `v1,${createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64')}`
}

/** Where the secret of an endpoint is encrypted to (associated data): a copied ciphertext does not decrypt. */
export const secretContext = (endpointId: string) => `webhook-secret:${endpointId}`
