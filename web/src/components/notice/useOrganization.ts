import { useCallback } from 'react'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useResource } from '../../app/useResource'

/** The organisation profile: its name and the languages the notice is published in. */
export function useOrganization(slug: string) {
  const load = useCallback(() => call(api.GET('/api/v1/orgs/{slug}', { params: { path: { slug } } })), [slug])
  return useResource(load)
}
