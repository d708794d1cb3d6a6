import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { AppContext } from '../context'

/** Writes the OpenAPI document without a database: route schemas are all it needs. */
export function registerOpenApiCommand(program: Command) {
  program
    .command('openapi')
    .description('Print the OpenAPI 3.1 document (used to generate the typed web client)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (options) => {
      const [{ default: pino }, { loadConfig }, { buildApp }] = await Promise.all([
        import('pino'),
        import('../config'),
        import('../http/app'),
      ])
      const config = loadConfig({
        ...process.env,
        CUSTOS_SECRET_KEY: randomBytes(32).toString('base64'),
        CUSTOS_DB_LISTEN: 'false', // no database: nothing to listen to
      })
      const offline = { config, logger: pino({ level: 'silent' }) } as unknown as AppContext
      const app = await buildApp(offline, { serveWeb: false, logger: false, listenForChanges: false })
      const text = `${JSON.stringify(app.swagger(), null, 2)}\n`
      await app.close()
      if (options.out) writeFileSync(options.out, text)
      else process.stdout.write(text)
    })
}
