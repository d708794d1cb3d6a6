import { useCallback, useMemo } from 'react'
import { useLanguage } from '../../app/useLanguage'
import { type Resource, useResource } from '../../app/useResource'
import { buildLookup, type Lookup } from './lookup'
import { loadCatalogue, loadCheck, loadRegister } from './registerApi'
import type { Catalogue, CheckResult, RegisterDocument } from './types'

export interface RegisterData {
  catalogue: Catalogue
  doc: RegisterDocument
  lookup: Lookup
  /** The findings of the register linter, when asked for (null when not asked for or when it failed). */
  check: CheckResult | null
  /** Why the check failed; the register itself is still shown. */
  checkError: unknown
}

/** The register, the built-in catalogues and (optionally) the check results, with names in the UI language. */
export function useRegisterData(slug: string, options: { check?: boolean } = {}): Resource<RegisterData> {
  const { language } = useLanguage()
  const withCheck = options.check === true
  const checkLanguage = withCheck ? language : null
  const load = useCallback(async (): Promise<Omit<RegisterData, 'lookup'>> => {
    const [catalogue, doc, check] = await Promise.all([
      loadCatalogue(),
      loadRegister(slug),
      checkLanguage
        ? loadCheck(slug, checkLanguage).then(
            (check) => ({ check, checkError: null }),
            (checkError: unknown) => ({ check: null, checkError }),
          )
        : { check: null, checkError: null as unknown },
    ])
    return { catalogue, doc, ...check }
  }, [slug, checkLanguage])
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
