import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../../app/errors'
import { useBusy } from '../../app/useBusy'
import { RadioGroup } from '../form/RadioGroup'
import { TextField } from '../form/TextField'

/** One person or request found: its id (what the hold names), a label and a line that tells it apart. */
export interface FoundTarget {
  id: string
  label: string
  hint?: string
}

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
  search: (query: string) => Promise<FoundTarget[]>
  value: string
  onChange: (id: string) => void
  error?: string | undefined
}) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<FoundTarget[] | null>(null)
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
        onChange(results.length === 1 && results[0] ? results[0].id : '')
      } catch (failure) {
        setFound(null)
        setFailed(describeError(failure, t).message ?? t('errors.generic'))
        onChange('')
      }
    })
  }
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
        {failed ??
          (found === null
            ? ''
            : found.length === 0
              ? t('retention.holds.place.foundNone')
              : t('retention.holds.place.found', { count: found.length }))}
      </p>
      {found?.length ? (
        <RadioGroup
          id={`${id}-choice`}
          legend={legend}
          options={found.map((f) => ({ value: f.id, label: f.label, hint: f.hint }))}
          value={value}
          onChange={onChange}
        />
      ) : null}
    </div>
  )
}
