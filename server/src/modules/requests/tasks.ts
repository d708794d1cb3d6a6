import type { Language } from '../../db/schema'
import { textIn } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'

const NO_SYSTEMS: Record<Language, string> = {
  nl: 'Alle bestanden en systemen doorzoeken (het register vermeldt geen systemen)',
  fr: 'Rechercher dans tous les fichiers et systèmes (le registre ne mentionne aucun système)',
  en: 'Search every file and system (the register lists no systems)',
}

/**
 * The manual checklist of a request: one task per system used by the active activities of the register (search
 * the subject, then act on the request there), until a connector does it. Without systems, one general task.
 */
export function tasksFromRegister(
  register: RegisterDocument,
  language: Language,
): { systemKey: string | null; title: string }[] {
  const bySystem = new Map<string, string[]>()
  for (const activity of register.activities.filter((a) => a.status === 'active')) {
    for (const key of activity.systems) {
      const names = bySystem.get(key) ?? []
      names.push(textIn(activity.name, language) ?? activity.key)
      bySystem.set(key, names)
    }
  }
  if (bySystem.size === 0) return [{ systemKey: null, title: NO_SYSTEMS[language] }]
  return [...bySystem].map(([key, activities]) => {
    const system = register.systems.find((s) => s.key === key)
    return { systemKey: key, title: `${system?.name ?? key} (${[...new Set(activities)].join(', ')})` }
  })
}
