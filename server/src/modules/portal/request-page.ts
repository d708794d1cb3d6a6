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
import { type Html, html, joinHtml } from '../../lib/html'
import { REQUEST_WORDING } from './request-wording'

/** The bodies of the public request pages: server-rendered, no script, every value escaped (lib/html). */

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

const requestPath = (slug: string) => `/p/${encodeURIComponent(slug)}/request`

function fieldError(field: FormField, errors: Partial<Record<FormField, string>>): Html | string {
  const message = errors[field]
  return message ? html`<p class="field-error" id="${field}-error"><strong>${message}</strong></p>` : ''
}

function describedBy(field: FormField, errors: Partial<Record<FormField, string>>, help = true): Html {
  const ids = [...(help ? [`${field}-help`] : []), ...(errors[field] ? [`${field}-error`] : [])]
  const invalid = errors[field] ? html` aria-invalid="true"` : ''
  return html`${ids.length > 0 ? html` aria-describedby="${ids.join(' ')}"` : ''}${invalid}`
}

export function requestFormBody(input: {
  language: Language
  slug: string
  organisation: string
  values: FormValues
  errors: Partial<Record<FormField, string>>
}): Html {
  const { language, slug, values, errors } = input
  const w = REQUEST_WORDING[language]
  const order: FormField[] = ['name', 'email', 'types', 'details', 'customerNumber', 'idDocument']
  const listed = order.filter((f) => errors[f])
  const summary =
    listed.length === 0
      ? ''
      : html`<div class="notice-warning" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${w.errorSummary}</h2><ul>${listed.map(
          (f) => html`<li><a href="#${f === 'types' ? 'type-access' : f}">${errors[f] ?? ''}</a></li>`,
        )}</ul></div>`
  const types = REQUEST_TYPES.map((type) => {
    const info = REQUEST_TYPE_INFO[type]
    const checked = values.types.includes(type) ? html` checked` : ''
    return html`<li><input type="checkbox" id="type-${type}" name="types" value="${type}"${checked}> <label for="type-${type}"><strong>${info.label[language]}</strong>${language === 'fr' ? '\u00a0:' : ':'} ${info.help[language]}</label></li>`
  })
  const typesInvalid = errors.types ? html` aria-invalid="true"` : ''
  const privacy = w.privacy(input.organisation).map((p) => html`<p>${p}</p>`)
  return html`<h1>${w.title}</h1>
<p>${w.intro(input.organisation)}</p>
${summary}
<form class="request-form" method="post" action="${requestPath(slug)}?lang=${language}" accept-charset="utf-8" enctype="multipart/form-data">
<input type="hidden" name="lang" value="${language}">
<p><label for="name">${w.name}</label><br>
<span class="meta" id="name-help">${w.nameHelp}</span><br>
<input type="text" id="name" name="name" autocomplete="name" required maxlength="${MAX_NAME}" value="${values.name}"${describedBy('name', errors)}></p>
${fieldError('name', errors)}
<p><label for="email">${w.email}</label><br>
<span class="meta" id="email-help">${w.emailHelp}</span><br>
<input type="email" id="email" name="email" autocomplete="email" required maxlength="254" value="${values.email}"${describedBy('email', errors)}></p>
${fieldError('email', errors)}
<fieldset aria-describedby="types-help${errors.types ? ' types-error' : ''}"${typesInvalid}>
<legend>${w.types}</legend>
<p class="meta" id="types-help">${w.typesHelp}</p>
${fieldError('types', errors)}
<ul class="request-types">
${joinHtml(types, '\n')}
</ul>
</fieldset>
<p><label for="details">${w.details} ${w.optional}</label><br>
<span class="meta" id="details-help">${w.detailsHelp(MAX_DETAILS)}</span><br>
<textarea id="details" name="details" rows="8" cols="60" maxlength="${MAX_DETAILS}"${describedBy('details', errors)}>${values.details}</textarea></p>
${fieldError('details', errors)}
<p><label for="customerNumber">${w.customerNumber} ${w.optional}</label><br>
<span class="meta" id="customerNumber-help">${w.customerNumberHelp}</span><br>
<input type="text" id="customerNumber" name="customerNumber" autocomplete="off" maxlength="${MAX_CUSTOMER_NUMBER}" value="${values.customerNumber}"${describedBy('customerNumber', errors)}></p>
${fieldError('customerNumber', errors)}
<div class="id-document">
<p><label for="idDocument">${w.idDocument} ${w.optional}</label></p>
<div class="meta" id="idDocument-help">${joinHtml(
    w.idDocumentHelp.map((p) => html`<p>${p}</p>`),
    '\n',
  )}</div>
<p><input type="file" id="idDocument" name="idDocument" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"${describedBy('idDocument', errors)}></p>
${fieldError('idDocument', errors)}
</div>
<div hidden><label for="website">${w.honeypot}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value=""></div>
<p><button type="submit">${w.submit}</button></p>
</form>
<section aria-labelledby="privacy-title">
<h2 id="privacy-title">${w.privacyTitle}</h2>
${joinHtml(privacy, '\n')}
<p><a href="/p/${encodeURIComponent(slug)}/privacy?lang=${language}">${w.privacyLink}</a></p>
</section>`
}

