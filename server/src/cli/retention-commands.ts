import type { Command } from 'commander'

const dataDir = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

/** `custos retention plan|run`: the retention sweeps from the command line (decision 0031). */
export function registerRetentionCommands(program: Command) {
  const retention = program
    .command('retention')
    .description("Retention: enforce the register's retention rules on the organisation's own systems")

  retention
    .command('plan')
    .description(
      'Show what each rule would sweep today: rows due per collection, sample keys, holds that apply',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option('--rule <key>', 'only this retention rule')
    .option('--today <yyyy-mm-dd>', 'plan as of this day')
    .option('--json', 'print the plan as JSON')
    .option(...dataDir)
    .action(async (options) => {
      const { retentionPlanCommand } = await import('./retention-action')
      await retentionPlanCommand(options)
    })

  retention
    .command('run')
    .description(
      'Sweep the rules whose plan was approved (resumes an unfinished sweep); --dry-run only counts and samples',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option('--rule <key>', 'only this retention rule')
    .option('--dry-run', 'change nothing: show what would be swept')
    .option('--batch-size <n>', 'rows per batch (default 1000)', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the outcome as JSON')
    .option(...dataDir)
    .action(async (options) => {
      const { retentionRunCommand } = await import('./retention-action')
      await retentionRunCommand(options)
    })
}
