import type { Language } from '../../db/schema'
import {
  type DataSubjectRequest,
  formatDate,
  type LetterKind,
  REQUEST_STATUS_LABELS,
  REQUEST_TYPE_INFO,
  REQUEST_TYPES,
  type RequestTimeline,
  type RequestType,
} from '../../domain/requests'
import { escapeHtml } from '../../mail/templates/escape-html'
import { REQUEST_WORDING } from './request-wording'

/** The bodies of the public request pages: server-rendered, no script, every value escaped. */

export const MAX_NAME = 200
export const MAX_DETAILS = 5000
export const MAX_CUSTOMER_NUMBER = 100

export type FormField = 'name' | 'email' | 'types' | 'details' | 'customerNumber' | 'idDocument'

export interface FormValues {
  name: string
  email: string
  types: string[]
  details: string
  customerNumber: string
}

export const EMPTY_FORM: FormValues = { name: '', email: '', types: [], details: '', customerNumber: '' }

const e = escapeHtml
const requestPath = (slug: string) => `/p/${encodeURIComponent(slug)}/request`

function fieldError(field: FormField, errors: Partial<Record<FormField, string>>) {
  const message = errors[field]
  return message ? `<p class="field-error" id="${field}-error"><strong>${e(message)}</strong></p>` : ''
}

function describedBy(field: FormField, errors: Partial<Record<FormField, string>>, help = true) {
  const ids = [...(help ? [`${field}-help`] : []), ...(errors[field] ? [`${field}-error`] : [])]
  const invalid = errors[field] ? ' aria-invalid="true"' : ''
  return `${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${invalid}`
}

export function requestFormBody(input: {
  language: Language
  slug: string
  organisation: string
  values: FormValues
  errors: Partial<Record<FormField, string>>
}): string {
  const { language, slug, values, errors } = input
  const w = REQUEST_WORDING[language]
  const order: FormField[] = ['name', 'email', 'types', 'details', 'customerNumber', 'idDocument']
  const listed = order.filter((f) => errors[f])
  const summary =
    listed.length === 0
      ? ''
      : `<div class="notice-warning" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${e(w.errorSummary)}</h2><ul>${listed
          .map((f) => `<li><a href="#${f === 'types' ? 'type-access' : f}">${e(errors[f] ?? '')}</a></li>`)
          .join('')}</ul></div>`
  const types = REQUEST_TYPES.map((type) => {
    const info = REQUEST_TYPE_INFO[type]
    const checked = values.types.includes(type) ? ' checked' : ''
    return `<li><input type="checkbox" id="type-${type}" name="types" value="${type}"${checked}> <label for="type-${type}"><strong>${e(info.label[language])}</strong>${language === 'fr' ? '\u00a0:' : ':'} ${e(info.help[language])}</label></li>`
  }).join('\n')
  const typesInvalid = errors.types ? ' aria-invalid="true"' : ''
  const privacy = w
    .privacy(input.organisation)
    .map((p) => `<p>${e(p)}</p>`)
    .join('\n')
  return `<h1>${e(w.title)}</h1>
<p>${e(w.intro(input.organisation))}</p>
${summary}
<form class="request-form" method="post" action="${requestPath(slug)}?lang=${language}" accept-charset="utf-8" enctype="multipart/form-data">
<input type="hidden" name="lang" value="${language}">
<p><label for="name">${e(w.name)}</label><br>
<span class="meta" id="name-help">${e(w.nameHelp)}</span><br>
<input type="text" id="name" name="name" autocomplete="name" required maxlength="${MAX_NAME}" value="${e(values.name)}"${describedBy('name', errors)}></p>
${fieldError('name', errors)}
<p><label for="email">${e(w.email)}</label><br>
<span class="meta" id="email-help">${e(w.emailHelp)}</span><br>
<input type="email" id="email" name="email" autocomplete="email" required maxlength="254" value="${e(values.email)}"${describedBy('email', errors)}></p>
${fieldError('email', errors)}
<fieldset aria-describedby="types-help${errors.types ? ' types-error' : ''}"${typesInvalid}>
<legend>${e(w.types)}</legend>
<p class="meta" id="types-help">${e(w.typesHelp)}</p>
${fieldError('types', errors)}
<ul class="request-types">
${types}
</ul>
</fieldset>
<p><label for="details">${e(w.details)} ${e(w.optional)}</label><br>
<span class="meta" id="details-help">${e(w.detailsHelp(MAX_DETAILS))}</span><br>
<textarea id="details" name="details" rows="8" cols="60" maxlength="${MAX_DETAILS}"${describedBy('details', errors)}>${e(values.details)}</textarea></p>
${fieldError('details', errors)}
<p><label for="customerNumber">${e(w.customerNumber)} ${e(w.optional)}</label><br>
<span class="meta" id="customerNumber-help">${e(w.customerNumberHelp)}</span><br>
<input type="text" id="customerNumber" name="customerNumber" autocomplete="off" maxlength="${MAX_CUSTOMER_NUMBER}" value="${e(values.customerNumber)}"${describedBy('customerNumber', errors)}></p>
${fieldError('customerNumber', errors)}
<div class="id-document">
<p><label for="idDocument">${e(w.idDocument)} ${e(w.optional)}</label></p>
<div class="meta" id="idDocument-help">${w.idDocumentHelp.map((p) => `<p>${e(p)}</p>`).join('\n')}</div>
<p><input type="file" id="idDocument" name="idDocument" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"${describedBy('idDocument', errors)}></p>
${fieldError('idDocument', errors)}
</div>
<div hidden><label for="website">${e(w.honeypot)}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value=""></div>
<p><button type="submit">${e(w.submit)}</button></p>
</form>
<section aria-labelledby="privacy-title">
<h2 id="privacy-title">${e(w.privacyTitle)}</h2>
${privacy}
<p><a href="/p/${encodeURIComponent(slug)}/privacy?lang=${language}">${e(w.privacyLink)}</a></p>
</section>`
}

