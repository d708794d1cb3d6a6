/**
 * The parts of a parsed dataset file the UI shows (the server validated it: server/src/domain/datasets/schema.ts).
 * The API returns the document as a plain object; these types describe it for reading only.
 */

export type ErasureStrategy =
  | { strategy: 'keep' }
  | { strategy: 'null' }
  | { strategy: 'fixed'; value: string | number | boolean }
  | { strategy: 'hash'; maxLength?: number }
  | { strategy: 'delete_row' }

export interface DatasetFieldView {
  name: string
  category?: string
  identity?: string
  references?: { collection: string; field: string; direction?: 'from' | 'to' | 'both' | 'none' }
  erasure?: ErasureStrategy
  provided?: boolean
  rectifiable?: boolean
}

export interface DatasetCollectionView {
  name: string
  description?: string
  primaryKey?: string[]
  dateField?: string
  hold?: { rule: string; dateField: string }
  erasure?: 'mask' | 'delete'
  restriction?: { field: string; value: string | number | boolean }
  fields: DatasetFieldView[]
}

export interface DatasetDocumentView {
  key: string
  system: string
  name: string
  connector: 'postgres' | 'mysql' | 'http' | 'manual'
  instructions?: string
  http?: { baseUrl: string; auth?: string }
  collections: DatasetCollectionView[]
}

export function asDatasetDocument(document: Record<string, unknown>): DatasetDocumentView {
  const doc = document as unknown as Partial<DatasetDocumentView>
  return { ...(doc as DatasetDocumentView), collections: doc.collections ?? [] }
}

/** Whether a field holds personal data, as the server counts them (category, identity, erased or provided). */
export function isPersonal(field: DatasetFieldView): boolean {
  return (
    field.category !== undefined ||
    field.identity !== undefined ||
    (field.erasure !== undefined && field.erasure.strategy !== 'keep') ||
    field.provided === true
  )
}

/** What erasure does to a field when the file does not say: null for categorised fields, keep for the others. */
export function effectiveErasure(field: DatasetFieldView): ErasureStrategy {
  if (field.erasure) return field.erasure
  return field.category !== undefined || field.identity !== undefined
    ? { strategy: 'null' }
    : { strategy: 'keep' }
}
