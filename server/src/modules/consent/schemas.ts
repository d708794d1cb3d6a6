import { z } from 'zod'
import { AGE_GROUPS, GUARDIAN_RELATIONSHIPS, GUARDIAN_VERIFICATIONS } from '../../domain/consent/children'
import { IDENTITY_KINDS } from '../../domain/subjects/identity'
import { PARENT_CONFIRMATION_STEPS } from './evidence'
import {
  CONSENT_CHANNELS,
  CONSENT_LANGUAGES,
  CONSENT_METHODS,
  CONSENT_STATES,
  RECORDED_STATES,
} from './model'

const dateTime = z.iso.datetime({ offset: true })
export const textHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'The SHA-256 of the text, 64 lower-case hexadecimal characters')

export const identitySchema = z
  .strictObject({
    kind: z.enum(IDENTITY_KINDS).describe('what kind of identity: e-mail, phone, national number, ...'),
    value: z
      .string()
      .min(1)
      .max(254)
      .describe('the identity as the person gave it; normalised before its keyed hash is computed'),
    systemKey: z
      .string()
      .max(80)
      .optional()
      .describe('for customer and file numbers: the system of the register'),
  })
  .describe('an identity as the subject index knows it: e-mail, phone, national number, customer number ...')

const personFields = {
  identity: identitySchema.optional(),
  anonymousId: z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe(
      'instead of an identity: an anonymous consent id (a cookie banner’s), 8-200 visible ASCII characters',
    ),
}

function onePerson(value: { identity?: unknown; anonymousId?: unknown }, ctx: z.RefinementCtx) {
  if ((value.identity === undefined) === (value.anonymousId === undefined))
    ctx.addIssue({
      code: 'custom',
      path: ['identity'],
      message: 'Give either identity or anonymousId',
    })
}

export const personSchema = z.strictObject(personFields).superRefine(onePerson)

const ageSchema = z
  .strictObject({
    group: z
      .enum(AGE_GROUPS)
      .describe(
        'the answer to the age question: under 13, or 13 or older (as stated; Custos cannot check it)',
      ),
    parentalConsent: z
      .strictObject({
        relationship: z.enum(GUARDIAN_RELATIONSHIPS).describe('parent, or another legal guardian'),
        identity: z
          .strictObject({
            kind: z.enum(['email', 'phone']).describe('e-mail address or phone number'),
            value: z.string().min(1).max(254).describe('the parent’s address or number: kept masked only'),
          })
          .describe('how to reach the parent or guardian who consented'),
        verification: z
          .enum(GUARDIAN_VERIFICATIONS)
          .describe(
            'how the organisation verified it was the parent: a confirmation link mailed to them and followed, a form they signed, an identity document seen, a call with them',
          ),
        reference: z
          .string()
          .min(1)
          .max(200)
          .describe('where the proof of that verification is kept (the mail’s id, the form’s number)'),
        verifiedAt: dateTime.optional().describe('when it was verified; when the choice was made if absent'),
      })
      .optional()
      .describe('under 13: the consent of the holder of parental responsibility (required to give consent)'),
    askParent: z
      .strictObject({
        relationship: z.enum(GUARDIAN_RELATIONSHIPS).describe('parent, or another legal guardian'),
        email: z
          .string()
          .min(1)
          .max(254)
          .describe('the parent’s e-mail address: mailed once, kept masked only'),
      })
      .optional()
      .describe(
        'under 13, instead of parentalConsent: Custos mails the parent a single-use link valid 7 days showing the text the child agreed to; the record is `pending_parental` (not a consent) until the parent confirms (then given) or refuses or lets the link expire (then refused)',
      ),
  })
  .describe(
    'the age question (Art. 8 GDPR, Belgian age of digital consent 13): required to give consent online for a purpose offered to children',
  )

const ageViewSchema = z
  .object({
    group: z.enum(AGE_GROUPS),
    parentalConsent: z
      .object({
        relationship: z.enum(GUARDIAN_RELATIONSHIPS),
        identityKind: z.enum(['email', 'phone']),
        identityMasked: z.string(),
        verification: z.enum(GUARDIAN_VERIFICATIONS),
        reference: z.string(),
        verifiedAt: z.string(),
      })
      .optional(),
    parentConfirmation: z
      .object({
        requestId: z.uuid(),
        step: z.enum(PARENT_CONFIRMATION_STEPS),
        relationship: z.enum(GUARDIAN_RELATIONSHIPS),
        parentMasked: z.string(),
        requestedAt: z.string(),
        linkExpiresAt: z.string(),
      })
      .optional()
      .describe(
        'the confirmation Custos asked of the parent by e-mail: requested (the child said yes; not a consent), confirmed, refused, or expired (no answer within 7 days)',
      ),
  })
  .nullable()
  .describe('the age group stated and, under 13, who consented for the child and how it was verified')

