/** What the form does with the stored secret: keep it, replace it with a new value, or remove it. */
export type SecretDraft = { mode: 'keep' } | { mode: 'replace'; value: string } | { mode: 'remove' }

/** The `secret` of the connection body: omitted keeps the stored one, '' removes it. */
export function secretOf(draft: SecretDraft): { secret?: string } {
  switch (draft.mode) {
    case 'keep':
      return {}
    case 'remove':
      return { secret: '' }
    case 'replace':
      return draft.value === '' ? {} : { secret: draft.value }
  }
}

/** What kind of secret a connection takes, for its label and hint. */
export type SecretKind = 'password' | 'api_key' | 'bearer' | 'basic' | 'oauth2_client_credentials' | 'none'

export function secretKindOf(connector: string, httpAuth: string | undefined): SecretKind {
  if (connector === 'postgres' || connector === 'mysql') return 'password'
  if (connector !== 'http') return 'none'
  switch (httpAuth) {
    case 'api_key':
    case 'bearer':
    case 'basic':
    case 'oauth2_client_credentials':
      return httpAuth
    default:
      return 'none'
  }
}
