import { Command, CommanderError } from 'commander'
import { registerCommands } from './cli/commands'
import { registerOpenApiCommand } from './cli/openapi-command'
import { UsageError } from './cli/usage-error'
import { DataDirLockedError } from './db/data-dir-lock'
import { DomainError } from './domain/errors'
import { Problem } from './http/problem'

/** CLI entry. Exit codes: 0 ok, 1 findings or failure, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('custos')
    .description('Custos - privacy operations for Belgian organisations')
    .showHelpAfterError()
    .exitOverride()
  registerCommands(program)
  registerOpenApiCommand(program)
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0
      return 2
    }
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`)
      return 2
    }
    if (error instanceof DomainError) {
      const fields = error.fields.map((e) => ` (${e.path}: ${e.message})`).join('')
      console.error(`error: ${error.message}${fields}`)
      return 1
    }
    if (error instanceof Problem) {
      const fields = error.errors?.map((e) => ` (${e.path}: ${e.message})`).join('') ?? ''
      console.error(`error: ${error.detail ?? error.title}${fields}`)
      return 1
    }
    // The configuration module (and its schema library) is loaded here only when a command failed.
    const { ConfigError } = await import('./config')
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(`error: ${error.message}`)
      return 1
    }
    console.error(
      process.env.CUSTOS_DEBUG ? error : `error: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  }
}