/** The one answer to every submission, known person or not, honeypot or not. */
export function checkEmailBody(language: Language, hours: number): Html {
  const w = REQUEST_WORDING[language]
  return html`<h1>${w.checkEmailTitle}</h1>
<div class="summary" role="status">${joinHtml(
    w.checkEmail(hours).map((p) => html`<p>${p}</p>`),
    '\n',
  )}</div>`
}

export function verifiedBody(input: {
  language: Language
  reference: string
  dueDate: string | null
  statusUrl: string
}): Html {
  const w = REQUEST_WORDING[input.language]
  return html`<h1>${w.verifiedTitle}</h1>
<p class="summary" role="status">${w.verified}</p>
<dl>
<dt>${w.reference}</dt><dd>${input.reference}</dd>
${input.dueDate ? html`<dt>${w.dueDate}</dt><dd>${formatDate(input.dueDate)}</dd>` : ''}
</dl>
<p>${w.statusLinkIntro}<br><a href="${input.statusUrl}">${w.statusLink}</a></p>`
}

export function linkProblemBody(
  language: Language,
  slug: string,
  problem: 'invalid' | 'expired',
  hours: number,
): Html {
  const w = REQUEST_WORDING[language]
  const text = problem === 'expired' ? w.expiredLink(hours) : w.invalidLink
  return html`<h1>${w.invalidLinkTitle}</h1>
<p role="alert">${text}</p>
<p><a href="${requestPath(slug)}?lang=${language}">${w.newRequest}</a></p>`
}

export interface StatusLetter {
  date: string
  kind: LetterKind
  delivery: 'sent' | 'waiting' | 'post'
}

const ANSWER_KINDS: readonly LetterKind[] = ['completed', 'partially_refused', 'refused']

export function statusBody(input: {
  language: Language
  request: DataSubjectRequest
  timeline: RequestTimeline
  letters: readonly StatusLetter[]
  contactEmail: string | null
}): Html {
  const { language, request, timeline } = input
  const w = REQUEST_WORDING[language]
  const types = REQUEST_TYPES.filter((t: RequestType) => request.types.includes(t)).map(
    (t) => html`<li>${REQUEST_TYPE_INFO[t].label[language]}</li>`,
  )
  const letters =
    input.letters.length === 0
      ? html`<p>${w.noLetters}</p>`
      : html`<table><thead><tr><th scope="col">${w.letterDate}</th><th scope="col">${w.letterKind}</th><th scope="col">${w.letterDelivery}</th></tr></thead><tbody>${input.letters.map(
          (l) =>
            html`<tr><td>${formatDate(l.date)}</td><td>${w.letterKinds[l.kind]}</td><td>${w.letterDeliveries[l.delivery]}</td></tr>`,
        )}</tbody></table>`
  // The request is answered in Custos, but the answer's mail has not left (no SMTP server yet, or retrying).
  const answer = [...input.letters].reverse().find((l) => ANSWER_KINDS.includes(l.kind))
  const statusText =
    answer?.delivery === 'waiting' ? w.answerWaiting : REQUEST_STATUS_LABELS[request.status][language]
  return html`<h1>${w.statusTitle}</h1>
<dl>
<dt>${w.reference}</dt><dd>${request.reference}</dd>
<dt>${w.rights}</dt><dd><ul>${types}</ul></dd>
<dt>${w.received}</dt><dd>${formatDate(timeline.receivedOn)}</dd>
${request.subject.name ? html`<dt>${w.requester}</dt><dd>${request.subject.name}</dd>` : ''}
${timeline.dueDate ? html`<dt>${w.dueDate}</dt><dd>${formatDate(timeline.dueDate)}</dd>` : ''}
${timeline.extendedDueDate ? html`<dt>${w.extendedDueDate}</dt><dd>${formatDate(timeline.extendedDueDate)}</dd>` : ''}
<dt>${w.status}</dt><dd><strong>${statusText}</strong></dd>
</dl>
<h2>${w.letters}</h2>
${letters}
${input.contactEmail ? html`<p>${w.contact(input.contactEmail)}</p>` : ''}`
}
