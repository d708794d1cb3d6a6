import { useCallback } from 'react'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { buildLookup } from '../../components/register/lookup'
import { loadCatalogue, loadRegister } from '../../components/register/registerApi'

/** The organisation's register with its names in the interface's language: systems and activities to choose from. */
export function useRegisterLookup(slug: string) {
  const { language } = useLanguage()
  const load = useCallback(async () => {
    const [catalogue, doc] = await Promise.all([loadCatalogue(), loadRegister(slug)])
    return { doc, lookup: buildLookup(catalogue, doc, language) }
  }, [slug, language])
  return useResource(load)
}
