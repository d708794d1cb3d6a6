import type { ColumnClassification, Detected } from '../../domain/datasets/classify'
import { nameTokens } from '../../domain/datasets/column-names'
import type { IntrospectedForeignKey, IntrospectedTable, Reach } from './model'
import { type ReferenceReason, reasonText } from './reference-reasons'

/**
 * Which foreign keys discovery proposes to follow, and why - the references a privacy officer would keep:
 * - outward from a person table to the rows that describe the person (customer -> address), and on from those to
 *   lookup data as context (address -> city -> country);
 * - inward from rows that belong to the person (rental -> customer, payment -> customer) and from rows that are
 *   part of those (invoice line -> invoice);
 * - never towards other people: a row that refers to two people belongs to the one for whom a dry run reaches the
 *   fewest rows of the other (rental -> customer, not rental -> staff); a column that names a role
 *   (manager_staff_id) is not ownership; a table that refers to people (store -> staff) is not context.
 * Pure: the dry runs are measured by the caller (see `reachQuestions`) and passed in.
 */

export interface ReferenceProposal {
  collection: string
  field: string
  target: string
  targetField: string
  /** from: found from the target's rows (belongs to); to: the target found from these rows; none: not followed. */
  direction: 'from' | 'to' | 'none'
  /** Reviewers should look: following it would reach rows of other people. */
  flagged: boolean
  /** No foreign key is declared: inferred from the column name. */
  inferred: boolean
  /** Declared on partitions (or inheritance children) only and merged onto the table. */
  fromPartitions: boolean
  reason: ReferenceReason
  /** The reason in English, for the YAML comment and the command line. */
  text: string
}

export interface SchemaRoles {
  /** Tables whose rows are people (names, e-mail, national number, customer number). */
  persons: Set<string>
  /** Tables whose rows belong to a person, with the person tables they belong to. */
  owners: Map<string, Set<string>>
  /** Tables reached outward from a person that describe the person (address). */
  describing: Set<string>
  /** Lookup tables reached as context, holding no identity: shared by many rows, never erased. */
  shared: Set<string>
  /**
   * Tables described only because they refer to rows that describe a person (store -> address): erasure must see
   * that such a row is also used elsewhere before it changes it. Never read for a person.
   */
  referrers: Set<string>
  references: ReferenceProposal[]
}

/** A person table has a column that says whose row it is. */
const PERSON_KINDS: readonly Detected[] = [
  'first_name',
  'last_name',
  'full_name',
  'email',
  'national_number',
  'customer_number',
]
/** Lookup tables hold place names at most: a city's name is the same for everyone living there. */
const LOOKUP_KINDS: readonly Detected[] = ['city', 'region', 'country', 'postcode']
/** Tables of people who handle other people's rows (staff, employees): a fallback when no dry run could run. */
const WORKFORCE = new Set(
  'staff employee employees personeel medewerker medewerkers werknemer werknemers agent agents salarie salaries'.split(
    ' ',
  ),
)
/** A sample person may reach this many rows of another person table through a reference before it is flagged. */
export const FAN_OUT_LIMIT = 1

type Classified = Map<string, Map<string, ColumnClassification>>
export type Reaches = ReadonlyMap<string, Reach | null>

export const reachKey = (table: string, via: string, other: string) => `${table}\u0000${via}\u0000${other}`

function singleColumn(table: IntrospectedTable, fk: IntrospectedForeignKey, names: Set<string>): boolean {
  return fk.columns.length === 1 && fk.refSchema === table.schema && names.has(fk.refTable)
}

/** customer_id, CustomerId, customer, klant_id: the column is named after the table (or its key) it refers to. */
function namedAfterTarget(column: string, target: string, targetColumn: string): boolean {
  const tokens = nameTokens(column)
  const key = nameTokens(targetColumn)
  if (tokens.join(' ') === key.join(' ')) return true
  const table = nameTokens(target)
  const singular = table.map((t, i) => (i === table.length - 1 && t.endsWith('s') ? t.slice(0, -1) : t))
  const rest = (prefix: string[]) =>
    tokens.length >= prefix.length && prefix.every((t, i) => tokens[i] === t)
      ? tokens.slice(prefix.length)
      : null
  for (const prefix of [table, singular]) {
    const after = rest(prefix)
    if (
      after &&
      (after.length === 0 || ['id', 'no', 'nr', 'key', 'code', 'number'].includes(after.join(' ')))
    )
      return true
  }
  return false
}

function personTables(tables: readonly IntrospectedTable[], classified: Classified): Set<string> {
  return new Set(
    tables
      .filter((t) =>
        [...(classified.get(t.name)?.values() ?? [])].some((c) => PERSON_KINDS.includes(c.detected)),
      )
      .map((t) => t.name),
  )
}

