/**
 * Links that work by a secret in the address: the portal's e-mail verification and status links (?token=),
 * the answer package download (/p/{slug}/download/{token}), the notice subscription's confirm (?token=) and
 * unsubscribe (?s=&t=) links, and the password reset link (#/reset-password/{token}). Whoever reads the secret can
 * follow the link - download a subject's answer package - so it never goes into a log line or an error report.
 * The subject search (?q=) goes too: it is an e-mail address, a phone or a national register number.
 */
export const REDACTED = '[redacted]'

const SECRET_QUERY = /([?&](?:token|t|s|q)=)[^&#\s"'<>]+/gi
const SECRET_PATH = /(\/p\/[^/?#\s"'<>]+\/download\/|#\/reset-password\/)[^/?#&\s"'<>]+/g

/** The text with the secret of every such link replaced by [redacted]; the rest of the address stays readable. */
export function redactSecretsInUrl(text: string): string {
  return text.replace(SECRET_QUERY, `$1${REDACTED}`).replace(SECRET_PATH, `$1${REDACTED}`)
}
