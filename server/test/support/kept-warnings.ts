import type { AppContext } from '../../src/context'

/**
 * Keeps what a test context logs at warn level (its logger is otherwise silent), for a failing assertion to show:
 * a connector's neutral "The connection failed (reference ...)" names a reference, and the guard logs the driver's
 * real error under it (a refused sign-in, a timeout, a reset connection). Without this a failed run says nothing
 * about why. Returns the list, filled as the context logs.
 */
export function keepWarnings(ctx: AppContext): string[] {
  const kept: string[] = []
  const logger = ctx.logger as unknown as { warn: (details: unknown, message?: string) => void }
  logger.warn = (details, message) => {
    kept.push(`${new Date().toISOString()} ${message ?? ''} ${JSON.stringify(details)}`)
  }
  return kept
}

/** The kept warnings that name one of the references in `text` (all of them when it names none). */
export function warningsFor(kept: readonly string[], text: unknown): string {
  const references = String(text ?? '').match(/reference ([0-9a-f]{8})/g) ?? []
  const ids = references.map((r) => r.slice('reference '.length))
  const named = ids.length > 0 ? kept.filter((w) => ids.some((id) => w.includes(id))) : kept
  return named.length > 0 ? `\nlogged: ${named.join('\n')}` : ''
}
