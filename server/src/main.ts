import { Command, CommanderError } from 'commander'
import { registerCommands } from './cli/commands'
import { CLI_LANGUAGES, cliLanguage, say, useCliLanguage } from './cli/language'
import { registerOpenApiCommand } from './cli/openapi-command'
import { UsageError } from './cli/usage-error'
import { refusalText } from './cli/words'
import { DataDirLockedError } from './db/data-dir-lock'
import { DomainError } from './domain/errors'

/** Every command takes --lang; those that have their own (a notice's, an export's language) keep it. */
function acceptLang(command: Command) {
  for (const sub of command.commands) {
    if (sub.commands.length > 0) acceptLang(sub)
    else if (!sub.options.some((o) => o.long === '--lang'))
      sub.option('--lang <lang>', `language of the messages: ${CLI_LANGUAGES.join('|')}`)
  }
}

/**
 * CLI entry. Exit codes: 0 ok, 1 findings or failure, 2 usage error. Messages in the language of --lang,
 * CUSTOS_LANG or the locale (docs/decisions/0030).
 */
export async function main(argv: string[]): Promise<number> {
  await useCliLanguage(cliLanguage(argv.slice(2), process.env))
  const program = new Command('custos')
    .description('Custos - privacy operations for Belgian organisations')
    .showHelpAfterError()
    .exitOverride()
  registerCommands(program)
  registerOpenApiCommand(program)
  acceptLang(program)
  const error = say().error
  try {
    await program.parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (failure) {
    if (failure instanceof CommanderError) {
      if (
        failure.code === 'commander.helpDisplayed' ||
        failure.code === 'commander.version' ||
        failure.code === 'commander.help'
      )
        return 0
      return 2
    }
    if (failure instanceof UsageError) {
      console.error(`${error}: ${failure.message}`)
      return 2
    }
    if (failure instanceof DomainError) {
      console.error(`${error}: ${await refusalText(failure)}`)
      return 1
    }
    // The configuration module (and its schema library) is loaded here only when a command failed.
    const { ConfigError } = await import('./config')
    if (failure instanceof ConfigError || failure instanceof DataDirLockedError) {
      console.error(`${error}: ${failure.message}`)
      return 1
    }
    console.error(
      process.env.CUSTOS_DEBUG
        ? failure
        : `${error}: ${failure instanceof Error ? failure.message : String(failure)}`,
    )
    return 1
  }
}
