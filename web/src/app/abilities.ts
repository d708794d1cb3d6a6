import type { TFunction } from 'i18next'
import type { Ability } from '../api/types'

/** The translation key of each ability: `members:write` -> `abilities.members.write` (only those that exist). */
type AbilityKey<A extends Ability = Ability> = A extends `${infer R}:${infer X}`
  ? `abilities.${R}.${X}`
  : never

/** The translated name of an ability such as 'members:write'. */
export function abilityLabel(t: TFunction, ability: Ability): string {
  return t(`abilities.${ability.replace(':', '.')}` as AbilityKey)
}

/** Like abilityLabel, for scope strings from the server that may be unknown to this version of the UI. */
export function scopeLabel(t: TFunction, scope: string, known: readonly Ability[]): string {
  const ability = known.find((a) => a === scope)
  return ability ? abilityLabel(t, ability) : scope
}
