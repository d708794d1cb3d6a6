import { useEffect, useState } from 'react'

/** A confirmation that survives one navigation (e.g. "created" shown on the page of the new entry). */
let pending: string | null = null

export function setFlash(message: string): void {
  pending = message
}

/** The confirmation left by the previous page, if any; read once. */
export function useFlash(): [string | null, (message: string | null) => void] {
  const [message, setMessage] = useState<string | null>(() => pending)
  useEffect(() => {
    pending = null
  }, [])
  return [message, setMessage]
}
