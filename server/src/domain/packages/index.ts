/** Answer packages (access, portability): the zip with data.json, CSV per collection, index.html and README. */
export { type BuiltPackage, buildPackage, packageFileName, packageFiles, zipTimestamp } from './build-package'
export {
  CONSENT_CSV_PATH,
  type PackageConsent,
  type PackageConsentRecord,
  type PackageConsentState,
  type PackageConsentStatus,
} from './consent'
export { fileSegment, type PackageTable, type PackageTableGroup, packageTables } from './content'
export { DATA_JSON_FORMAT, DATA_JSON_VERSION } from './data-json'
export { packageLinkExpiry } from './link-expiry'
export type {
  PackageCollection,
  PackageField,
  PackageInformationSection,
  PackageInput,
  PackageKind,
  PackageLanguage,
  PackageSystem,
  PackageWithheld,
} from './model'
export { cellValue, type JsonValue, jsonValue } from './values'
