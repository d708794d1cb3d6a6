import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import type { Segment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { Notice } from '../feedback/Notice'
import { ResourceView } from '../feedback/ResourceView'
import { PageTitle } from '../layout/PageTitle'
import { type RegisterData, useRegisterData } from './useRegisterData'

interface Props {
  membership: Membership
  title: string
  intro: string
  segment: Segment
  addLabel: string
  /** The heading of a catalogue section further down, offered as a second way to add. */
  catalogueHeadingId?: string
  children: (data: RegisterData, reload: () => void) => ReactNode
}

/** The frame of a register list page: title, introduction, confirmation, "Add" link and the content. */
export function ListPage({
  membership,
  title,
  intro,
  segment,
  addLabel,
  catalogueHeadingId,
  children,
}: Props) {
  const { t } = useTranslation()
  const { slug } = membership
  const register = useRegisterData(slug, { segment })
  const [flash] = useFlash()
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="lead">{intro}</p>
      <Notice>{flash}</Notice>
      {register.data?.can.create ? (
        <p className="page-actions">
          <a
            href={registerHref(slug, { view: 'entry', segment, key: null })}
            className="button-primary"
            data-testid={`add-${segment}`}
          >
            {addLabel}
          </a>
          {catalogueHeadingId ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const heading = document.getElementById(catalogueHeadingId)
                heading?.scrollIntoView()
                heading?.focus()
              }}
            >
              {t('register.catalogue.jump')}
            </button>
          ) : null}
        </p>
      ) : null}
      <ResourceView resource={register}>{(data) => children(data, register.reload)}</ResourceView>
    </>
  )
}
