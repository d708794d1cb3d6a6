import { type Kysely, sql } from 'kysely'

/**
 * The timeline rows a connector count wrote before timelines were stored as keys (issue 19). f60afad recorded a
 * count as the English sentence "Counted through <system>: N people, M records in <table>." with its figures in
 * `data`; migration 0050 knew no such sentence and kept it as a person's note (key `note`, its data dropped), so on
 * an installation that ran f60afad before 0050 the count still reads in English in every language and draft. Each
 * such row becomes the key `affected_counted` with what the sentence says (system, table, people, records); the
 * dataset's key and how many of the people the subject index knew are taken from the breach's last count when that
 * count is this one, the key also from the organisation's only dataset of that name, and otherwise left out rather
 * than guessed. A note a person wrote (any other text) is left alone, and a second run changes nothing.
 */

interface Row {
  id: string
  organization_id: string
  text: string
  data: unknown
  record: unknown
}

const SENTENCE = /^Counted through (.+): (\d+) people, (\d+) records in (.+)\.$/s

const parsed = (value: unknown): Record<string, unknown> => {
  const v = typeof value === 'string' ? JSON.parse(value) : value
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
}

/** What a count's sentence says, or null for any other text. Exported for the test. */
export function countOfSentence(
  text: string,
): { datasetName: string; people: number; records: number; collection: string } | null {
  const m = SENTENCE.exec(text)
  if (!m) return null
  return { datasetName: m[1] ?? '', people: Number(m[2]), records: Number(m[3]), collection: m[4] ?? '' }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<Row>`
    select e.id, e.organization_id, e.text, e.data, b.record
    from breach_events e join breaches b on b.id = e.breach_id and b.organization_id = e.organization_id
    where e.kind = 'affected_counted'
  `.execute(db)
  for (const row of rows) {
    if (parsed(row.data).key !== 'note') continue
    const count = countOfSentence(row.text)
    if (!count) continue
    const last = parsed(parsed(row.record).affectedSet)
    const same =
      last.datasetName === count.datasetName &&
      last.collection === count.collection &&
      last.people === count.people &&
      last.records === count.records
    let dataset = same && typeof last.dataset === 'string' ? last.dataset : undefined
    if (dataset === undefined) {
      const { rows: named } = await sql<{ key: string }>`
        select key from datasets where organization_id = ${row.organization_id} and name = ${count.datasetName}
      `.execute(db)
      if (named.length === 1) dataset = named[0]?.key
    }
    const inIndex = same && typeof last.inIndex === 'number' ? last.inIndex : undefined
    const data = {
      key: 'affected_counted',
      ...(dataset !== undefined ? { dataset } : {}),
      datasetName: count.datasetName,
      collection: count.collection,
      people: count.people,
      records: count.records,
      ...(inIndex !== undefined ? { inIndex } : {}),
      $v: 2,
    }
    await sql`
      update breach_events set text = '', data = ${JSON.stringify(data)}::jsonb where id = ${row.id}
    `.execute(db)
  }
}

/** The key is not turned back into the English sentence: the row stays readable after a rollback. */
export async function down(): Promise<void> {}
