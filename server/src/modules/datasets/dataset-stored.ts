import { type DatasetDocument, datasetDocumentSchema } from '../../domain/datasets/schema'
import { defineStoredJson } from '../../lib/stored-json'
import { type ConnectionOptionsInput, connectionOptionsInput } from './schemas'

/** The dataset file as validated when it was saved (decision 0025); read back through the same schema. */
export const storedDatasetDocument = defineStoredJson<DatasetDocument>({
  name: 'dataset.document',
  version: 1,
  schema: datasetDocumentSchema,
})

/** The non-secret part of the connection as normalised when it was saved; `{}` until one is saved. */
export const storedConnectionOptions = defineStoredJson<ConnectionOptionsInput>({
  name: 'dataset.connection_options',
  version: 1,
  schema: connectionOptionsInput,
})
