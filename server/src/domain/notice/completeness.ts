import type { RegisterDocument } from '../register/schema'
import { type CompletenessItem, type CompletenessOptions, completenessContext } from './completeness-context'
import { controllerItems } from './completeness-controller'
import { informationItems } from './completeness-information'
import { processingItems } from './completeness-processing'
import { translationItems } from './completeness-translations'

export type {
  CompletenessItem,
  CompletenessOptions,
  CompletenessStatus,
  FixLocation,
} from './completeness-context'

/**
 * Whether the register holds everything the privacy notice must tell: one item per element of Art. 13(1)(a)-(f)
 * and 13(2)(a)-(f), of Art. 14(1)(d) and 14(2)(f) when some data do not come from the data subject, of
 * Art. 21(4), and the practical ones (how to exercise rights, Art. 8 minors, the cookie policy, the version).
 * A 'missing' item says in plain words what is missing and where to fix it (`fixAt`); the notice is not
 * published while one is missing. Elements the composer always states (rights, complaint) are 'present'.
 */
export function checkNoticeCompleteness(
  doc: RegisterDocument,
  options: CompletenessOptions = {},
): CompletenessItem[] {
  const ctx = completenessContext(doc, options)
  const items = [
    ...controllerItems(ctx),
    ...processingItems(ctx),
    ...informationItems(ctx),
    ...translationItems(ctx),
  ]
  const rank = (i: CompletenessItem) => ORDER.indexOf(i.element)
  return items.sort((a, b) => rank(a) - rank(b))
}

/** The order of the GDPR: Art. 13(1), 13(2), 14, 21(4), then the practical elements. */
const ORDER = [
  'art13.1.a.controller-identity',
  'art13.1.a.representative',
  'art26.2.joint-arrangement',
  'art13.1.b.dpo-contact',
  'art13.1.c.purposes',
  'art13.1.c.legal-basis',
  'art13.1.d.legitimate-interests',
  'art9.2.special-categories',
  'art10.criminal-data',
  'national-number.authorisation',
  'art13.1.e.recipients',
  'art13.1.f.transfers',
  'art13.2.a.retention',
  'art13.2.b.rights',
  'art13.2.c.consent-withdrawal',
  'art13.2.d.complaint',
  'art13.2.e.requirement',
  'art13.2.f.automated-decisions',
  'art14.1.d.data-categories',
  'art14.2.f.source',
  'art21.4.right-to-object',
  'art12.2.exercise-rights',
  'art8.minors',
  'eprivacy.cookie-policy',
  'practical.translations',
  'practical.version',
]
