import { ADEQUATE_COUNTRIES, isInEea } from '../register/countries'
import { type Language, textIn } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import type { Activity } from '../register/schema'
import type { RecipientFacts, SourceFacts, TransferFacts } from './fact-types'
import { continuation, distinct } from './text'

/** Where the data come from when not from the person (Art. 14). */
export function gatherSources(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): SourceFacts[] {
  const sources: SourceFacts[] = []
  for (const activity of activities) {
    for (const use of activity.dataCategories) {
      if (use.source === 'subject') continue
      const name = textIn(use.sourceName, language)
      let source = sources.find((s) => s.kind === use.source && s.name === name)
      if (source === undefined) {
        source = { kind: use.source, ...(name === undefined ? {} : { name }), categories: [] }
        sources.push(source)
      }
      source.categories = distinct([
        ...source.categories,
        resolved.labelOf('data_category', use.category, language),
      ])
    }
  }
  return sources
}

/** Who receives the data, per recipient type, named where the register names them. */
export function gatherRecipients(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
  names: ReadonlySet<string>,
): RecipientFacts[] {
  const groups = new Map<string, RecipientFacts>()
  for (const activity of activities) {
    const purposes = distinct(activity.purposes.map((p) => resolved.labelOf('purpose', p.purpose, language)))
    for (const recipient of activity.recipients) {
      let group = groups.get(recipient.type)
      if (group === undefined) {
        const type = resolved.recipientType(recipient.type)
        const description = textIn(type?.description, language)
        group = {
          type: recipient.type,
          label: resolved.labelOf('recipient_type', recipient.type, language),
          ...(description === undefined ? {} : { description }),
          named: [],
          details: [],
          unnamed: false,
        }
        groups.set(recipient.type, group)
      }
      const name =
        textIn(recipient.name, language) ??
        (recipient.vendor ? resolved.vendor(recipient.vendor)?.name : undefined)
      const detail = textIn(recipient.description, language)
      if (name !== undefined) {
        const known = group.named.find((n) => n.name === name)
        if (known === undefined) group.named.push({ name, ...(detail === undefined ? {} : { detail }) })
        else if (known.detail === undefined && detail !== undefined) known.detail = detail
      } else {
        group.unnamed = true
        if (detail !== undefined) {
          const known = group.details.find((d) => d.detail === continuation(detail, names))
          if (known === undefined) group.details.push({ purposes, detail: continuation(detail, names) })
          else known.purposes = distinct([...known.purposes, ...purposes])
        }
      }
    }
  }
  return [...groups.values()]
}

/** The transfers outside the EEA, with their safeguard (an adequacy decision where the country has one). */
export function gatherTransfers(activities: Activity[], language: Language): TransferFacts[] {
  const transfers: TransferFacts[] = []
  for (const activity of activities) {
    for (const transfer of activity.transfers) {
      const { country } = transfer
      if (country !== undefined && isInEea(country)) continue
      const safeguard =
        transfer.safeguard ??
        (country !== undefined && ADEQUATE_COUNTRIES.has(country) ? ('adequacy' as const) : undefined)
      const facts: TransferFacts = {
        ...(country === undefined ? {} : { country }),
        recipient: textIn(transfer.recipient, language) ?? '',
        ...(safeguard === undefined ? {} : { safeguard }),
      }
      const details = textIn(transfer.safeguardDetails, language)
      const copy = textIn(transfer.copyAvailableAt, language)
      if (details !== undefined) facts.details = details
      if (copy !== undefined) facts.copyAvailableAt = copy
      const same = transfers.find(
        (t) =>
          t.country === facts.country &&
          t.recipient === facts.recipient &&
          t.safeguard === facts.safeguard &&
          t.details === facts.details,
      )
      if (same === undefined) transfers.push(facts)
    }
  }
  return transfers
}
