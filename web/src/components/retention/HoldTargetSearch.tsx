import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../../app/errors'
import { useBusy } from '../../app/useBusy'
import { RadioGroup } from '../form/RadioGroup'
import { TextField } from '../form/TextField'

import { type FoundTargets, searchOutcome } from './holdSearch'

export type { FoundTarget, FoundTargets } from './holdSearch'

/**
 * Finds what a legal hold is placed on (a person of the subject index, a request) by searching instead of typing
 * its id: a search field, a button, then the matches as radio buttons. The search field carries the form's id
 * for the field, so an error about it moves focus there.
 */
export function HoldTargetSearch({
  id,
  label,
  hint,
  legend,
  search,
  value,
  onChange,
  error,
}: {
  id: string
  label: string
  hint: string
  legend: string
  search: (query: string) => Promise<FoundTargets>
  value: string
  onChange: (id: string) => void
  error?: string | undefined
}) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<FoundTargets | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [busy, run] = useBusy()

  const find = () => {
    const q = query.trim()
    if (!q) return
    void run(async () => {
      try {
        const results = await search(q)
        setFound(results)
        setFailed(null)
        // The only match of a complete list is chosen; a cut-off list's single result is not (it may not be the one).
        onChange(searchOutcome(results).autoPick)
      } catch (failure) {
        setFound(null)
        setFailed(describeError(failure, t).message ?? t('errors.generic'))
        onChange('')
      }
    })
  }
  const outcome = found === null ? null : searchOutcome(found).message
  // Enter in the search field searches; it does not submit the hold.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    find()
  }

  return (
    <div data-testid={`${id}-picker`}>
      <TextField
        id={id}
        label={label}
        hint={hint}
        type="search"
        autoComplete="off"
        value={query}
        onChange={setQuery}
        onKeyDown={onKeyDown}
        error={error}
      />
      <p>
        <button type="button" className="button-secondary" onClick={find} disabled={busy || !query.trim()}>
          {t('retention.holds.place.search')}
        </button>
      </p>
      <p role="status" className="hint">
        {failed ?? (outcome ? t(`retention.holds.place.${outcome.key}`, { count: outcome.count }) : '')}
      </p>
      {found?.items.length ? (
        <RadioGroup
          id={`${id}-choice`}
          legend={legend}
          options={found.items.map((f) => ({ value: f.id, label: f.label, hint: f.hint }))}
          value={value}
          onChange={onChange}
        />
      ) : null}
    </div>
  )
}
