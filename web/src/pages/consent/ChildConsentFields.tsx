import { useTranslation } from 'react-i18next'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'

export const AGE_GROUPS = ['under_13', '13_or_over'] as const
const RELATIONSHIPS = ['parent', 'guardian'] as const
const VERIFICATIONS = ['signed_form', 'email_confirmation', 'identity_document', 'phone_call'] as const

/** The age question and, under 13, the parent's or guardian's consent, as the form holds them. */
export interface ChildConsent {
  group: '' | (typeof AGE_GROUPS)[number]
  relationship: (typeof RELATIONSHIPS)[number]
  contactKind: 'email' | 'phone'
  contact: string
  verification: (typeof VERIFICATIONS)[number]
  reference: string
}

export const NO_CHILD_CONSENT: ChildConsent = {
  group: '',
  relationship: 'parent',
  contactKind: 'email',
  contact: '',
  verification: 'signed_form',
  reference: '',
}

/** The request body's `age`, or nothing when the question was not answered. */
export function ageOf(c: ChildConsent) {
  if (c.group === '') return {}
  if (c.group === '13_or_over') return { age: { group: c.group } }
  return {
    age: {
      group: c.group,
      ...(c.contact.trim() || c.reference.trim()
        ? {
            parentalConsent: {
              relationship: c.relationship,
              identity: { kind: c.contactKind, value: c.contact.trim() },
              verification: c.verification,
              reference: c.reference.trim(),
            },
          }
        : {}),
    },
  }
}

/**
 * For a purpose offered to children (Art. 8 GDPR; 13 in Belgium): the person's age group and, under 13, who
 * consented for them and how the organisation verified it. Custos keeps what is entered here; it cannot check it.
 */
export function ChildConsentFields({
  value,
  onChange,
  error,
}: {
  value: ChildConsent
  onChange: (value: ChildConsent) => void
  error?: string | undefined
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<ChildConsent>) => onChange({ ...value, ...patch })
  return (
    <fieldset className="field field-wide" data-testid="record-child">
      <legend>{t('consent.records.child.title')}</legend>
      <p className="hint">{t('consent.records.child.intro')}</p>
      <SelectField
        id="record-age"
        label={t('consent.records.child.group')}
        value={value.group}
        onChange={(v) => set({ group: v as ChildConsent['group'] })}
        error={error}
      >
        <option value="">{t('consent.records.child.groupUnasked')}</option>
        {AGE_GROUPS.map((g) => (
          <option key={g} value={g}>
            {t(`consent.records.child.groups.${g}`)}
          </option>
        ))}
      </SelectField>
      {value.group === 'under_13' ? (
        <div className="form-grid">
          <p className="hint field-wide">{t('consent.records.child.parentIntro')}</p>
          <SelectField
            id="record-guardian-relationship"
            label={t('consent.records.child.relationship')}
            value={value.relationship}
            onChange={(v) => set({ relationship: v as ChildConsent['relationship'] })}
          >
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t(`consent.records.child.relationships.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="record-guardian-kind"
            label={t('consent.records.child.contactKind')}
            value={value.contactKind}
            onChange={(v) => set({ contactKind: v as ChildConsent['contactKind'] })}
          >
            <option value="email">{t('subjects.kinds.email')}</option>
            <option value="phone">{t('subjects.kinds.phone')}</option>
          </SelectField>
          <TextField
            id="record-guardian-contact"
            label={t('consent.records.child.contact')}
            hint={t('consent.records.child.contactHint')}
            maxLength={254}
            autoComplete="off"
            value={value.contact}
            onChange={(contact) => set({ contact })}
          />
          <SelectField
            id="record-guardian-verification"
            label={t('consent.records.child.verification')}
            value={value.verification}
            onChange={(v) => set({ verification: v as ChildConsent['verification'] })}
          >
            {VERIFICATIONS.map((m) => (
              <option key={m} value={m}>
                {t(`consent.records.child.verifications.${m}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="record-guardian-reference"
            label={t('consent.records.child.reference')}
            hint={t('consent.records.child.referenceHint')}
            maxLength={200}
            autoComplete="off"
            value={value.reference}
            onChange={(reference) => set({ reference })}
          />
        </div>
      ) : null}
    </fieldset>
  )
}
