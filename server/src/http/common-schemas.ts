import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords'

export const languageSchema = z.enum(['nl', 'fr', 'en'])
/** The `lang` query parameter of an answer that is worded for people. */
export const answerLanguage = languageSchema
  .optional()
  .describe("the language of the answer: nl, fr or en (absent: the organisation's default language)")
export const roleSchema = z.enum(['owner', 'privacy_officer', 'agent', 'auditor'])
export const emailSchema = z.email().max(254)
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH)
export const slugParams = z.object({
  slug: z.string().min(1).max(63).describe('The organisation, by its slug (as in GET /api/v1/orgs)'),
})
export const isoDateTime = z.iso.datetime()
export const tags = {
  auth: ['auth'],
  setup: ['setup'],
  me: ['me'],
  organizations: ['organizations'],
  members: ['members'],
  apiTokens: ['api tokens'],
  audit: ['audit'],
  outbox: ['outbox'],
  register: ['register'],
  notice: ['privacy notice'],
  subjects: ['data subjects'],
  requests: ['data subject requests'],
}
