import { useCallback, useMemo } from 'react'
import type { Segment } from '../../app/registerRoutes'
import { useLanguage } from '../../app/useLanguage'
import { type Resource, useResource } from '../../app/useResource'
import { buildLookup, type Lookup } from './lookup'
import { type EntryCan, loadCatalogue, loadCheck, loadEntryCan, loadRegister } from './registerApi'
import type { Catalogue, CheckResult, RegisterDocument } from './types'

export interface RegisterData {
  catalogue: Catalogue
  doc: RegisterDocument
  lookup: Lookup
  /** What the caller may do with the entries of the page's kind, from the server's entries response. */
  can: EntryCan
  /** The findings of the register linter, when asked for (null when not asked for or when it failed). */
  check: CheckResult | null
  /** Why the check failed; the register itself is still shown. */
  checkError: unknown
}

/**
 * The register, the built-in catalogues, what the caller may do with the entries of `segment` (can, from the
 * entries' response) and (optionally) the check results, with names in the UI language.
 */
export function useRegisterData(
  slug: string,
  options: { check?: boolean; segment?: Segment } = {},
): Resource<RegisterData> {
  const { language } = useLanguage()
  const withCheck = options.check === true
  const checkLanguage = withCheck ? language : null
  const segment = options.segment ?? 'activities'
  const load = useCallback(async (): Promise<Omit<RegisterData, 'lookup'>> => {
    const [catalogue, doc, can, check] = await Promise.all([
      loadCatalogue(),
      loadRegister(slug),
      loadEntryCan(slug, segment),
      checkLanguage
        ? loadCheck(slug, checkLanguage).then(
            (check) => ({ check, checkError: null }),
            (checkError: unknown) => ({ check: null, checkError }),
          )
        : { check: null, checkError: null as unknown },
    ])
    return { catalogue, doc, can, ...check }
  }, [slug, segment, checkLanguage])
  const resource = useResource(load)
  const { data } = resource
  const value = useMemo(
    () => (data ? { ...data, lookup: buildLookup(data.catalogue, data.doc, language) } : undefined),
    [data, language],
  )
  return {
    data: value,
    error: resource.error,
    loading: resource.loading,
    reload: resource.reload,
    setData: ({ lookup: _lookup, ...next }) => resource.setData(next),
  }
}
