import type { ReactNode } from 'react'
import type { Resource } from '../../app/useResource'
import { ErrorMessage } from './ErrorMessage'
import { Loading } from './Loading'

/** Shows loading and error states of a resource, and its content once there is data. */
export function ResourceView<T>({
  resource,
  children,
}: {
  resource: Resource<T>
  children: (data: T) => ReactNode
}) {
  if (resource.data !== undefined) {
    return (
      <>
        <ErrorMessage error={resource.error} />
        {children(resource.data)}
      </>
    )
  }
  if (resource.loading) return <Loading />
  return <ErrorMessage error={resource.error} />
}