export const recordBodySchema = z
  .strictObject({
    ...personFields,
    purpose: z.string().min(1).max(80).describe('a purpose key of the register with legal basis consent'),
    state: z.enum(RECORDED_STATES).describe('what the person chose: given, refused or withdrawn'),
    textHash: textHashSchema.optional().describe('the text shown, by hash (stored earlier)'),
    text: z.string().min(1).max(20_000).optional().describe('or the text shown itself: stored once'),
    language: z.enum(CONSENT_LANGUAGES).describe('the language of the text the person saw'),
    channel: z
      .enum(CONSENT_CHANNELS)
      .exclude(['system'])
      .describe('where the choice was made: web form, banner, paper, phone, e-mail, ...'),
    method: z
      .enum(CONSENT_METHODS)
      .exclude(['expiry', 'parental_confirmation', 'parental_refusal'])
      .describe('how it was expressed: the button or act, e.g. accept, reject, save'),
    occurredAt: dateTime.optional().describe('when the person chose; now when absent'),
    expiresAt: dateTime.optional().describe('for given: when the consent ends and must be renewed'),
    source: z.string().min(1).max(100).optional().describe('the system it was given in, e.g. "webshop"'),
    ip: z
      .string()
      .max(64)
      .optional()
      .describe('the person’s IP address; only kept with its last octet zeroed'),
    userAgent: z
      .string()
      .max(1000)
      .optional()
      .describe('the browser the choice was made in, as it announced itself'),
    evidence: z
      .strictObject({
        callReference: z.string().min(1).max(200).optional().describe('the reference of the recorded call'),
        documentReference: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe('where the signed paper form is kept'),
      })
      .optional()
      .describe('where the proof is kept: a phone call’s reference, a scanned paper form’s reference'),
    externalRef: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'your own reference for the person (e.g. the mailing tool’s contact id), sent with webhook events',
      ),
    age: ageSchema.optional(),
  })
  .superRefine(onePerson)

export const recordedSchema = z.object({
  id: z.uuid(),
  seq: z.number().int().describe('its place in the organisation’s consent chain'),
  hash: z.string().describe('HMAC-SHA256 over the record and the previous hash'),
  prevHash: z.string(),
  purpose: z.string(),
  state: z
    .enum([...RECORDED_STATES, 'pending_parental'])
    .describe(
      'pending_parental: a child under 13 said yes and their parent was asked to confirm (not a consent)',
    ),
  textHash: z.string().nullable(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  expiresAt: z.string().nullable(),
  parentConfirmation: z
    .object({ requestId: z.uuid(), linkExpiresAt: z.string() })
    .optional()
    .describe(
      'with pending_parental: the confirmation asked of the parent and when its link ends; absent when supersededBy is given',
    ),
  supersededBy: z
    .object({ eventId: z.uuid(), occurredAt: z.string() })
    .optional()
    .describe(
      'with askParent, when the child’s choice (occurredAt) is older than the purpose’s current status: the record that stands. The child’s choice is kept in the chain as history only - the current status does not change, no parent is mailed and no confirmation is opened (an open one stays as it is)',
    ),
})

export const purposeStatusSchema = z.object({
  purpose: z.string(),
  state: z.enum(CONSENT_STATES),
  occurredAt: z.string(),
  expiresAt: z.string().nullable(),
  renewalDue: z.boolean().describe('expired, or ends within 30 days'),
  textHash: z.string().nullable(),
  eventId: z.uuid(),
})

export const statusSchema = z.object({
  identityKind: z.string(),
  identityMasked: z.string(),
  purposes: z.array(purposeStatusSchema),
})

export const textSchema = z.object({
  hash: z.string(),
  language: z.string(),
  body: z.string(),
})

export const propagationSchema = z.object({
  id: z.uuid(),
  dataset: z.string().describe('the dataset (system) told of the withdrawal'),
  datasetName: z.string(),
  status: z
    .enum(['pending', 'done', 'failed'])
    .describe('pending: the call is queued or waits for a retry (error: the last failure); failed: given up'),
  attempts: z.number().int(),
  error: z.string().nullable(),
  updatedAt: z.string(),
})

export const eventSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  identityKind: z.string(),
  identityMasked: z.string(),
  purpose: z.string(),
  state: z.enum(CONSENT_STATES),
  textHash: z.string().nullable(),
  language: z.string(),
  channel: z.string(),
  method: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  expiresAt: z.string().nullable(),
  source: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  evidence: z
    .object({ callReference: z.string().optional(), documentReference: z.string().optional() })
    .nullable()
    .describe('where the proof is kept outside Custos'),
  age: ageViewSchema,
  externalRef: z.string().nullable(),
  recordedBy: z.object({ type: z.string(), label: z.string() }),
  prevHash: z.string(),
  hash: z.string(),
  hashValid: z.boolean().describe('the record’s hash recomputed with the installation key matches'),
  propagations: z
    .array(propagationSchema)
    .describe('a withdrawal’s calls to the systems configured to act on it (dataset consentWithdrawal)'),
})
