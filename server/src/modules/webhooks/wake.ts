import type { AppContext } from '../../context'
import { listenOnChannel, listenOnEmbeddedPool } from '../../db/channel-listener'
import { WEBHOOK_DELIVERIES_CHANNEL } from '../../events/outbox'
import { type DeliveryOptions, runDueDeliveries } from './delivery'

/**
 * Sends new deliveries as soon as the change that queued them commits (a worker role, issue 24): the outbox
 * announces them on WEBHOOK_DELIVERIES_CHANNEL, and this process sends what is due, one pass at a time (an
 * announcement during a pass asks for one more pass). Several workers may wake together: the deliveries are
 * leased, so each is sent once. Without announcements (CUSTOS_DB_LISTEN=false, or the session lost) nothing is
 * lost: the every-minute `webhooks.deliver` job sends them. Returns the way to stop.
 */
export async function sendDeliveriesOnCommit(
  ctx: AppContext,
  options: DeliveryOptions = {},
): Promise<() => Promise<void>> {
  let running: Promise<void> | undefined
  let again = false
  let stopped = false
  const wake = () => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = (async () => {
      do {
        again = false
        try {
          const attempts = await runDueDeliveries(ctx, options)
          if (attempts > 0) ctx.logger.info({ attempts }, 'Sent webhook deliveries on commit')
        } catch (err) {
          ctx.logger.warn({ err }, 'webhook deliveries on commit failed; the every-minute job retries')
        }
      } while (again && !stopped)
      running = undefined
    })()
  }
  let stopListening: () => Promise<void>
  if (ctx.database.kind === 'embedded') {
    const stop = await listenOnEmbeddedPool(ctx.database.pool, WEBHOOK_DELIVERIES_CHANNEL, wake)
    stopListening = async () => stop()
  } else if (ctx.config.databaseListen) {
    const listener = listenOnChannel(
      ctx.database.connection,
      WEBHOOK_DELIVERIES_CHANNEL,
      'custos-webhooks',
      // Listening again after a lost session: what was announced meanwhile is sent now.
      { onNotification: wake, onListening: (listening) => listening && wake() },
      ctx.logger,
    )
    stopListening = () => listener.close()
  } else return async () => {}
  return async () => {
    stopped = true
    await stopListening()
    await running
  }
}
