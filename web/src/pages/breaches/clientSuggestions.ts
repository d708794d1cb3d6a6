/** What the breach names: the systems and activities ticked on its form. */
export interface BreachNames {
  systems: readonly string[]
  activities: readonly string[]
}

export type SuggestionReason = { kind: 'activity' | 'system'; key: string }

/** What the breach names that is tied to a client: its activities and the systems they keep data in. */
export function suggestionReasons(
  choice: { activityKeys: readonly string[]; systemKeys: readonly string[] },
  named: BreachNames,
): SuggestionReason[] {
  return [
    ...choice.activityKeys
      .filter((k) => named.activities.includes(k))
      .map((key) => ({ kind: 'activity' as const, key })),
    ...choice.systemKeys
      .filter((k) => named.systems.includes(k))
      .map((key) => ({ kind: 'system' as const, key })),
  ]
}

/**
 * The clients a breach can still name, each with why it is suggested: active clients not named yet, those whose
 * activities or systems the breach concerns first (otherwise in the order given: by name).
 */
export function clientOffers<
  C extends { id: string; status: string; activityKeys: readonly string[]; systemKeys: readonly string[] },
>(choices: readonly C[], chosen: readonly string[], named: BreachNames) {
  return choices
    .filter((c) => c.status === 'active' && !chosen.includes(c.id))
    .map((c) => ({ choice: c, reasons: suggestionReasons(c, named) }))
    .sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0))
}
