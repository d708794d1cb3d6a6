import { SECURITY_MEASURE_BY_KEY } from '../register/catalogue'
import { type Language, textIn } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import type { Activity } from '../register/schema'
import type { MeasureFacts, NoticeFacts, StorageFacts } from './fact-types'
import { distinct } from './text'

/** The systems of the activities that say where they keep data; the country code is named by the wording. */
export function gatherStorage(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): StorageFacts[] {
  const keys = distinct(activities.flatMap((a) => a.systems))
  return keys.flatMap((key) => {
    const system = resolved.system(key)
    if (system === undefined) return []
    const { hostingCountry, certifications } = system
    const location = textIn(system.location, language)
    if (hostingCountry === undefined && location === undefined && certifications.length === 0) return []
    return [
      {
        key,
        system: system.name,
        ...(hostingCountry === undefined ? {} : { country: hostingCountry }),
        ...(location === undefined ? {} : { location }),
        certifications: distinct(certifications.flatMap((c) => textIn(c, language) ?? [])),
      },
    ]
  })
}

/** The security measures of the activities and their systems, technical and organisational. */
export function gatherMeasures(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): NoticeFacts['measures'] {
  const keys = distinct(
    activities.flatMap((a) => [
      ...a.measures,
      ...a.systems.flatMap((s) => resolved.system(s)?.measures ?? []),
    ]),
  )
  const technical: MeasureFacts[] = []
  const organisational: MeasureFacts[] = []
  for (const key of keys) {
    const own = resolved.measure(key)
    const catalogue = SECURITY_MEASURE_BY_KEY.get(own?.fromCatalogue ?? key)
    if (own === undefined && catalogue === undefined) continue
    const name = own ? (textIn(own.name, language) ?? key) : (catalogue?.labels[language] ?? key)
    const description = textIn(own?.description, language) ?? catalogue?.descriptions[language]
    const measure = { name, ...(description === undefined ? {} : { description }) }
    const type = own?.type ?? catalogue?.type
    ;(type === 'technical' ? technical : organisational).push(measure)
  }
  return { technical, organisational }
}
