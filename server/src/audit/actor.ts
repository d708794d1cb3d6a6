/** Who did something: a signed-in user, an API token, or the system itself (jobs, CLI). */
export interface Actor {
  type: 'user' | 'api_token' | 'system'
  id: string | null
  label: string
  requestId: string | null
}

export function systemActor(label = 'system', requestId: string | null = null): Actor {
  return { type: 'system', id: null, label, requestId }
}
