import type { paths } from '../../api/schema'

/** The suppression overview: the DNCM and Robinson lists in use, the counts, what the user may do. */
export type SuppressionOverview =
  paths['/api/v1/orgs/{slug}/suppression']['get']['responses'][200]['content']['application/json']
/** One entry of the suppression list (masked). */
export type SuppressionEntry =
  paths['/api/v1/orgs/{slug}/suppression/entries']['get']['responses'][200]['content']['application/json']['items'][number]
