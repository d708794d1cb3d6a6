import type { Command } from 'commander'
import type { ConnectorAction } from '../db/schema'
import { say } from './language'
import { oneOf } from './register-check-command'
import { UsageError } from './usage-error'

/** Every connector action, listed here so the help needs no domain module; the type keeps the list complete. */
const ACTIONS: Record<ConnectorAction, true> = {
  access: true,
  portability: true,
  rectification: true,
  erasure: true,
  restriction: true,
}
const CONNECTOR_ACTIONS = Object.keys(ACTIONS)

const dataDir = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

function parseChange(value: string, previous: { collection: string; field: string; value: string }[] = []) {
  const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(value)
  if (!match) throw new UsageError(say().usage.change(value))
  return [
    ...previous,
    { collection: match[1] as string, field: match[2] as string, value: match[3] as string },
  ]
}

/** `custos request run|resume|show`: the connector engine from the command line (scripts, CI, support). */
export function registerRequestRunCommands(program: Command) {
  const request = program
    .command('request')
    .description('Data subject requests: run the connectors for a request')

  request
    .command('run <reference>')
    .description(
      "Find, export, correct, restrict or erase the person's data in every described system, for a request (e.g. DSR-2026-0001)",
    )
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--action <action>', CONNECTOR_ACTIONS.join('|'))
    .option('--dry-run', 'only show what would be read or changed')
    .option('--change <collection.field=value>', 'rectification: a new value (repeatable)', parseChange)
    .option('--json', 'print the run as JSON')
    .option(...dataDir)
    .action(async (reference: string, options) => {
      oneOf(CONNECTOR_ACTIONS, options.action, '--action')
      const { runRequestCommand } = await import('./request-run-action')
      await runRequestCommand(reference, options)
    })

  request
    .command('resume <runId>')
    .description(
      'Finish a run that failed or whose process died: done datasets are skipped, stored changes applied as planned',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option(
      '--take-over',
      'take the run over from a process that died (without waiting 15 minutes for its lease)',
    )
    .option('--json', 'print the run as JSON')
    .option(...dataDir)
    .action(async (runId: string, options) => {
      const { resumeRunCommand } = await import('./request-run-action')
      await resumeRunCommand(runId, options)
    })
}