/** The plain (not role-named) references of a non-person table to person tables: candidate owners. */
function ownerCandidates(table: IntrospectedTable, persons: Set<string>, names: Set<string>) {
  return table.foreignKeys.filter(
    (fk) =>
      singleColumn(table, fk, names) &&
      fk.refTable !== table.name &&
      persons.has(fk.refTable) &&
      namedAfterTarget(fk.columns[0] ?? '', fk.refTable, fk.refColumns[0] ?? ''),
  )
}

/**
 * The dry runs discovery should measure: for each table that refers to several people, each pair of those
 * references (rental.customer_id with rental.staff_id, and the other way round).
 */
export function reachQuestions(
  tables: readonly IntrospectedTable[],
  classified: Classified,
): { table: IntrospectedTable; via: string; other: string }[] {
  const persons = personTables(tables, classified)
  const names = new Set(tables.map((t) => t.name))
  const questions: { table: IntrospectedTable; via: string; other: string }[] = []
  for (const table of tables) {
    if (persons.has(table.name)) continue
    const candidates = ownerCandidates(table, persons, names)
    for (const a of candidates)
      for (const b of candidates)
        if (a !== b) questions.push({ table, via: a.columns[0] ?? '', other: b.columns[0] ?? '' })
  }
  return questions
}

/**
 * The roles of the tables and a decision with a reason for every single-column reference within the schema.
 * `reaches` holds the dry runs asked by `reachQuestions` (missing or null: no row to try).
 */
