import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Config, Service } from '../config'
import { buildApp } from '../http/app'
import { prepareSetupCode } from '../modules/setup'
import { openRuntime } from '../runtime'
import { SERVER_DIR } from '../server-dir'
import { say } from './language'

/**
 * A new embedded database is created and migrated by a short-lived `custos migrate` process: PGlite's
 * WebAssembly memory never shrinks, and creating the database holds a few hundred MB the server would otherwise
 * keep for its whole life (docs/decisions/0021).
 */
async function createEmbeddedDatabase(dataDir: string): Promise<void> {
  console.log(say().start.creatingDatabase(dataDir))
  const child = spawn(
    process.execPath,
    [join(SERVER_DIR, 'bin/custos.mjs'), 'migrate', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`creating the embedded database in ${dataDir} failed (exit code ${code})`)
}

/** `custos start`: one process playing the requested roles until SIGINT/SIGTERM. */
export async function startServer(config: Config, services: Service[]) {
  if (!config.databaseUrl && !existsSync(join(config.dataDir, 'pgdata')))
    await createEmbeddedDatabase(config.dataDir)
  // Schedules and workers start once the server listens (decision 0113): no request needs them. On PostgreSQL a
  // first request does not wait for them; on the embedded database (one connection) it may queue behind their first
  // statements, but they no longer run on this thread while the application is built.
  const runtime = await openRuntime(config, services, { startRolesLater: true })
  const { ctx } = runtime
  const app = services.includes('web') ? await buildApp(ctx) : null
  let stopping = false
  /**
   * SIGTERM/SIGINT: no new connections; running requests and jobs get CUSTOS_SHUTDOWN_SECONDS to finish. Jobs still
   * running then go back to the queue (another worker retries them) and connector runs to the other workers'
   * sweep; then the process exits. Should closing itself hang, the process exits anyway shortly after the deadline.
   */
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    const deadline = Date.now() + config.shutdownSeconds * 1000
    ctx.logger.info({ signal, deadlineSeconds: config.shutdownSeconds }, 'stopping')
    const backstop = setTimeout(
      () => {
        ctx.logger.error('shutdown did not complete in time; exiting')
        process.exit(1)
      },
      config.shutdownSeconds * 1000 + 10_000,
    )
    backstop.unref()
    try {
      if (app) {
        const closed = app.close()
        const late = await Promise.race([
          closed.then(() => false),
          new Promise<boolean>((resolve) =>
            setTimeout(() => resolve(true), config.shutdownSeconds * 1000).unref(),
          ),
        ])
        if (late) ctx.logger.warn('requests still running at the shutdown deadline are cut off')
      }
      await runtime.close({ timeoutMs: Math.max(1000, deadline - Date.now()) })
      process.exit(0)
    } catch (err) {
      ctx.logger.error({ err }, 'shutdown failed')
      process.exit(1)
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  // While there is no account, the web UI shows the set-up page; its code is printed below (and kept in a file).
  const setup = app ? await prepareSetupCode(ctx) : null
  const m = say().start
  if (app) {
    try {
      await app.listen({ port: config.port, host: config.host })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
      console.error(m.portInUse(config.port))
      await app.close()
      await runtime.close()
      process.exit(1)
    }
  }
  try {
    await runtime.startRoles()
  } catch (error) {
    ctx.logger.error({ err: error }, 'starting the job queue roles failed')
    await app?.close()
    await runtime.close()
    process.exit(1)
  }
  const where = ctx.database.kind === 'embedded' ? m.embedded(config.dataDir) : 'PostgreSQL'
  // One write: whoever waits for "running" (a supervisor, the browser tests) sees the set-up code with it.
  const lines = [m.running(services.join(', '), where)]
  if (app) lines.push(m.open(config.publicUrl))
  if (setup) lines.push(m.setup(config.publicUrl, setup.code, setup.file))
  console.log(lines.join('\n'))
}
