import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'

/** Writes the OpenAPI document without a database; refuses while a route has no operation catalogue entry. */
export function registerOpenApiCommand(program: Command) {
  program
    .command('openapi')
    .description('Print the OpenAPI 3.1 document (used to generate the typed web client)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--server-url <url>', "the document's server (default: a {publicUrl} template, as committed)")
    .action(async (options) => {
      const { offlineOpenApiDocument } = await import('../http/openapi-offline')
      const server = options.serverUrl ? { url: String(options.serverUrl).replace(/\/$/, '') } : undefined
      const { doc, gaps } = await offlineOpenApiDocument(server)
      if (gaps.missing.length > 0 || gaps.unused.length > 0) {
        const lines = [
          ...gaps.missing.map(
            (key) => `  ${key}: no entry in the operation catalogue (modules/<feature>/operations.ts)`,
          ),
          ...gaps.unused.map((key) => `  ${key}: a catalogue entry without a route`),
        ]
        process.stderr.write(`The OpenAPI document is incomplete (decision 0026):\n${lines.join('\n')}\n`)
        process.exitCode = 1
        return
      }
      const text = `${JSON.stringify(doc, null, 2)}\n`
      if (options.out) writeFileSync(options.out, text)
      else process.stdout.write(text)
    })
}
