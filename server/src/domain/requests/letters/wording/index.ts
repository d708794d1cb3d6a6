import type { Language } from '../../../register/localized'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import type { LetterWording } from './types'

export type { LetterWording } from './types'

export const LETTER_WORDING: Readonly<Record<Language, LetterWording>> = { nl, fr, en }
