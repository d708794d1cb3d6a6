import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { NewSubject, Subject, SubjectImportSummary, SubjectPage } from '../../api/types'

export const SEARCH_LIMIT = 50

export function searchSubjects(slug: string, q: string): Promise<SubjectPage> {
  return call(
    api.GET('/api/v1/orgs/{slug}/subjects', {
      params: { path: { slug }, query: { limit: SEARCH_LIMIT, offset: 0, ...(q ? { q } : {}) } },
    }),
  )
}

/** What the caller may do with the index as a whole (add, import), from the server's `can`. */
export async function loadSubjectIndexCan(slug: string): Promise<SubjectPage['can']> {
  const page = await call(
    api.GET('/api/v1/orgs/{slug}/subjects', { params: { path: { slug }, query: { limit: 1, offset: 0 } } }),
  )
  return page.can
}

export async function eraseSubject(slug: string, id: string): Promise<void> {
  await call(api.DELETE('/api/v1/orgs/{slug}/subjects/{id}', { params: { path: { slug, id } } }))
}

export function loadSubject(slug: string, id: string): Promise<Subject> {
  return call(api.GET('/api/v1/orgs/{slug}/subjects/{id}', { params: { path: { slug, id } } }))
}

export function createSubject(slug: string, body: NewSubject): Promise<Subject> {
  return call(api.POST('/api/v1/orgs/{slug}/subjects', { params: { path: { slug } }, body }))
}

/** Sends a CSV file to the import (text/csv; a dry run only reports). */
export function importSubjects(slug: string, csv: string, dryRun: boolean): Promise<SubjectImportSummary> {
  return call(
    api.POST('/api/v1/orgs/{slug}/subjects/import', {
      params: { path: { slug }, query: { dryRun: dryRun ? 'true' : 'false' } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    }),
  )
}
