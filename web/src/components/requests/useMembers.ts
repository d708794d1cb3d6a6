import { useCallback } from 'react'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Member, Membership } from '../../api/types'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'

export interface Members {
  /** Members who may be assigned a request; empty when the list cannot be read. */
  handlers: Member[]
  nameOf: (userId: string) => string | null
  failed: boolean
}

/** The organisation's members, to name assignees (needs members:read; without it, names stay unknown). */
export function useMembers(membership: Membership): Members {
  const { slug } = membership
  const allowed = can(membership, 'members:read')
  const load = useCallback(
    async () =>
      allowed
        ? (await call(api.GET('/api/v1/orgs/{slug}/members', { params: { path: { slug } } }))).items
        : [],
    [slug, allowed],
  )
  const resource = useResource(load)
  const items = resource.data ?? []
  return {
    handlers: items.filter((m) => m.handlesRequests),
    nameOf: (userId: string) => {
      const member = items.find((m) => m.userId === userId)
      return member ? member.displayName || member.email : null
    },
    failed: Boolean(resource.error) || !allowed,
  }
}
