import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../form/TextField'
import { ProfileFields } from './ProfileFields'
import type { ProfileDraft } from './profileDraft'
import { slugify } from './slugify'

interface Props {
  idPrefix: string
  draft: ProfileDraft
  onDraft: (change: Partial<ProfileDraft>) => void
  slug: string
  onSlug: (slug: string) => void
  fieldError: (field: string) => string | undefined
  /** First-run set-up: the fields the notice and letters need are required. */
  complete?: boolean
}

/**
 * The profile fields of a new organisation with its short name (slug) right after the name. The slug follows the
 * name (slugified) until the user edits it; from then on it is theirs. Used by the set-up page and the "New
 * organisation" page.
 */
export function ProfileWithSlugFields({
  idPrefix,
  draft,
  onDraft,
  slug,
  onSlug,
  fieldError,
  complete,
}: Props) {
  const { t } = useTranslation()
  const [slugEdited, setSlugEdited] = useState(false)
  return (
    <ProfileFields
      idPrefix={idPrefix}
      complete={complete ?? false}
      draft={draft}
      onChange={(change) => {
        onDraft(change)
        if (change.name !== undefined && !slugEdited) onSlug(slugify(change.name))
      }}
      fieldError={fieldError}
      afterName={
        <TextField
          id={`${idPrefix}-slug`}
          label={t('organization.slug')}
          hint={t('organization.slugHint')}
          required
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          value={slug}
          onChange={(value) => {
            setSlugEdited(true)
            onSlug(value)
          }}
          error={fieldError('slug')}
        />
      }
    />
  )
}
