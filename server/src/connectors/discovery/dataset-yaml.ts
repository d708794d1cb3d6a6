import { Document, isMap, isSeq, type YAMLMap } from 'yaml'
import type { DatasetDocument } from '../../domain/datasets/schema'
import type { ReferenceProposal, Suggestion } from './propose-dataset'

const HEADER = [
  ' Proposed by `custos dataset discover`. Review it before importing: check each category, identity and erasure,',
  ' remove what is not personal data, add holds from the retention rules of the register.',
  ' Comments give the confidence (0..1) of each suggestion and why, and why each reference is followed or not',
  ' (REVIEW: following it would reach rows of other people).',
].join('\n')

/** The document without values equal to the schema's defaults, so the file shows what matters. */
function withoutDefaults(document: DatasetDocument): Record<string, unknown> {
  return {
    ...document,
    collections: document.collections.map(({ after, erasure, fields, ...collection }) => ({
      ...collection,
      ...(after.length ? { after } : {}),
      ...(erasure !== 'mask' ? { erasure } : {}),
      fields: fields.map(({ provided, rectifiable, ...field }) => ({
        ...field,
        ...(provided ? { provided } : {}),
        ...(rectifiable ? {} : { rectifiable }),
      })),
    })),
  }
}

/** "confidence 0.95: name matches 'email'; 200/200 samples are e-mail addresses" */
function suggestionComment(suggestion: Suggestion): string {
  return ` confidence ${suggestion.confidence.toFixed(2)}: ${suggestion.reasons.join('; ')}`
}

/** " -> address.address_id: describes the customer: read from the customer's row" */
function referenceComment(reference: ReferenceProposal): string {
  const notes = [
    ...(reference.inferred ? ['no foreign key declared, inferred from the column name'] : []),
    ...(reference.fromPartitions ? ['declared on the partitions'] : []),
  ]
  return ` ${reference.flagged ? 'REVIEW ' : ''}-> ${reference.target}.${reference.targetField}: ${reference.text}${
    notes.length ? ` (${notes.join('; ')})` : ''
  }`
}

/**
 * A readable YAML dataset file: defaults left out, a header saying it is a proposal, and above each suggested field
 * a comment with its confidence and reasons, above each foreign key why it is followed or not. Parses back with
 * datasetDocumentSchema to the same document.
 */
export function datasetToYaml(
  document: DatasetDocument,
  suggestions: readonly Suggestion[] = [],
  references: readonly ReferenceProposal[] = [],
): string {
  const doc = new Document(withoutDefaults(document))
  doc.commentBefore = HEADER
  const collections = doc.get('collections', true)
  const comment = (at: { collection: string; field: string }, text: string) => {
    if (!isSeq(collections)) return
    const c = document.collections.findIndex((x) => x.name === at.collection)
    const f = document.collections[c]?.fields.findIndex((x) => x.name === at.field) ?? -1
    const collection = collections.items[c]
    const fields = isMap(collection) ? collection.get('fields', true) : undefined
    const field = isSeq(fields) ? (fields.items[f] as YAMLMap | undefined) : undefined
    if (field && isMap(field))
      field.commentBefore = field.commentBefore ? `${field.commentBefore}\n${text}` : text
  }
  for (const suggestion of suggestions) comment(suggestion, suggestionComment(suggestion))
  for (const reference of references) comment(reference, referenceComment(reference))
  return doc.toString({ lineWidth: 0 })
}
