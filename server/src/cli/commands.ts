import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import type { Role } from '../db/schema'
import { SERVICES, type Service } from '../services'
import { registerCookieCommands } from './cookie-commands'
import { registerDatasetCommands } from './dataset-commands'
import { registerDpiaCommands } from './dpia-commands'
import { progress, readSecretFromStdin } from './io'
import { currentLanguage, say } from './language'
import { registerNoticeCommands } from './notice-commands'
import { registerRegisterCommands } from './register-commands'
import { registerRequestRunCommands } from './request-run-commands'
import { registerRetentionCommands } from './retention-commands'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { registerSuppressionCommands } from './suppression-commands'
import { UsageError } from './usage-error'
import { issueTexts } from './words'

function parseServices(value: string): Service[] {
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = list.filter((s) => !(SERVICES as readonly string[]).includes(s))
  if (unknown.length || list.length === 0) throw new UsageError(say().usage.services(SERVICES.join(', ')))
  return list as Service[]
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(say().usage.port)
  return port
}

const ROLES = ['owner', 'privacy_officer', 'agent', 'auditor']
/** The example registers a sample organisation is built from (modules/samples). */
const SAMPLES = ['liberoo', 'the-invoice-managers', 'contactexpert']

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
      await withRuntime(configFrom(options), async () => console.log(say().databaseUpToDate))
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
        const { fieldIssueOf } = await import('../domain/errors')
        const option = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
        const issues = parsed.error.issues.map((i) => fieldIssueOf(option(String(i.path[0] ?? '')), i))
        const sentences = await issueTexts(issues)
        throw new UsageError(issues.map((i, n) => `${i.path}: ${sentences[n]}`).join('\n'))
      }
      const { createOrganization } = await import('../modules/organizations')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const created = await createOrganization(ctx, cliActor(), parsed.data, null)
        console.log(say().organizationCreated(created.slug, created.name))
      })
    })

  org
    .command('create-sample')
    .description(
      'Build a sample organisation from an example register, named as a sample in the CLI language; its mail is never sent',
    )
    .option('--example <name>', `${SAMPLES.join('|')} (default liberoo)`, 'liberoo')
    .option('--owner <email>', 'the account that becomes its owner')
    .option(...dataDirOption)
    .action(async (options) => {
      if (!SAMPLES.includes(options.example))
        throw new UsageError(say().usage.oneOf('--example', SAMPLES.join(', '), options.example))
      const { createSampleOrganization } = await import('../modules/samples')
      const { findUserByEmail } = await import('../modules/users')
      const { NotFound } = await import('../domain/errors')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const owner = options.owner ? await findUserByEmail(ctx.db, options.owner) : null
        if (options.owner && !owner) throw new NotFound('user', undefined, 'user_not_found')
        const created = await createSampleOrganization(ctx, cliActor(), owner?.id ?? null, {
          example: options.example,
          language: currentLanguage(),
        })
        console.log(say().organizationCreated(created.slug, created.name))
      })
    })
  org
    .command('delete-sample')
    .description('Delete a sample organisation with everything in it (any other organisation is refused)')
    .requiredOption('--org <slug>', 'the sample organisation')
    .option(...dataDirOption)
    .action(async (options) => {
      const { deleteSampleOrganization } = await import('../modules/samples')
      const { findOrganizationOrFail } = await import('../modules/register')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const found = await findOrganizationOrFail(ctx, options.org)
        await deleteSampleOrganization(ctx, cliActor(), found)
        console.log(say().sampleDeleted(found.slug, found.name))
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
      if (!ROLES.includes(options.role))
        throw new UsageError(say().usage.oneOf('--role', ROLES.join(', '), options.role))
      const password = await readSecretFromStdin(say().passwordPrompt)
      const { createUserWithMembership } = await import('../modules/members')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const result = await createUserWithMembership(ctx, cliActor(), {
          email: options.email,
          displayName: options.name,
          password,
          orgSlug: options.org,
          role: options.role as Role,
        })
        const m = say()
        console.log(
          (result.created ? m.userCreated : m.userExisted)(options.email, options.role, options.org),
        )
      })
    })
  user
    .command('set-password')
    .description('Set a password (read from stdin), e.g. when no SMTP server is configured for reset mails')
    .requiredOption('--email <email>', 'sign-in address')
    .option(...dataDirOption)
    .action(async (options) => {
      const password = await readSecretFromStdin(say().newPasswordPrompt)
      const { setPasswordByEmail } = await import('../modules/auth')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        await setPasswordByEmail(ctx, cliActor(), options.email, password)
        console.log(say().passwordSet(options.email))
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
      console.log(admin ? say().adminGranted(options.email) : say().adminRevoked(options.email))
    })

  registerRegisterCommands(program)
  registerDpiaCommands(program)
  registerNoticeCommands(program)
  registerSuppressionCommands(program)
  registerDatasetCommands(program)
  registerRequestRunCommands(program)
  registerRetentionCommands(program)
  registerCookieCommands(program)

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
          throw new UsageError(say().usage.noCheckpointFile(options.checkpoint))
        try {
          checkpoints = await readCheckpointFile(options.checkpoint)
        } catch (error) {
          if (error instanceof CheckpointFileError) throw new UsageError(`--checkpoint: ${error.message}`)
          throw error
        }
      }
      const report = await withRuntime(configFrom(options), ({ ctx }) => {
        const bar = progress(say().audit.progress)
        return verifyAuditChain(ctx.db, { checkpoints, onProgress: (n) => bar.update(n) }).finally(() =>
          bar.done(),
        )
      })
      const m = say().audit
      const legacy = report.legacyUntil ? m.legacy(report.legacyUntil) : ''
      const anchored = checkpoints ? m.anchored(checkpoints.length) : ''
      if (report.ok) {
        console.log(m.intact(report.checked, anchored, legacy))
        return
      }
      console.error(m.broken(report.checked))
      for (const p of report.problems) console.error(m.event(p.seq, p.kind))
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
      const m = say().audit
      if (outcome.written) console.log(m.checkpointAppended(outcome.checkpoint.seq, where))
      else if (outcome.reason === 'unchanged') console.log(m.checkpointUnchanged(outcome.checkpoint.seq))
      else {
        console.error(m.checkpointNotWritten(where))
        process.exitCode = 1
      }
    })
}
