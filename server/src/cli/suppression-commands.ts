import { createReadStream, createWriteStream } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import { say } from './language'
import { oneOf } from './register-check-command'
import { cliActor, configFrom, withRuntime } from './runtime-access'

const CHANNELS = ['phone', 'email', 'post'] as const
const dataDir = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

/**
 * `custos dncm import`, `custos robinson import` and `custos suppression check`: the do-not-call list, the Robinson
 * Mail list and campaign files (decisions 0033, 0086).
 */
export function registerSuppressionCommands(program: Command) {
  program
    .command('dncm')
    .description('The Belgian do-not-call list (DNCM, Bel-me-niet-meer / Ne-m’appelez-plus)')
    .command('import <file>')
    .description(
      'Import the DNCM text file (a phone number and its registration date per line) into an organisation; ' +
        'replaces its list; refused when older than 5 days; the consultation is kept as proof',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option(
      '--file-date <date>',
      'the day DNCM built the list (default: from the file name, else its newest registration)',
    )
    .option(...dataDir)
    .action(async (file: string, options) => {
      const { findOrganizationOrFail } = await import('../modules/register')
      const { importDncmFile } = await import('../modules/suppression')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const { consultation: c, problems } = await importDncmFile(
          ctx,
          cliActor(),
          org,
          createReadStream(file),
          {
            fileName: basename(file),
            fileDate: options.fileDate,
            fileDateField: '--file-date',
          },
        )
        const m = say().suppression
        console.log(
          m.imported(
            org.slug,
            c.numbers,
            c.file_date ?? '-',
            c.file_date_source ? m.dateSources[c.file_date_source] : '-',
          ),
        )
        console.log(m.counts(c.lines, c.duplicates, c.rejected))
        console.log(m.sha256(c.file_sha256 ?? '-'))
        for (const p of problems) console.log(m.problem(p.line, p.problem))
      })
    })

  program
    .command('robinson')
    .description('The Robinson Mail list (addressed post, robinson.be)')
    .command('import <file>')
    .description(
      'Import the Robinson Mail list (CSV with a header: name or first and last name, street with number, ' +
        'postal code, city) into an organisation; replaces its list; names and addresses are kept only as keyed ' +
        'hashes; the consultation is kept as proof',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option('--file-date <date>', 'the list’s date (default: from the file name, when it holds one)')
    .option(...dataDir)
    .action(async (file: string, options) => {
      const { findOrganizationOrFail } = await import('../modules/register')
      const { importRobinsonFile } = await import('../modules/suppression')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const { consultation: c, problems } = await importRobinsonFile(
          ctx,
          cliActor(),
          org,
          createReadStream(file),
          { fileName: basename(file), fileDate: options.fileDate, fileDateField: '--file-date' },
        )
        const m = say().suppression
        console.log(m.robinsonImported(org.slug, c.entries, c.file_date ?? '-'))
        console.log(m.robinsonCounts(c.lines, c.duplicates, c.rejected))
        console.log(m.sha256(c.file_sha256 ?? '-'))
        for (const p of problems) console.log(m.problem(p.line, p.problem))
      })
    })

  program
    .command('suppression')
    .description('Marketing suppression lists')
    .command('check <file>')
    .description(
      'Check a campaign CSV (header with email, phone/telefoon/téléphone, address/adres/adresse and, for post, ' +
        'name/naam/nom) for one channel; ' +
        'writes the lines back with verdict, reason, DNCM registration date and line number',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option('--channel <channel>', CHANNELS.join('|'), 'phone')
    .option(
      '--purpose <key>',
      'a consent purpose of the register: a line without a valid consent for it is flagged (no_consent by e-mail)',
    )
    .option('--out <file>', 'write the answer to a file instead of stdout')
    .option(...dataDir)
    .action(async (file: string, options) => {
      oneOf(CHANNELS, options.channel, '--channel')
      const { findOrganizationOrFail } = await import('../modules/register')
      const { checkCampaignFile } = await import('../modules/suppression')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const output = await checkCampaignFile(ctx, org, createReadStream(file), options.channel, {
          purpose: options.purpose,
        })
        let lines = -1
        let allowed = 0
        const counted = async function* () {
          for await (const chunk of output) {
            for (const line of chunk.split('\r\n')) {
              if (line === '') continue
              lines++
              if (/,allowed,[a-z_]+,[^,]*,\d+$/.test(line)) allowed++
            }
            yield chunk
          }
        }
        await pipeline(
          Readable.from(counted()),
          options.out ? createWriteStream(options.out) : process.stdout,
          {
            end: Boolean(options.out),
          },
        )
        console.error(say().suppression.checked(lines, allowed, options.out ?? 'stdout'))
      })
    })
}
