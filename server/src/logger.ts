import pino, { type DestinationStream, type Logger } from 'pino'
import type { Config } from './config'
import { redactSecretsInUrl } from './redact-secrets'

interface LoggedRequest {
  method?: string
  url?: string
  host?: string
  ip?: string
  headers?: Record<string, unknown>
  socket?: { remotePort?: number }
}

/** Fastify's request serializer, with the secrets of portal, download and reset links taken out of the URL. */
function serializeRequest(req: LoggedRequest) {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? redactSecretsInUrl(req.url) : req.url,
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }
}

/** pino's error serializer; every text in it (message, stack, a url property) without link secrets. */
function serializeError(err: Error): unknown {
  const serialized: unknown = pino.stdSerializers.err(err)
  if (typeof serialized === 'string') return redactSecretsInUrl(serialized)
  if (serialized === null || typeof serialized !== 'object') return serialized
  const fields = serialized as Record<string, unknown>
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') fields[key] = redactSecretsInUrl(value)
  }
  return fields
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      serializers: { req: serializeRequest, err: serializeError },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
        remove: true,
      },
    },
    destination,
  )
}
