import { useTranslation } from 'react-i18next'
import type { RegisterFinding } from './connectorApi'

/** What the register says about a dataset: systems or rules it lacks (errors), categories to check (warnings). */
export function RegisterFindings({ findings }: { findings: RegisterFinding[] }) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="findings-title" data-testid="register-findings">
      <h2 id="findings-title">{t('connectors.findings.title')}</h2>
      {findings.length === 0 ? (
        <p data-testid="no-findings">{t('connectors.findings.none')}</p>
      ) : (
        <>
          <p className="hint">{t('connectors.findings.intro')}</p>
          <ul className="findings">
            {findings.map((f) => (
              <li
                key={`${f.path}-${f.message}`}
                className={`finding finding-${f.severity}`}
                data-testid="register-finding"
              >
                <p className="finding-message">{f.message}</p>
                <p className="finding-meta">
                  {t(`connectors.findings.severity.${f.severity}`)}
                  {f.line ? ` · ${t('connectors.editor.line', { line: f.line })}` : ''} ·{' '}
                  <code>{f.path}</code>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
