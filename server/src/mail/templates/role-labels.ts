import type { Language, Role } from '../../db/schema'

const ROLE_LABELS: Record<Role, Record<Language, string>> = {
  owner: { nl: 'Eigenaar', fr: 'Propriétaire', en: 'Owner' },
  privacy_officer: { nl: 'Privacyverantwoordelijke', fr: 'Responsable vie privée', en: 'Privacy officer' },
  agent: { nl: 'Medewerker', fr: 'Agent', en: 'Agent' },
  auditor: { nl: 'Auditor', fr: 'Auditeur', en: 'Auditor' },
}

export function roleLabel(role: Role, language: Language): string {
  return ROLE_LABELS[role][language]
}
