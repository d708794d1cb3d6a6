import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Language,
  type NewRequest,
  REQUEST_TYPES,
  type RequestDetail,
  type RequestType,
  STAFF_CHANNELS,
  type StaffChannel,
} from '../../api/types'
import { brusselsToday } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useLanguage } from '../../app/useLanguage'
import { LanguageSelect } from '../form/LanguageSelect'
import { RadioGroup } from '../form/RadioGroup'
import { TextField } from '../form/TextField'
import { TextAreaField } from '../register/form/TextAreaField'
import { AttachmentField } from './AttachmentField'
import { ProblemAlert } from './ProblemAlert'
import { createRequest, lines, MAX_ATTACHMENT_BYTES, readAsBase64 } from './requestApi'
import { TypeCheckboxes } from './TypeCheckboxes'

const ID = 'intake'
const FIELDS = ['channel', 'receivedAt', 'name', 'types', 'attachment'] as const

/** Staff intake of a request received outside the portal; the created request is handed to `onCreated`. */
export function IntakeForm({
  slug,
  onCreated,
}: {
  slug: string
  onCreated: (request: RequestDetail) => void
}) {
  const { t } = useTranslation()
  const { language: uiLanguage } = useLanguage()
  const today = brusselsToday()
  const [channel, setChannel] = useState<StaffChannel | ''>('')
  const [receivedAt, setReceivedAt] = useState(today)
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [postalAddress, setPostalAddress] = useState('')
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [types, setTypes] = useState<RequestType[]>([])
  const [details, setDetails] = useState('')
  const [identityConfirmedBy, setIdentityConfirmedBy] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors(ID, { fields: FIELDS })

  /** The first field a client-side check refuses, with its message. */
  const refused = (): [field: (typeof FIELDS)[number], message: string] | null => {
    if (!channel) return ['channel', t('requests.intake.channelRequired')]
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedAt) || receivedAt > brusselsToday())
      return ['receivedAt', t('requests.intake.future')]
    if (!name.trim()) return ['name', t('requests.intake.nameRequired')]
    if (types.length === 0) return ['types', t('requests.intake.typesRequired')]
    if (file && file.size > MAX_ATTACHMENT_BYTES) return ['attachment', t('requests.intake.tooLarge')]
    return null
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setFailure(null)
    const problem = refused()
    if (problem) return errors.invalid(...problem)
    if (!channel) return
    void run(async () => {
      try {
        const address = lines(postalAddress)
        const body: NewRequest = {
          channel,
          receivedAt,
          language,
          types,
          subject: {
            name: name.trim(),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(address.length > 0 ? { postalAddress: address } : {}),
          },
          ...(details.trim() ? { details: details.trim() } : {}),
          ...(identityConfirmedBy.trim() ? { identityConfirmedBy: identityConfirmedBy.trim() } : {}),
        }
        if (file) {
          let base64: string
          try {
            base64 = await readAsBase64(file)
          } catch {
            errors.invalid('attachment', t('requests.intake.unreadable'))
            return
          }
          body.attachment = {
            filename: file.name,
            contentType: file.type || 'application/octet-stream',
            base64,
          }
        }
        onCreated(await createRequest(slug, body))
      } catch (error) {
        setFailure(error)
        document.getElementById(`${ID}-problem`)?.focus()
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form form-wide" data-testid="intake-form">
      <div id={`${ID}-problem`} tabIndex={-1}>
        <ProblemAlert error={failure} />
      </div>
      <fieldset className="fieldset section">
        <legend>{t('requests.intake.received')}</legend>
        <RadioGroup
          id={`${ID}-channel`}
          legend={t('requests.intake.channel')}
          inline
          options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`requests.channels.${c}`) }))}
          value={channel}
          onChange={setChannel}
          error={errors.fieldError('channel')}
        />
        <TextField
          id={`${ID}-receivedAt`}
          testId={`${ID}-receivedAt`}
          className="field-medium"
          type="date"
          max={today}
          required
          label={t('requests.intake.receivedAt')}
          hint={t('requests.intake.receivedAtHint')}
          value={receivedAt}
          onChange={setReceivedAt}
          error={errors.fieldError('receivedAt')}
        />
      </fieldset>
      <fieldset className="fieldset section">
        <legend>{t('requests.intake.subject')}</legend>
        <div className="form-grid">
          <TextField
            id={`${ID}-name`}
            testId={`${ID}-name`}
            label={t('requests.intake.name')}
            autoComplete="off"
            maxLength={200}
            required
            value={name}
            onChange={setName}
            error={errors.fieldError('name')}
          />
          <TextField
            id={`${ID}-email`}
            testId={`${ID}-email`}
            type="email"
            label={t('requests.intake.email')}
            hint={t('requests.intake.emailHint')}
            optional
            autoComplete="off"
            maxLength={254}
            value={email}
            onChange={setEmail}
          />
        </div>
        <TextAreaField
          id={`${ID}-postalAddress`}
          testId={`${ID}-postalAddress`}
          label={t('requests.intake.postalAddress')}
          hint={t('requests.intake.postalAddressHint')}
          optional
          value={postalAddress}
          onChange={setPostalAddress}
        />
        <LanguageSelect
          id={`${ID}-language`}
          label={t('requests.intake.language')}
          value={language}
          hint={t('requests.intake.languageHint')}
          onChange={setLanguage}
        />
      </fieldset>
      <fieldset className="fieldset section">
        <legend>{t('requests.intake.request')}</legend>
        <div id={`${ID}-types`} tabIndex={-1}>
          <TypeCheckboxes
            idPrefix={`${ID}-type`}
            legend={t('requests.intake.types')}
            types={REQUEST_TYPES}
            value={types}
            onChange={setTypes}
            error={errors.fieldError('types')}
          />
        </div>
        <TextAreaField
          id={`${ID}-details`}
          testId={`${ID}-details`}
          label={t('requests.intake.details')}
          hint={t('requests.intake.detailsHint')}
          optional
          rows={5}
          maxLength={5000}
          value={details}
          onChange={setDetails}
        />
        <TextField
          id={`${ID}-identityConfirmedBy`}
          testId={`${ID}-identityConfirmedBy`}
          label={t('requests.intake.identityConfirmedBy')}
          hint={t('requests.intake.identityConfirmedByHint')}
          optional
          maxLength={500}
          value={identityConfirmedBy}
          onChange={setIdentityConfirmedBy}
        />
        <AttachmentField
          id={`${ID}-attachment`}
          file={file}
          onChange={setFile}
          error={errors.fieldError('attachment')}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="intake-submit">
          {busy ? t('requests.intake.submitting') : t('requests.intake.submit')}
        </button>
      </div>
    </form>
  )
}
