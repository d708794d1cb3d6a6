import { useMemo } from 'react'
import { useRegisterData } from '../register/useRegisterData'

export interface RegisterNames {
  /** The register's systems (for pickers), empty until loaded or when the register cannot be read. */
  systems: { key: string; name: string }[]
  /** Name of a system, or null when the register has no such system (or is not loaded). */
  system: (key: string) => string | null
  /** Name of a retention rule in the UI language, or the key. */
  rule: (key: string) => string
  /** Label of a data category (built in or the organisation's own) in the UI language, or the key. */
  category: (key: string) => string
  loaded: boolean
  error: unknown
}

/**
 * Names from the organisation's register for the connector pages. The pages still work (showing keys) when the
 * register cannot be loaded: it only adds names.
 */
export function useRegisterNames(slug: string): RegisterNames {
  const register = useRegisterData(slug)
  const data = register.data
  return useMemo(() => {
    if (!data)
      return {
        systems: [],
        system: () => null,
        rule: (key) => key,
        category: (key) => key,
        loaded: false,
        error: register.error,
      }
    const systems = data.doc.systems.map((s) => ({ key: s.key, name: s.name }))
    const systemNames = new Map(systems.map((s) => [s.key, s.name]))
    const { lookup } = data
    return {
      systems,
      system: (key) => systemNames.get(key) ?? null,
      rule: (key) => lookup.nameOf.retentionRule(key),
      category: (key) => lookup.choiceLabel(lookup.dataCategories, key),
      loaded: true,
      error: null,
    }
  }, [data, register.error])
}