export function planReferences(
  tables: readonly IntrospectedTable[],
  classified: Classified,
  reaches: Reaches = new Map(),
): SchemaRoles {
  const names = new Set(tables.map((t) => t.name))
  const byName = new Map(tables.map((t) => [t.name, t]))
  const persons = personTables(tables, classified)
  const decided = new Map<IntrospectedForeignKey, Omit<ReferenceProposal, 'text'>>()
  const decide = (
    table: IntrospectedTable,
    fk: IntrospectedForeignKey,
    direction: ReferenceProposal['direction'],
    reason: ReferenceReason,
    flagged = false,
  ) =>
    decided.set(fk, {
      collection: table.name,
      field: fk.columns[0] ?? '',
      target: fk.refTable,
      targetField: fk.refColumns[0] ?? '',
      direction,
      flagged,
      inferred: fk.origin === 'inferred',
      fromPartitions: fk.origin === 'partition',
      reason,
    })
  const followable = (t: IntrospectedTable) => t.foreignKeys.filter((fk) => singleColumn(t, fk, names))

  // 1. People pointing at people, and role-named references to people.
  for (const table of tables) {
    for (const fk of followable(table)) {
      if (!persons.has(fk.refTable)) continue
      if (persons.has(table.name)) decide(table, fk, 'none', { code: 'another_person', person: fk.refTable })
      else if (!namedAfterTarget(fk.columns[0] ?? '', fk.refTable, fk.refColumns[0] ?? ''))
        decide(table, fk, 'none', { code: 'role', person: fk.refTable })
    }
  }

  // 2. Direct owners: of several people, the one a dry run reaches the fewest others from.
  const owners = new Map<string, Set<string>>()
  for (const table of tables) {
    if (persons.has(table.name)) continue
    const candidates = ownerCandidates(table, persons, names)
    if (candidates.length === 0) continue
    const reachOf = new Map(
      candidates.map((a) => {
        const measured = candidates
          .filter((b) => b !== a)
          .map((b) => ({
            b,
            reach: reaches.get(reachKey(table.name, a.columns[0] ?? '', b.columns[0] ?? '')),
          }))
          .filter((m): m is { b: IntrospectedForeignKey; reach: Reach } => m.reach != null)
        const worst = measured.sort((x, y) => y.reach.others - x.reach.others)[0]
        return [a, worst ?? null] as const
      }),
    )
    const fewest = Math.min(...[...reachOf.values()].map((w) => w?.reach.others ?? Number.POSITIVE_INFINITY))
    const measuredAll = [...reachOf.values()].every((w) => w !== null)
    const workforce = (fk: IntrospectedForeignKey) => nameTokens(fk.refTable).some((t) => WORKFORCE.has(t))
    const clients = candidates.filter((fk) => !workforce(fk))
    for (const fk of candidates) {
      const worst = reachOf.get(fk)
      if (
        candidates.length > 1 &&
        measuredAll &&
        worst &&
        worst.reach.others > FAN_OUT_LIMIT &&
        worst.reach.others > fewest
      ) {
        decide(
          table,
          fk,
          'none',
          {
            code: 'fan_out',
            person: fk.refTable,
            rows: worst.reach.rows,
            others: worst.reach.others,
            other: worst.b.refTable,
          },
          true,
        )
      } else if (candidates.length > 1 && !measuredAll && workforce(fk) && clients.length > 0) {
        decide(
          table,
          fk,
          'none',
          { code: 'handled_by', person: fk.refTable, other: clients[0]?.refTable ?? '' },
          true,
        )
      } else {
        decide(table, fk, 'from', { code: 'belongs', person: fk.refTable })
        owners.set(table.name, (owners.get(table.name) ?? new Set()).add(fk.refTable))
      }
    }
  }

  // 3. Rows that are part of rows belonging to a person (invoice lines of an invoice), to a fixpoint.
  const directlyOwned = new Set(owners.keys())
  const partOf = new Map<IntrospectedForeignKey, IntrospectedTable>()
  for (let grew = true; grew; ) {
    grew = false
    for (const table of tables) {
      if (persons.has(table.name)) continue
      for (const fk of followable(table)) {
        if (decided.has(fk) || partOf.has(fk) || fk.refTable === table.name) continue
        const parentOwners = owners.get(fk.refTable)
        if (!parentOwners) continue
        const mine = owners.get(table.name)
        if (directlyOwned.has(table.name) && mine && ![...parentOwners].every((p) => mine.has(p))) {
          decide(table, fk, 'none', { code: 'other_owner', person: [...parentOwners].sort()[0] ?? '' })
          continue
        }
        partOf.set(fk, table)
        if (!directlyOwned.has(table.name)) {
          const merged = new Set([...(mine ?? []), ...parentOwners])
          if (merged.size !== (mine?.size ?? 0)) grew = true
          owners.set(table.name, merged)
        }
      }
    }
  }
  for (const [fk, table] of partOf) {
    const person = [...(owners.get(fk.refTable) ?? [])].sort()[0] ?? ''
    decide(table, fk, 'from', { code: 'part_of', parent: fk.refTable, person })
  }

  // 4. Outward from people to what describes them, and on to lookup data as context.
  const refersToPeople = (t: IntrospectedTable) =>
    followable(t).find((fk) => persons.has(fk.refTable) && fk.refTable !== t.name)
  const describing = new Set<string>()
  const context = new Set<string>()
  const subjectOf = new Map<string, string>()
  const queue = [...persons]
  for (let next = 0; next < queue.length; next++) {
    const name = queue[next] as string
    const table = byName.get(name)
    if (!table) continue
    const person = persons.has(name) ? name : (subjectOf.get(name) ?? name)
    for (const fk of followable(table)) {
      if (decided.has(fk)) continue
      const target = byName.get(fk.refTable)
      if (!target || target.name === name) continue
      if (owners.has(target.name)) {
        decide(table, fk, 'none', {
          code: 'other_owner',
          person: [...(owners.get(target.name) ?? [])][0] ?? '',
        })
        continue
      }
      const people = refersToPeople(target)
      if (people) {
        decide(table, fk, 'none', { code: 'leads_to_people', person: people.refTable })
        continue
      }
      const kinds = [...(classified.get(target.name)?.values() ?? [])].map((c) => c.detected)
      const lookup = kinds.every((k) => LOOKUP_KINDS.includes(k))
      if (lookup) {
        decide(table, fk, 'to', { code: 'context', via: name })
        context.add(target.name)
      } else {
        decide(table, fk, 'to', { code: 'describes', person })
        describing.add(target.name)
      }
      if (!queue.includes(target.name)) {
        subjectOf.set(target.name, person)
        queue.push(target.name)
      }
    }
  }

  // 5. Other tables that use what describes a person (a store's address): documented so erasure sees the sharing.
  const referrers = new Set<string>()
  for (const table of tables) {
    if (
      persons.has(table.name) ||
      owners.has(table.name) ||
      describing.has(table.name) ||
      context.has(table.name)
    )
      continue
    for (const fk of followable(table)) {
      if (decided.has(fk) || !describing.has(fk.refTable)) continue
      decide(table, fk, 'none', { code: 'uses_same', target: fk.refTable })
      referrers.add(table.name)
    }
  }

  // 6. Everything else is not followed: the target holds nothing about the person reached here.
  for (const table of tables)
    for (const fk of followable(table))
      if (!decided.has(fk))
        decide(
          table,
          fk,
          'none',
          fk.refTable === table.name && persons.has(table.name)
            ? { code: 'another_person', person: table.name }
            : { code: 'not_personal' },
        )

  const shared = new Set([...context].filter((t) => !describing.has(t)))
  const references = tables.flatMap((table) =>
    followable(table).flatMap((fk) => {
      const d = decided.get(fk)
      return d ? [{ ...d, text: reasonText(d.collection, d.reason) }] : []
    }),
  )
  return { persons, owners, describing, shared, referrers, references }
}
