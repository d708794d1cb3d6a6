import { useTranslation } from 'react-i18next'
import { readablePath } from './readablePath'
import type { Finding } from './types'

interface Props {
  findings: Finding[]
  /** Link to the object's editor (the checks page); omitted on the object's own page. */
  linkOf?: (finding: Finding) => { href: string; label: string } | null
  showPath?: boolean
  /** The id of the form field a path points to (the activity page links each finding to its field). */
  fieldIdOf?: (path: string) => string
}

/** Findings of the register check: errors and warnings with what is wrong, how to fix it and the rule. */
export function FindingsList({ findings, linkOf, showPath, fieldIdOf }: Props) {
  const { t } = useTranslation()
  return (
    <ul className="findings" data-testid="findings">
      {findings.map((f, i) => {
        const link = linkOf?.(f) ?? null
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: one rule can report the same place twice
            key={`${f.rule}:${f.path}:${i}`}
            className={`finding finding-${f.severity}`}
            data-testid="finding"
          >
            <p className="finding-message">
              <span className={`badge ${f.severity === 'error' ? 'badge-failed' : 'badge-warning'}`}>
                {t(`register.check.${f.severity}`)}
              </span>{' '}
              {f.message}
            </p>
            <p className="finding-fix">
              <strong>{t('register.check.fix')}</strong> {f.fix}
            </p>
            <p className="finding-meta">
              {link ? (
                <>
                  <a href={link.href}>{link.label}</a>
                  {' · '}
                </>
              ) : null}
              {showPath && f.path ? (
                <>
                  <FieldLink path={f.path} label={readablePath(t, f.path)} fieldIdOf={fieldIdOf} />
                  {' · '}
                </>
              ) : null}
              <span className="muted">
                {t('register.check.rule')} <code>{f.rule}</code>
              </span>
            </p>
          </li>
        )
      })}
    </ul>
  )
}

/** Errors first, then warnings; the server's order within each. */
export function bySeverity(findings: Finding[]): Finding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ]
}

/** The place of a finding; a link that moves focus to the field when the page shows it. */
function FieldLink({
  path,
  label,
  fieldIdOf,
}: {
  path: string
  label: string
  fieldIdOf?: (path: string) => string
}) {
  const target = fieldIdOf ? fieldTarget(fieldIdOf(path)) : null
  if (!target) return <>{label}</>
  return (
    <a
      href={`#${target.id}`}
      onClick={(event) => {
        event.preventDefault()
        fieldTarget(target.id)?.focus()
      }}
    >
      {label}
    </a>
  )
}

/** The field itself, or the first input of a group (localized text: the Dutch input). */
function fieldTarget(id: string): HTMLElement | null {
  return document.getElementById(id) ?? document.getElementById(`${id}-nl`)
}
