import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useResource } from '../../app/useResource'
import { isLanguage } from '../../i18n/language'

export type RegisterChoices =
  paths['/api/v1/orgs/{slug}/requests/register-choices']['get']['responses'][200]['content']['application/json']
export type RegisterChoice = RegisterChoices['dataCategories'][number]

/** What an answer may name from the register (data categories, retention rules, activities, purposes). */
export function useRegisterChoices(slug: string) {
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/requests/register-choices', { params: { path: { slug } } })),
    [slug],
  )
  return useResource(load)
}

/** The label of a choice in the interface language, and a sorter by that label. */
export function useChoiceLabels() {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'nl'
  const labelOf = (choice: RegisterChoice) => choice.label[language]
  const byLabel = <C extends RegisterChoice>(choices: readonly C[]): C[] =>
    [...choices].sort((a, b) => labelOf(a).localeCompare(labelOf(b), language))
  return { labelOf, byLabel }
}
