import { readFileSync } from 'node:fs'
import { type Kysely, sql } from 'kysely'

/** Clock ticks a second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS = 100

/** CPU seconds used so far by each PostgreSQL backend serving this database (the server runs on this machine). */
export async function backendCpu(db: Kysely<never>): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
    db,
  )
  const used = new Map<number, number>()
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      used.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS)
    } catch {
      // gone meanwhile
    }
  }
  return used
}

/**
 * CPU seconds the backends used between two readings: per backend, what it used since the first reading (all of it
 * for one started meanwhile). A backend that exited meanwhile (an idle pool connection closed, a parallel worker)
 * is not counted, so this is a lower bound.
 */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0
  for (const [pid, used] of after) seconds += used - (before.get(pid) ?? 0)
  return seconds
}

/** This process's CPU seconds (user + system) since `since`. */
export function processCpuSeconds(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}
