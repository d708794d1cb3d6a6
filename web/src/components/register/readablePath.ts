import type { TFunction } from 'i18next'
import { nl } from '../../i18n/nl'

type FieldName = keyof typeof nl.register.fields

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(nl.register.fields, name)
}

/** 'purposes.0.legalBasis' -> 'Doeleinden › 1 › Rechtsgrond': field names translated, rows counted from 1. */
export function readablePath(t: TFunction, path: string): string {
  if (!path) return t('register.fields.entry')
  return path
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return String(Number(part) + 1)
      return isFieldName(part) ? t(`register.fields.${part}`) : part
    })
    .join(' › ')
}
