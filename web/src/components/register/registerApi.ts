import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language } from '../../api/types'
import type { Segment } from '../../app/registerRoutes'
import type { Catalogue, CheckResult, EntryOf, EntryVersion, ImportReport, RegisterDocument } from './types'

/**
 * The register API. The entry routes are the same for every kind (/register/{segment}...), so one typed path stands
 * for all of them here and callers get the entry type of their segment.
 */
type Base = '/api/v1/orgs/{slug}/register'
const path = (segment: Segment) => `/api/v1/orgs/{slug}/register/${segment}` as `${Base}/activities`
const keyPath = (segment: Segment) =>
  `/api/v1/orgs/{slug}/register/${segment}/{key}` as `${Base}/activities/{key}`
const historyPath = (segment: Segment) =>
  `/api/v1/orgs/{slug}/register/${segment}/{key}/history` as `${Base}/activities/{key}/history`
/** The server validates each body against the schema of its segment; here they share the activity's type. */
const asBody = (entry: EntryOf[Segment]) => entry as unknown as EntryOf['activities']

export async function loadRegister(slug: string): Promise<RegisterDocument> {
  const doc = await call(api.GET('/api/v1/orgs/{slug}/register', { params: { path: { slug } } }))
  return doc as unknown as RegisterDocument
}

/** What the caller may do with the entries of a kind (add, change, delete), as the entries' response says. */
export type EntryCan = { create: boolean; update: boolean; delete: boolean }

export async function loadEntryCan(slug: string, segment: Segment): Promise<EntryCan> {
  const list = await call(api.GET(path(segment), { params: { path: { slug } } }))
  return list.can
}

export async function loadEntry<S extends Segment>(
  slug: string,
  segment: S,
  key: string,
): Promise<{ version: number; updatedAt: string; data: EntryOf[S] }> {
  const entry = await call(api.GET(keyPath(segment), { params: { path: { slug, key } } }))
  return { ...entry, data: entry.data as unknown as EntryOf[S] }
}

export async function createEntry<S extends Segment>(slug: string, segment: S, entry: EntryOf[S]) {
  return call(api.POST(path(segment), { params: { path: { slug } }, body: asBody(entry) }))
}

export async function updateEntry<S extends Segment>(
  slug: string,
  segment: S,
  key: string,
  entry: EntryOf[S],
) {
  return call(api.PUT(keyPath(segment), { params: { path: { slug, key } }, body: asBody(entry) }))
}

export async function deleteEntry(slug: string, segment: Segment, key: string): Promise<void> {
  await call(api.DELETE(keyPath(segment), { params: { path: { slug, key } } }))
}

export async function loadHistory(slug: string, segment: Segment, key: string): Promise<EntryVersion[]> {
  const history = await call(api.GET(historyPath(segment), { params: { path: { slug, key } } }))
  return history.items
}

let catalogue: Promise<Catalogue> | null = null

/** The built-in catalogues are the same for every organisation and change only with a new release: load once. */
export function loadCatalogue(): Promise<Catalogue> {
  if (!catalogue) {
    catalogue = call(api.GET('/api/v1/register/catalogue'))
    catalogue.catch(() => {
      catalogue = null
    })
  }
  return catalogue
}

/**
 * The register linter's findings, with message and fix in `lang`, together with the processor rules (agreements,
 * Art. 28(3) clauses, transfers, reviews), which the processors module checks on its own data.
 */
export async function loadCheck(slug: string, lang: Language): Promise<CheckResult> {
  const params = { params: { path: { slug }, query: { lang } } }
  const [register, processors] = await Promise.all([
    call(api.GET('/api/v1/orgs/{slug}/register/check', params)),
    call(api.GET('/api/v1/orgs/{slug}/processors/findings', params)),
  ])
  return {
    errors: register.errors + processors.errors,
    warnings: register.warnings + processors.warnings,
    findings: [...register.findings, ...processors.findings] as CheckResult['findings'],
  }
}

export type ImportMode = 'merge' | 'replace'

/** Sends a register file as text: YAML as text/yaml, JSON as application/json. */
export async function importRegisterFile(
  slug: string,
  file: { name: string; text: string },
  mode: ImportMode,
  dryRun: boolean,
): Promise<ImportReport> {
  const json = /\.json$/i.test(file.name)
  return call(
    api.POST('/api/v1/orgs/{slug}/register/import', {
      params: { path: { slug }, query: { mode, dryRun: dryRun ? 'true' : 'false' } },
      body: file.text,
      bodySerializer: (body) => body as string,
      headers: { 'Content-Type': json ? 'application/json' : 'text/yaml' },
    }),
  )
}

/** Download addresses (the session cookie authorises plain links). */
export function fileHref(slug: string, format: 'yaml' | 'json'): string {
  return `/api/v1/orgs/${encodeURIComponent(slug)}/register/file?format=${format}`
}

export function exportHref(slug: string, format: 'xlsx' | 'csv' | 'pdf', lang: Language): string {
  return `/api/v1/orgs/${encodeURIComponent(slug)}/register/export?format=${format}&lang=${lang}`
}
