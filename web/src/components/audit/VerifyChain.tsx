import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'

type Report = { ok: boolean; checked: number; problems: number }

/** Recomputes the hash chain on the server and reports whether it is intact. */
export function VerifyChain({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()

  const verify = () =>
    run(async () => {
      setReport(null)
      setError(null)
      try {
        setReport(
          await call(
            api.GET('/api/v1/orgs/{slug}/audit-events/verification', { params: { path: { slug } } }),
          ),
        )
      } catch (failure) {
        setError(failure)
      }
    })

  return (
    <div className="verify-chain">
      <button type="button" className="button-secondary" onClick={() => void verify()} disabled={busy}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div
        role="status"
        className={report ? `alert ${report.ok ? 'alert-success' : 'alert-error'}` : 'live-region'}
      >
        {report
          ? report.ok
            ? t('audit.verifyOk', { checked: report.checked })
            : t('audit.verifyFailed', { checked: report.checked, problems: report.problems })
          : null}
      </div>
      <ErrorMessage error={error} />
    </div>
  )
}
