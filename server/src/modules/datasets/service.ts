import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { datasetLineOf, parseDatasetText } from '../../domain/datasets/parse'
import { type DatasetRegisterProblem, datasetRegisterProblems } from '../../domain/datasets/register-links'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { Conflict, type FieldIssue, InvalidInput, NotFound } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import { counted } from '../../lib/plural'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { normaliseConnectionOptions } from './connection-options'
import type { Dataset } from './dataset'
import { loadDiscovery } from './discoveries'
import {
  deleteDatasetRow,
  findDataset,
  findDatasetForUpdate,
  insertDataset,
  listDatasets,
  updateConnection,
  updateDatasetFile,
} from './repository'
import type { ConnectionOptionsInput } from './schemas'
import { secretContext } from './secret'

export type LocatedRegisterProblem = DatasetRegisterProblem & { line?: number }
type LocatedError = FieldIssue

/** Register findings for a dataset, each with its line in `source` when it can be found. */
export function registerProblemsOf(
  document: DatasetDocument,
  register: RegisterDocument,
  source: string,
): LocatedRegisterProblem[] {
  const lineOf = datasetLineOf(source)
  return datasetRegisterProblems(document, register).map((p) => {
    const line = lineOf(p.path)
    return line ? { ...p, line } : p
  })
}

/**
 * Parses a dataset file and checks it against the organisation's register. Throws 422 naming every problem
 * (path under `source`, with its line) when the file is invalid, names another key than `expectedKey`, or
 * refers to a system or retention rule the register lacks; warnings are returned.
 */
export async function checkDatasetSource(
  ctx: AppContext,
  org: Organization,
  source: string,
  expectedKey?: string,
): Promise<{ document: DatasetDocument; problems: LocatedRegisterProblem[] }> {
  const parsed = parseDatasetText(source)
  if (!parsed.ok) {
    const errors: LocatedError[] = parsed.problems.map((p) => ({
      path: p.path ? `source.${p.path}` : 'source',
      message: p.message,
      code: p.code,
      ...(p.params ? { params: p.params } : {}),
      ...(p.line ? { line: p.line } : {}),
    }))
    throw new InvalidInput(
      errors,
      `The dataset file has ${counted('en', errors.length, { one: 'problem', other: 'problems' })}; nothing was saved.`,
      'dataset_file_invalid',
      { params: { problems: errors.length } },
    )
  }
  const document = parsed.document
  if (expectedKey !== undefined && document.key !== expectedKey) {
    const line = datasetLineOf(source)('key')
    const errors: LocatedError[] = [
      {
        path: 'source.key',
        message: `The file describes "${document.key}" but the address names "${expectedKey}"`,
        code: 'key_mismatch',
        params: { key: document.key, expected: expectedKey },
        ...(line ? { line } : {}),
      },
    ]
    throw new InvalidInput(
      errors,
      'The key in the file must equal the key in the address; nothing was saved.',
      'dataset_key_mismatch',
      { params: { key: document.key, expected: expectedKey } },
    )
  }
  const problems = registerProblemsOf(document, await loadRegister(ctx, org), source)
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length > 0) {
    const located: LocatedError[] = errors.map((p) => ({
      path: `source.${p.path}`,
      message: p.message,
      code: 'unknown_reference',
      ...(p.line ? { line: p.line } : {}),
    }))
    throw new InvalidInput(
      located,
      'The dataset does not match the register; nothing was saved.',
      'dataset_register_mismatch',
      { params: { problems: located.length } },
    )
  }
  return { document, problems }
}

/** The organisation's datasets, by key. */
export function listDatasetsOf(ctx: AppContext, org: Organization): Promise<Dataset[]> {
  return listDatasets(ctx.db, org.id)
}

/** One dataset; not_found (entity dataset) when the organisation has none with this key. */
export async function getDataset(ctx: AppContext, org: Organization, key: string): Promise<Dataset> {
  const dataset = await findDataset(ctx.db, org.id, key)
  if (!dataset) throw new NotFound('dataset')
  return dataset
}

