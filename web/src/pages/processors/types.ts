import type { paths } from '../../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never

/** The shapes of the processors API as the pages use them. */
export type VendorList = Json<paths['/api/v1/orgs/{slug}/processors/vendors']['get']['responses'][200]>
export type Vendor = VendorList['items'][number]
export type ClientList = Json<paths['/api/v1/orgs/{slug}/processors/clients']['get']['responses'][200]>
export type Client = ClientList['items'][number]
export type ChangeList = Json<paths['/api/v1/orgs/{slug}/processors/changes']['get']['responses'][200]>
export type ContractEndList = Json<
  paths['/api/v1/orgs/{slug}/processors/contract-ends']['get']['responses'][200]
>
export type ContractEnd = ContractEndList['items'][number]
export type Can = VendorList['can']

export const CLAUSE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const
export type Agreement = Vendor['agreements'][number]
