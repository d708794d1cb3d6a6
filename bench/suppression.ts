/**
 * Suppression benchmark (issue 17): DNCM import of 1,000,000 generated numbers (target < 30 s) and the check of a
 * 100,000-line campaign file (target < 10 s), on a fresh PostgreSQL database.
 *   CUSTOS_TEST_DATABASE=postgres npx tsx bench/suppression.ts [--numbers=1000000] [--lines=100000]
 */
import { loadavg } from 'node:os'
import { systemActor } from '../server/src/audit/actor'
import { toBrusselsDate } from '../server/src/domain/brussels-time'
import { checkCampaignFile, importDncmFile } from '../server/src/modules/suppression'
import { createTestContext } from '../server/test/support/context'
import { createOrg } from '../server/test/support/factories'

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const numbers = arg('numbers', 1_000_000)
const lines = arg('lines', 100_000)

/** The DNCM file as it would arrive: 64 KB pieces of "04xxxxxxxx;DD/MM/YYYY" lines. */
async function* dncmFile(count: number, today: string) {
  const [y, m, d] = today.split('-')
  let piece = 'telefoonnummer;datum\n'
  for (let i = 0; i < count; i++) {
    piece += `04${String(70_000_000 + i * 7).padStart(8, '0')};${d}/${m}/${y}\n`
    if (piece.length > 65_536) {
      yield piece
      piece = ''
    }
  }
  yield piece
}

async function* campaign(count: number) {
  let piece = 'name;phone;email\n'
  for (let i = 0; i < count; i++) {
    piece += `Person ${i};04${String(70_000_000 + i * 13).padStart(8, '0')};person${i}@example.be\n`
    if (piece.length > 65_536) {
      yield piece
      piece = ''
    }
  }
  yield piece
}

const t = await createTestContext()
try {
  const org = await createOrg(t.ctx, 'Bench BV')
  const today = toBrusselsDate(new Date())
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since)
    return ((used.user + used.system) / 1e6).toFixed(1)
  }
  const load = () => loadavg()[0]?.toFixed(1)
  let start = performance.now()
  let cpu = process.cpuUsage()
  const { consultation } = await importDncmFile(t.ctx, systemActor('bench'), org, dncmFile(numbers, today), {
    fileName: 'dncm-bench.txt',
    fileDate: today,
  })
  const importSeconds = (performance.now() - start) / 1000
  console.log(
    `DNCM import: ${consultation.numbers} numbers in ${importSeconds.toFixed(1)} s (Node CPU ${cpuSeconds(cpu)} s, load ${load()})`,
  )
  start = performance.now()
  cpu = process.cpuUsage()
  let out = 0
  for await (const chunk of await checkCampaignFile(t.ctx, org, campaign(lines), 'phone')) out += chunk.length
  const checkSeconds = (performance.now() - start) / 1000
  console.log(
    `Campaign check: ${lines} lines in ${checkSeconds.toFixed(1)} s (${out} bytes out, Node CPU ${cpuSeconds(cpu)} s, load ${load()})`,
  )
} finally {
  await t.close()
}
