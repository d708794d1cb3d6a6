import type { Labels } from '../localized'
import type { ExportContext } from './context'
import type { VocabularyKey } from './vocabulary'

/**
 * The register as language-resolved tables: the XLSX writes one sheet per table, the CSV the activity table, the
 * PDF one block per row. A cell is a list of items, joined by each renderer in its own way.
 */

export interface Column<T> {
  readonly id: string
  readonly header: Labels
  /** Approximate width in characters for the spreadsheet. */
  readonly width: number
  /** A GDPR-mandatory entry (GBA register model): its header gets " *". */
  readonly mandatory?: boolean
  readonly value: (item: T, ctx: ExportContext) => readonly string[]
}

export interface TableColumn {
  readonly id: string
  /** The header as shown, with " *" when mandatory. */
  readonly header: string
  readonly mandatory: boolean
  readonly width: number
}

export type Cell = readonly string[]

export interface Table {
  readonly sheetName: string
  readonly title: string
  readonly legend: string | undefined
  readonly columns: readonly TableColumn[]
  readonly rows: readonly (readonly Cell[])[]
}

export interface TableSpec<T> {
  readonly sheet: VocabularyKey
  readonly title: VocabularyKey
  readonly legend?: VocabularyKey
  readonly columns: readonly Column<T>[]
}

export const MANDATORY_MARK = ' *'

export function headerOf<T>(column: Column<T>, ctx: ExportContext): string {
  const header = column.header[ctx.language]
  return column.mandatory ? `${header}${MANDATORY_MARK}` : header
}

export function buildTable<T>(spec: TableSpec<T>, items: readonly T[], ctx: ExportContext): Table {
  return {
    sheetName: ctx.t(spec.sheet),
    title: ctx.t(spec.title),
    legend: spec.legend === undefined ? undefined : ctx.t(spec.legend),
    columns: spec.columns.map((column) => ({
      id: column.id,
      header: headerOf(column, ctx),
      mandatory: column.mandatory === true,
      width: column.width,
    })),
    rows: items.map((item) => spec.columns.map((column) => column.value(item, ctx))),
  }
}

/** The cell of column `id` in `row`, or an empty cell. */
export function cellOf(table: Table, row: readonly Cell[], id: string): Cell {
  const index = table.columns.findIndex((column) => column.id === id)
  return index < 0 ? [] : (row[index] ?? [])
}