/** A discovery started earlier, with its progress or outcome; not_found (entity discovery) when unknown here. */
export async function getDiscovery(ctx: AppContext, org: Organization, id: string) {
  const found = await loadDiscovery(ctx, org, id)
  if (!found) throw new NotFound('discovery')
  return found
}

export interface SavedDataset {
  dataset: Dataset
  created: boolean
  changed: boolean
  problems: LocatedRegisterProblem[]
}

/**
 * Creates or replaces a dataset from its file. The version goes up on each change; an identical file changes
 * nothing. When the connector changes, the stored connection (made for the other kind) is removed.
 */
export async function saveDatasetSource(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  source: string,
  expectedKey?: string,
): Promise<SavedDataset> {
  const { document, problems } = await checkDatasetSource(ctx, org, source, expectedKey)
  const file = { source, document }
  try {
    return await inTransaction(ctx, async (ctx) => {
      const trx = ctx.db
      const existing = await findDatasetForUpdate(trx, org.id, document.key)
      if (existing && existing.source === source) {
        return { dataset: existing, created: false, changed: false, problems }
      }
      let dataset = existing
        ? await updateDatasetFile(trx, org.id, existing.id, file, existing.version + 1)
        : await insertDataset(trx, org.id, file)
      const connectionCleared = existing !== undefined && existing.connector !== document.connector
      if (connectionCleared) {
        dataset = await updateConnection(trx, org.id, dataset.id, { options: {}, secretEncrypted: null })
      }
      await recordAudit(trx, actor, {
        organizationId: org.id,
        action: existing ? 'dataset.updated' : 'dataset.created',
        targetType: 'dataset',
        targetId: document.key,
        summary: {
          key: document.key,
          version: dataset.version,
          system: document.system,
          connector: document.connector,
          collections: document.collections.length,
          ...(connectionCleared ? { connectionCleared: true } : {}),
        },
      })
      return { dataset, created: !existing, changed: true, problems }
    })
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') {
      throw new Conflict(
        'dataset_created_concurrently',
        `The dataset "${document.key}" was created at the same moment; load it and try again.`,
        { params: { key: document.key } },
      )
    }
    throw error
  }
}

export async function deleteDataset(ctx: AppContext, actor: Actor, org: Organization, key: string) {
  await inTransaction(ctx, async (ctx) => {
    const existing = await findDatasetForUpdate(ctx.db, org.id, key)
    if (!existing) throw new NotFound('dataset')
    await deleteDatasetRow(ctx.db, org.id, existing.id)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'dataset.deleted',
      targetType: 'dataset',
      targetId: key,
      summary: { key, version: existing.version, system: existing.systemKey },
    })
  })
}

/**
 * Stores how to reach a dataset's system. A password in a URL is moved into the secret; the secret is encrypted
 * for this dataset only. `secret` undefined keeps the stored one, '' removes it.
 */
export async function saveConnection(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  key: string,
  input: { options: ConnectionOptionsInput; secret?: string | undefined },
): Promise<Dataset> {
  return inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const existing = await findDatasetForUpdate(trx, org.id, key)
    if (!existing) throw new NotFound('dataset')
    const normalised = normaliseConnectionOptions(existing.connector, input.options)
    if (!normalised.ok) throw new InvalidInput(normalised.errors)
    const secret = input.secret ?? normalised.secretFromUrl
    const secretEncrypted =
      secret === undefined
        ? undefined
        : secret === ''
          ? null
          : ctx.encryption.encrypt(secret, secretContext(existing.id))
    const dataset = await updateConnection(trx, org.id, existing.id, {
      options: normalised.options,
      secretEncrypted,
    })
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'dataset.connection_updated',
      targetType: 'dataset',
      targetId: key,
      summary: {
        key,
        options: Object.keys(normalised.options).sort(),
        secret: secretEncrypted === undefined ? 'kept' : secretEncrypted === null ? 'removed' : 'replaced',
      },
    })
    return dataset
  })
}
