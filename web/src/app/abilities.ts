import type { TFunction } from 'i18next'
import type { Ability } from '../api/types'

type Resource = Ability extends `${infer R}:${string}` ? R : never
type Action = Ability extends `${string}:${infer A}` ? A : never

/** The translated name of an ability such as 'members:write'. */
export function abilityLabel(t: TFunction, ability: Ability): string {
  const [resource, action] = ability.split(':') as [Resource, Action]
  return t(`abilities.${resource}.${action}`)
}

/** Like abilityLabel, for scope strings from the server that may be unknown to this version of the UI. */
export function scopeLabel(t: TFunction, scope: string, known: readonly Ability[]): string {
  const ability = known.find((a) => a === scope)
  return ability ? abilityLabel(t, ability) : scope
}
