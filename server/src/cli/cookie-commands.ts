import type { Command } from 'commander'
import { say } from './language'
import { configFrom, withRuntime } from './runtime-access'
import { count } from './words'

/** `custos cookies scan --org SLUG`: scans the organisation's site and prints the findings (issue 18). */
export function registerCookieCommands(program: Command) {
  const cookies = program.command('cookies').description('Cookie banner, inventory and scanner')
  cookies
    .command('scan')
    .description(
      'Visit the configured URLs in headless Chromium before consent, after Accept all and after Reject all; store the scan and print its findings',
    )
    .requiredOption('--org <slug>', 'the organisation')
    .option('--json', 'print the scan as JSON')
    .option('--data-dir <dir>', 'embedded database folder (default ./data); ignored with DATABASE_URL')
    .action(async (options) => {
      const { findOrganizationOrFail } = await import('../modules/register')
      const { runCookieScan, scanSite } = await import('../modules/cookies')
      const scan = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        return runCookieScan(ctx, org, scanSite)
      })
      if (options.json) {
        process.stdout.write(`${JSON.stringify(scan, null, 2)}\n`)
      } else {
        const m = say().cookies
        process.stdout.write(`${m.pages(scan.result.pages.join(', '))}\n`)
        for (const f of scan.findings)
          process.stdout.write(`${f.code}\t${f.subject}\t${f.service ?? '-'}\t${f.page}\n`)
        process.stdout.write(
          `${m.summary(count(scan.findings.length, 'finding'), scan.diff.newFindings.length, scan.diff.resolvedFindings.length)}\n`,
        )
      }
      if (scan.findings.length > 0) process.exitCode = 1
    })
}
