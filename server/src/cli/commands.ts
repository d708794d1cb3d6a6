import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import type { Role } from '../db/schema'
import { SERVICES, type Service } from '../services'
import { registerDatasetCommands } from './dataset-commands'
import { progress, readSecretFromStdin } from './io'
import { registerNoticeCommands } from './notice-commands'
import { registerRegisterCommands } from './register-commands'
import { registerRequestRunCommands } from './request-run-commands'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'

function parseServices(value: string): Service[] {
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = list.filter((s) => !(SERVICES as readonly string[]).includes(s))
  if (unknown.length || list.length === 0)
    throw new UsageError(`--services takes a list of ${SERVICES.join(', ')}`)
  return list as Service[]
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0-65535')
  return port
}

const ROLES = ['owner', 'privacy_officer', 'agent', 'auditor']

export function registerCommands(program: Command) {
  const dataDirOption = [
    '--data-dir <dir>',
    'embedded database folder (default ./data); ignored with DATABASE_URL',
  ] as const

  program
    .command('start')
    .description('Serve the admin UI and API, run jobs and the scheduler')
    .option('--port <port>', 'HTTP port (default 8080)', parsePort)
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .option(...dataDirOption)
    .option('--services <list>', 'roles of this process: web,worker,scheduler', parseServices, [...SERVICES])
    .action(async (options) => {
      const { startServer } = await import('./start')
      await startServer(await configFrom(options), options.services)
    })

  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .option(...dataDirOption)
    .action(async (options) => {
      await withRuntime(configFrom(options), async () => console.log('Database is up to date.'))
    })

  const org = program.command('org').description('Organisations')
  org
    .command('create')
    .description('Create an organisation')
    .requiredOption('--slug <slug>', 'short name used in URLs, e.g. acme')
    .requiredOption('--name <name>', 'display name')
    .option('--legal-name <name>', 'legal name (default: the name)')
    .option('--enterprise-number <number>', 'KBO/BCE enterprise number, e.g. 0403.019.261')
    .option(...dataDirOption)
    .action(async (options) => {
      const { organizationCreateSchema } = await import('../modules/organizations')
      const parsed = organizationCreateSchema.safeParse({
        slug: options.slug,
        name: options.name,
        legalName: options.legalName,
        enterpriseNumber: options.enterpriseNumber,
      })
      if (!parsed.success) {
        throw new UsageError(
          parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('\n'),
        )
      }
      const { createOrganization } = await import('../modules/organizations')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const created = await createOrganization(ctx, cliActor(), parsed.data, null)
        console.log(`Created organisation ${created.slug} (${created.name}).`)
      })
    })

  const user = program.command('user').description('User accounts')
  user
    .command('create')
    .description('Create a user with a role in an organisation; the password is read from stdin')
    .requiredOption('--email <email>', 'sign-in address')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--role <role>', ROLES.join('|'))
    .option('--name <name>', 'display name')
    .option(...dataDirOption)
    .action(async (options) => {
      if (!ROLES.includes(options.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`)
      const password = await readSecretFromStdin('Password: ')
      const { createUserWithMembership } = await import('../modules/members')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const result = await createUserWithMembership(ctx, cliActor(), {
          email: options.email,
          displayName: options.name,
          password,
          orgSlug: options.org,
          role: options.role as Role,
        })
        console.log(
          result.created
            ? `Created ${options.email} as ${options.role} of ${options.org}.`
            : `${options.email} existed already and is now ${options.role} of ${options.org} (password unchanged).`,
        )
      })
    })
  user
    .command('set-password')
    .description('Set a password (read from stdin), e.g. when no SMTP server is configured for reset mails')
    .requiredOption('--email <email>', 'sign-in address')
    .option(...dataDirOption)
    .action(async (options) => {
      const password = await readSecretFromStdin('New password: ')
      const { setPasswordByEmail } = await import('../modules/auth')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        await setPasswordByEmail(ctx, cliActor(), options.email, password)
        console.log(`Password set for ${options.email}; their sessions have ended.`)
      })
    })

  user
    .command('set-admin')
    .description('Let a user create organisations (an installation admin), or withdraw that with --revoke')
    .requiredOption('--email <email>', 'sign-in address')
    .option('--revoke', 'withdraw the right')
    .option(...dataDirOption)
    .action(async (options) => {
      const admin = !options.revoke
      const { setInstallationAdmin } = await import('../modules/users')
      await withRuntime(configFrom(options), ({ ctx }) =>
        setInstallationAdmin(ctx, cliActor(), options.email, admin),
      )
      console.log(
        admin
          ? `${options.email} is an installation admin and may create organisations.`
          : `${options.email} is no longer an installation admin.`,
      )
    })

  registerRegisterCommands(program)
  registerNoticeCommands(program)
  registerDatasetCommands(program)
  registerRequestRunCommands(program)

  const audit = program.command('audit').description('Audit log')
  audit
    .command('verify')
    .description('Check the keyed hash chain of the audit log; exit code 1 when it is broken')
    .option(
      '--checkpoint <file>',
      'also check against checkpoints kept outside the database (detects a cut-off tail)',
    )
    .option(...dataDirOption)
    .action(async (options) => {
      const { CheckpointFileError, readCheckpointFile } = await import('../audit/checkpoint')
      const { verifyAuditChain } = await import('../audit/verify')
      let checkpoints: Awaited<ReturnType<typeof readCheckpointFile>> | undefined
      if (options.checkpoint) {
        if (!existsSync(options.checkpoint))
          throw new UsageError(`--checkpoint: no file ${options.checkpoint}`)
        try {
          checkpoints = await readCheckpointFile(options.checkpoint)
        } catch (error) {
          if (error instanceof CheckpointFileError) throw new UsageError(`--checkpoint: ${error.message}`)
          throw error
        }
      }
      const report = await withRuntime(configFrom(options), ({ ctx }) => {
        const bar = progress('Events checked')
        return verifyAuditChain(ctx.db, { checkpoints, onProgress: (n) => bar.update(n) }).finally(() =>
          bar.done(),
        )
      })
      const legacy = report.legacyUntil
        ? ` (events 1-${report.legacyUntil} predate the keyed chain and are checked with plain SHA-256)`
        : ''
      const anchored = checkpoints ? `, ${checkpoints.length} checkpoints matched` : ''
      if (report.ok) {
        console.log(`Audit chain intact: ${report.checked} events verified${anchored}${legacy}.`)
        return
      }
      console.error(`Audit chain BROKEN (${report.checked} events read):`)
      for (const p of report.problems) console.error(`  event ${p.seq}: ${p.kind}`)
      process.exitCode = 1
    })
  audit
    .command('checkpoint')
    .description(
      'Append a signed checkpoint of the chain head to the checkpoint file now (the worker does so hourly)',
    )
    .option(
      '--file <file>',
      'checkpoint file (default CUSTOS_AUDIT_CHECKPOINT_FILE or <data dir>/audit-checkpoints.jsonl)',
    )
    .option(...dataDirOption)
    .action(async (options) => {
      const { appendCheckpoint } = await import('../audit/checkpoint')
      const { outcome, where } = await withRuntime(configFrom(options), async ({ ctx }) => {
        const where: string = options.file ?? ctx.config.auditCheckpointFile
        return { outcome: await appendCheckpoint(ctx.db, where, new Date()), where }
      })
      if (outcome.written) console.log(`Checkpoint of event ${outcome.checkpoint.seq} appended to ${where}.`)
      else if (outcome.reason === 'unchanged')
        console.log(`The chain has not moved since the last checkpoint (event ${outcome.checkpoint.seq}).`)
      else {
        console.error(
          `Not written: the chain no longer contains the last checkpoint of ${where}; run custos audit verify --checkpoint.`,
        )
        process.exitCode = 1
      }
    })
}
