import type { Config, Service } from '../config'
import { createDemoIfEmpty } from '../demo'
import { buildApp } from '../http/app'
import { openRuntime } from '../runtime'

/** `custos start`: one process playing the requested roles until SIGINT/SIGTERM. */
export async function startServer(config: Config, services: Service[]) {
  const runtime = await openRuntime(config, services)
  const { ctx } = runtime
  const app = services.includes('web') ? await buildApp(ctx) : null
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    ctx.logger.info({ signal }, 'stopping')
    await app?.close()
    await runtime.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  const demo = config.createDemo ? await createDemoIfEmpty(ctx) : null
  if (app) await app.listen({ port: config.port, host: config.host })
  const where = ctx.database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'
  console.log(`Custos is running (${services.join(', ')}) on ${where}.`)
  if (app) console.log(`Open ${config.publicUrl} - API reference at ${config.publicUrl}/api/docs`)
  if (demo) {
    console.log('\nFirst start: a demo organisation and an owner account were created.')
    console.log(`  Sign in with   ${demo.email}`)
    console.log(`  Password       ${demo.password}`)
    console.log('  (shown once; change it under Account, or run `custos user set-password`)\n')
  }
}
