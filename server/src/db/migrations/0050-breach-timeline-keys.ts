import { type Kysely, sql } from 'kysely'

/**
 * Breach timelines stored as event keys with data (issue 19, decision 0063). Until now the steps Custos recorded
 * were English sentences in `breach_events.text` ("Part 1 of the notification filed with the GBA (case X)."), so a
 * Dutch, French or German draft printed English. Each row is rewritten to `data = { $v: 2, key, ... }`: a sentence
 * Custos wrote becomes its key with what the sentence said (the case number, the hours before a time limit, the
 * clients written to); a person's words (events, decisions, reasons for a delay, why the file was closed, an
 * assessment's reasoning) stay in `text` as a note. A step whose text is not one Custos wrote is kept as a person's
 * note (kind `event`), so no words are lost. Rows already at version 2 are left alone.
 */

interface Row {
  id: string
  kind: string
  text: string
  data: unknown
}

type Rewrite = { kind: string; text: string; data: Record<string, unknown> }

const note = (row: Row, kind = row.kind): Rewrite => ({ kind, text: row.text, data: { key: 'note' } })
const num = (v: unknown, fallback = 0) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback

/** The new kind, text and data of a version 1 row. Exported for the test. */
export function rewriteTimelineRow(row: Row): Rewrite {
  const data = (typeof row.data === 'object' && row.data !== null ? row.data : {}) as Record<string, unknown>
  const step = (key: string, extra: Record<string, unknown> = {}, kind = row.kind): Rewrite => ({
    kind,
    text: '',
    data: { key, ...extra },
  })
  switch (row.kind) {
    case 'recorded':
      return row.text === 'Breach recorded.' ? step('recorded') : note(row, 'event')
    case 'authority_notified': {
      const m = /^Part 1 of the notification filed with the GBA(?: \(case (.+)\))?\.$/s.exec(row.text)
      return m ? step('authority_notified', { caseNumber: m[1] ?? null }) : note(row, 'event')
    }
    case 'authority_completed':
      return row.text === 'Part 2 of the notification filed with the GBA.'
        ? step('authority_completed')
        : note(row, 'event')
    case 'controllers_notified':
      return row.text === 'The controllers concerned were informed (Art. 33(2)).'
        ? step('controllers_notified')
        : note(row, 'event')
    case 'subjects_informed': {
      const m = /^Letters queued for (\d+) people \(Art\. 34\)\.$/.exec(row.text)
      if (!m) return note(row, 'event')
      const byLanguage =
        typeof data.byLanguage === 'object' && data.byLanguage !== null ? data.byLanguage : {}
      return step('subjects_informed', {
        queued: num(data.queued, Number(m[1])),
        alreadyInformed: num(data.alreadyInformed),
        withoutEmail: num(data.withoutEmail),
        byLanguage,
        lastNotBefore: typeof data.lastNotBefore === 'string' ? data.lastNotBefore : null,
      })
    }
    case 'reminder': {
      const m = /^Reminder: (part1|part2|controllers) (?:overdue|due in (\d+) hours or less)\.$/.exec(
        row.text,
      )
      if (!m) return note(row, 'event')
      return step('reminder', {
        clock: m[1],
        reminder: m[2] === undefined ? 'overdue' : 'due_soon',
        hoursBefore: m[2] === undefined ? 0 : Number(m[2]),
        recipients: num(data.recipients),
      })
    }
    case 'decision':
      if (typeof data.risk === 'string') {
        return {
          kind: 'decision',
          text: row.text,
          data: {
            key: 'assessed',
            risk: data.risk,
            severity: typeof data.severity === 'string' ? data.severity : null,
            obligations:
              typeof data.obligations === 'object' && data.obligations !== null ? data.obligations : {},
          },
        }
      }
      return note(row)
    case 'event': {
      const to = data.controllerNoticesTo
      const m = /^Notice of the breach e-mailed to (.*) \(Art\. 33\(2\)\)\.$/s.exec(row.text)
      if (!Array.isArray(to) || !m) return note(row)
      const names = new Map<string, string>()
      for (const part of (m[1] ?? '').matchAll(/(?:^|, )(.*?) <([^>]+)>/g))
        if (part[2]) names.set(part[2], part[1] ?? '')
      const recipients = to
        .filter((email): email is string => typeof email === 'string')
        .map((email) => ({ name: names.get(email) || null, email }))
      return step('controller_notices_sent', { recipients }, 'controller_notices_sent')
    }
    default:
      return note(row)
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<Row>`select id, kind, text, data from breach_events`.execute(db)
  for (const row of rows) {
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data
    if (typeof data === 'object' && data !== null && '$v' in data) continue
    const next = rewriteTimelineRow({ ...row, data })
    await sql`
      update breach_events
      set kind = ${next.kind}, text = ${next.text}, data = ${JSON.stringify({ ...next.data, $v: 2 })}::jsonb
      where id = ${row.id}
    `.execute(db)
  }
}

/** Keys are not turned back into English sentences: the rows stay readable (a version 2 value) after a rollback. */
export async function down(): Promise<void> {}
