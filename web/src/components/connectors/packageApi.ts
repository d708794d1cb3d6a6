import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Base = '/api/v1/orgs/{slug}/requests/{id}/packages'

/** An answer package of a request (the zip an access or portability run built); never its content. */
export type PackageList = Json<paths[Base]['get']['responses'][200]>
export type AnswerPackage = PackageList['items'][number]
export type PackageLink = Json<paths[`${Base}/{packageId}/link`]['post']['responses'][200]>

/** The packages of a request, newest first, with what the caller may do on them (`can.issueLink`, `can.delete`). */
export function loadPackages(slug: string, id: string): Promise<PackageList> {
  return call(api.GET('/api/v1/orgs/{slug}/requests/{id}/packages', { params: { path: { slug, id } } }))
}

/** Issues a new single-use download link (the previous one stops working); the URL is shown once. */
export function issuePackageLink(slug: string, id: string, packageId: string): Promise<PackageLink> {
  return call(
    api.POST('/api/v1/orgs/{slug}/requests/{id}/packages/{packageId}/link', {
      params: { path: { slug, id, packageId } },
    }),
  )
}

/** Deletes the content now (the record stays); answers the package as it is afterwards. */
export function deletePackage(slug: string, id: string, packageId: string): Promise<AnswerPackage> {
  return call(
    api.DELETE('/api/v1/orgs/{slug}/requests/{id}/packages/{packageId}', {
      params: { path: { slug, id, packageId } },
    }),
  )
}
