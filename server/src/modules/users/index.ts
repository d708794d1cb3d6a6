/**
 * Public face of the users module (accounts). Other modules, http/, jobs/ and cli/ import only from here.
 * The account queries are exported by name because auth, members and me read and change an account inside their
 * own transactions; the rest of the repository stays private.
 */
export {
  anyAccountExists,
  claimTotpStep,
  findUserByEmail,
  findUserById,
  findUsersByIds,
  insertUser,
  updateUser,
} from './repository'
export { checkPasswordStrength, setInstallationAdmin, userNotFound } from './service'
