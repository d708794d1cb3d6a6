import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Copies a text to the clipboard and says whether that worked. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation()
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setResult('copied')
    } catch {
      setResult('failed')
    }
  }
  return (
    <span className="copy">
      <button type="button" className="button-secondary" onClick={() => void copy()}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {result === 'copied' ? t('common.copied') : result === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  )
}
