import type { Language } from '../../register/localized'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import type { NoticeWording } from './types'

export type { NoticeWording, SectionId } from './types'

const WORDINGS: Record<Language, NoticeWording> = { nl, fr, en }

export function wordingFor(language: Language): NoticeWording {
  return WORDINGS[language]
}
