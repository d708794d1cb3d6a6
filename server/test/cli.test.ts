import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { onPostgres, SLOW, useCliWorkspace } from './support/cli'

/** The real `custos` command on its own database: embedded in a temporary folder, or a new PostgreSQL database. */
describe(`custos CLI on ${onPostgres ? 'PostgreSQL' : 'the embedded database'} (exit 0 ok, 1 failure, 2 usage)`, () => {
  const workspace = useCliWorkspace('custos-cli')
  const { dataDir } = workspace
  const run = (args: string[], input?: string) => workspace.run(args, { input })

  it('shows help everywhere with exit 0, and exits 2 on wrong usage', SLOW, () => {
    const top = run(['--help'])
    expect(top.code).toBe(0)
    for (const command of ['start', 'migrate', 'org', 'user', 'audit']) expect(top.out).toContain(command)
    const sub = run(['user', 'create', '--help'])
    expect(sub.code).toBe(0)
    expect(sub.out).toContain('--role')
    expect(run(['org', 'create', '--help']).code).toBe(0)
    expect(run(['audit', 'verify', '--help']).code).toBe(0)
    expect(run(['no-such-command']).code).toBe(2)
    expect(run(['org', 'create', '--slug', 'x']).code).toBe(2)
    expect(run(['user', 'create', '--email', 'a@b.be', '--org', 'x', '--role', 'king']).code).toBe(2)
    expect(run(['start', '--services', 'web,coffee']).code).toBe(2)
  })

  it('migrates, creates an organisation and a user with a password from stdin', SLOW, () => {
    expect(run(['migrate']).code).toBe(0)
    const org = run([
      'org',
      'create',
      '--slug',
      'peeters',
      '--name',
      'Boekhouding Peeters',
      '--enterprise-number',
      '0403.019.261',
    ])
    expect(org.code, org.err).toBe(0)
    expect(
      run(['org', 'create', '--slug', 'bad', '--name', 'X', '--enterprise-number', '0403019262']).code,
    ).toBe(2)
    expect(run(['org', 'create', '--slug', 'peeters', '--name', 'Twice']).code).toBe(1)
    const user = run(
      ['user', 'create', '--email', 'els@peeters.be', '--org', 'peeters', '--role', 'privacy_officer'],
      'a good long password\n',
    )
    expect(user.code, user.err).toBe(0)
    expect(user.out).toContain('Created els@peeters.be')
    const weak = run(
      ['user', 'create', '--email', 'jan@peeters.be', '--org', 'peeters', '--role', 'agent'],
      'short\n',
    )
    expect(weak.code).toBe(1)
    expect(weak.err).toMatch(/12/)
    expect(
      run(
        ['user', 'create', '--email', 'x@y.be', '--org', 'nope', '--role', 'agent'],
        'a good long password\n',
      ).code,
    ).toBe(1)
  })

  it(
    'verifies the audit chain against its checkpoint file, and detects an edited row (exit 1)',
    SLOW,
    async () => {
      const checkpoint = run(['audit', 'checkpoint'])
      expect(checkpoint.code, checkpoint.err).toBe(0)
      expect(checkpoint.out).toContain('audit-checkpoints.jsonl')
      const ok = run(['audit', 'verify', '--checkpoint', join(dataDir, 'audit-checkpoints.jsonl')])
      expect(ok.code, ok.err).toBe(0)
      expect(ok.out).toMatch(/intact: \d+ events verified, 1 checkpoints matched/)
      expect(run(['audit', 'verify', '--checkpoint', join(dataDir, 'nothing-here.jsonl')]).code).toBe(2)

      const tamper = `update audit_events set actor_label = 'someone else' where seq = 1`
      if (onPostgres) {
        const client = new pg.Client({ connectionString: workspace.databaseUrl() })
        await client.connect()
        await client.query(tamper)
        await client.end()
      } else {
        const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata') })
        await db.query(tamper)
        await db.close()
      }

      const broken = run(['audit', 'verify'])
      expect(broken.code).toBe(1)
      expect(broken.err).toContain('event 1: altered')
    },
  )
})