/** The one answer to every submission, known person or not, honeypot or not. */
export function checkEmailBody(language: Language, hours: number): string {
  const w = REQUEST_WORDING[language]
  return `<h1>${e(w.checkEmailTitle)}</h1>
<div class="summary" role="status">${w
    .checkEmail(hours)
    .map((p) => `<p>${e(p)}</p>`)
    .join('\n')}</div>`
}

export function verifiedBody(input: {
  language: Language
  reference: string
  dueDate: string | null
  statusUrl: string
}): string {
  const w = REQUEST_WORDING[input.language]
  return `<h1>${e(w.verifiedTitle)}</h1>
<p class="summary" role="status">${e(w.verified)}</p>
<dl>
<dt>${e(w.reference)}</dt><dd>${e(input.reference)}</dd>
${input.dueDate ? `<dt>${e(w.dueDate)}</dt><dd>${e(formatDate(input.dueDate))}</dd>` : ''}
</dl>
<p>${e(w.statusLinkIntro)}<br><a href="${e(input.statusUrl)}">${e(w.statusLink)}</a></p>`
}

export function linkProblemBody(
  language: Language,
  slug: string,
  problem: 'invalid' | 'expired',
  hours: number,
) {
  const w = REQUEST_WORDING[language]
  const text = problem === 'expired' ? w.expiredLink(hours) : w.invalidLink
  return `<h1>${e(w.invalidLinkTitle)}</h1>
<p role="alert">${e(text)}</p>
<p><a href="${requestPath(slug)}?lang=${language}">${e(w.newRequest)}</a></p>`
}

export interface StatusLetter {
  date: string
  kind: LetterKind
}

export function statusBody(input: {
  language: Language
  request: DataSubjectRequest
  timeline: RequestTimeline
  letters: readonly StatusLetter[]
  contactEmail: string | null
}): string {
  const { language, request, timeline } = input
  const w = REQUEST_WORDING[language]
  const types = REQUEST_TYPES.filter((t: RequestType) => request.types.includes(t))
    .map((t) => `<li>${e(REQUEST_TYPE_INFO[t].label[language])}</li>`)
    .join('')
  const letters =
    input.letters.length === 0
      ? `<p>${e(w.noLetters)}</p>`
      : `<table><thead><tr><th scope="col">${e(w.letterDate)}</th><th scope="col">${e(w.letterKind)}</th></tr></thead><tbody>${input.letters
          .map((l) => `<tr><td>${e(formatDate(l.date))}</td><td>${e(w.letterKinds[l.kind])}</td></tr>`)
          .join('')}</tbody></table>`
  return `<h1>${e(w.statusTitle)}</h1>
<dl>
<dt>${e(w.reference)}</dt><dd>${e(request.reference)}</dd>
<dt>${e(w.rights)}</dt><dd><ul>${types}</ul></dd>
<dt>${e(w.received)}</dt><dd>${e(formatDate(timeline.receivedOn))}</dd>
${request.subject.name ? `<dt>${e(w.requester)}</dt><dd>${e(request.subject.name)}</dd>` : ''}
${timeline.dueDate ? `<dt>${e(w.dueDate)}</dt><dd>${e(formatDate(timeline.dueDate))}</dd>` : ''}
${timeline.extendedDueDate ? `<dt>${e(w.extendedDueDate)}</dt><dd>${e(formatDate(timeline.extendedDueDate))}</dd>` : ''}
<dt>${e(w.status)}</dt><dd><strong>${e(REQUEST_STATUS_LABELS[request.status][language])}</strong></dd>
</dl>
<h2>${e(w.letters)}</h2>
${letters}
${input.contactEmail ? `<p>${e(w.contact(input.contactEmail))}</p>` : ''}`
}
