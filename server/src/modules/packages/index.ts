/** Public face of the packages module: answer packages (the files an access or portability answer sends). */
export { packageLinkForLetter } from './letter-link'
export { packageOperations } from './operations'
export { packageActions } from './policy'
export { purgeExpiredPackages } from './purge'
export { purgePackagesJob } from './purge-job'
export { registerPackageRoutes } from './routes'
export {
  consumeDownload,
  deletePackageContent,
  findDownload,
  issuePackageLink,
  latestPackageOfRequest,
  listPackages,
  type PackageLink,
  type PackageSummary,
  storePackage,
} from './service'
