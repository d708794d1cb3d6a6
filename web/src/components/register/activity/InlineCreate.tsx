import { type SyntheticEvent, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { EntryForm } from '../entries/EntryForm'
import { KIND_FORMS } from '../entries/kindForms'
import type { RegisterData } from '../useRegisterData'

type InlineSegment = 'systems' | 'retention-rules'

interface Props {
  slug: string
  segment: InlineSegment
  data: RegisterData
  /** The new entry's key: the activity selects it (and the register is read again for its name). */
  onCreated: (key: string) => void
}

/**
 * "New system…" / "New retention rule…" beside the activity's choices: the entry's own form in a modal dialog,
 * so the activity being written is not left. The dialog is rendered at the end of the page (no form inside the
 * activity's form), and its submit does not reach the activity's form.
 */
export function InlineCreate({ slug, segment, data, onCreated }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const kind = KIND_FORMS[segment]
  const titleId = `inline-create-${segment}-title`

  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])

  const close = () => {
    dialog.current?.close()
    setOpen(false)
    opener.current?.focus()
  }
  // React lets events bubble through a portal to the component's parents: keep the dialog's submit to itself.
  const keep = (event: SyntheticEvent) => event.stopPropagation()

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button-secondary"
        onClick={() => setOpen(true)}
        data-testid={`inline-create-${segment}`}
      >
        {t(`register.inlineCreate.open.${segment}`)}
      </button>
      {open
        ? createPortal(
            <dialog
              ref={dialog}
              aria-labelledby={titleId}
              className="inline-dialog"
              onCancel={(event) => {
                event.preventDefault()
                close()
              }}
              onSubmit={keep}
              data-testid={`inline-dialog-${segment}`}
            >
              <h2 id={titleId}>{t(`register.newTitles.${segment}`)}</h2>
              <p className="hint">{t('register.inlineCreate.intro')}</p>
              <EntryForm
                slug={slug}
                segment={segment}
                existing={null}
                empty={() => kind.empty() as never}
                nameOf={(entry) => kind.nameOf(entry as never, data.lookup)}
                required={(entry) => kind.required(entry as never, data.lookup)}
                fields={(props) => kind.fields(props as never, data)}
                readOnly={false}
                onSaved={() => {}}
                onCreated={(key) => {
                  close()
                  onCreated(key)
                }}
                onCancel={close}
              />
            </dialog>,
            document.body,
          )
        : null}
    </>
  )
}
