import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { isRequestType, type RequestType } from '../../domain/requests'
import { pickPublicLanguage } from '../../http/public-language'
import { cachedResponse, sendCached } from '../../http/public-pages/cached-response'
import type { PublicPageCache } from '../../http/public-pages/page-cache'
import type { App } from '../../http/types'
import { type Html, html } from '../../lib/html'
import type { Organization } from '../organizations'
import { renderPortalPage } from './page'
import {
  checkEmailBody,
  EMPTY_FORM,
  type FormField,
  type FormValues,
  linkProblemBody,
  MAX_CUSTOMER_NUMBER,
  MAX_DETAILS,
  MAX_NAME,
  requestFormBody,
  statusBody,
  verifiedBody,
} from './request-page'
import {
  checkIdDocument,
  type IdDocumentCheck,
  isUploadedFile,
  MAX_ID_DOCUMENT_BYTES,
} from './request-upload'
import { REQUEST_WORDING } from './request-wording'
import {
  confirmRequestAddress,
  portalOrganization,
  requestStatus,
  submitRequest,
  VERIFY_HOURS,
} from './service'

const HTML_TYPE = 'text/html; charset=utf-8'
const slugParams = z.object({ slug: z.string().min(1).max(63) })
const langQuery = z.object({ lang: z.string().max(10).optional() })
const tokenQuery = langQuery.extend({ token: z.string().max(200).optional() })
/** Form posts: enough for 5,000 characters of any script, URL-encoded; anything larger is refused (413). */
export const PORTAL_FORM_BODY_LIMIT = 64 * 1024
const optionalText = (max: number) => z.string().max(max).optional()
/** Lenient on purpose: the page re-renders with messages instead of answering with a problem document. */
const formBody = z.object({
  name: optionalText(2000),
  email: optionalText(2000),
  types: z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional(),
  details: optionalText(MAX_DETAILS * 4),
  customerNumber: optionalText(2000),
  website: optionalText(2000),
  lang: optionalText(10),
  /** Multipart only: what onFile attaches (see request-upload.ts); anything else counts as no file. */
  idDocument: z.unknown().optional(),
})
const emailSchema = z.email().max(254)

/**
 * Multipart parsing of the form, for this route only: one file of at most 5 MB (a larger one is cut off and
 * marked, so the form can say so), a few small fields. The file is read into memory and handed to the handler,
 * which checks it by its magic bytes before anything is stored.
 */
const MULTIPART_OPTIONS = {
  attachFieldsToBody: 'keyValues' as const,
  throwFileSizeLimit: false,
  limits: {
    fileSize: MAX_ID_DOCUMENT_BYTES,
    files: 1,
    fields: 20,
    fieldSize: PORTAL_FORM_BODY_LIMIT,
    parts: 25,
    headerPairs: 50,
  },
  async onFile(part: MultipartFile & { value?: unknown }) {
    const content = await part.toBuffer()
    part.value = { filename: part.filename ?? '', content, truncated: part.file.truncated }
  },
}

function languageOf(org: Organization | undefined, request: FastifyRequest, asked?: string): Language {
  return pickPublicLanguage(
    asked,
    request.headers['accept-language'],
    org ? org.languages : ['nl', 'fr', 'en'],
  )
}

function send(
  reply: FastifyReply,
  status: number,
  page: { language: Language; org: Organization | undefined; title: string; body: Html; links?: string },
) {
  const offered = page.org?.languages.length ? page.org.languages : (['nl', 'fr', 'en'] as Language[])
  return reply
    .code(status)
    .type(HTML_TYPE)
    .header('cache-control', 'no-store')
    .send(
      renderPortalPage({
        language: page.language,
        title: page.title,
        organizationName: page.org ? page.org.legalName || page.org.name : 'Custos',
        body: page.body,
        languageLinks:
          page.links === undefined
            ? []
            : offered.map((l) => ({ language: l, href: `${page.links}lang=${l}` })),
      }),
    )
}

function notFoundPage(reply: FastifyReply, language: Language) {
  const w = REQUEST_WORDING[language]
  return send(reply, 404, {
    language,
    org: undefined,
    title: w.title,
    body: html`<h1>${w.title}</h1><p>${w.notFound}</p>`,
  })
}

function validate(
  body: z.infer<typeof formBody>,
  language: Language,
): { values: FormValues; errors: Partial<Record<FormField, string>> } {
  const w = REQUEST_WORDING[language].errors
  const raw = body.types === undefined ? [] : Array.isArray(body.types) ? body.types : [body.types]
  const values: FormValues = {
    name: (body.name ?? '').trim(),
    email: (body.email ?? '').trim(),
    types: [...new Set(raw.filter(isRequestType))],
    details: (body.details ?? '').replace(/\r\n/g, '\n').trim(),
    customerNumber: (body.customerNumber ?? '').trim(),
  }
  const errors: Partial<Record<FormField, string>> = {}
  if (values.name === '') errors.name = w.nameRequired
  else if (values.name.length > MAX_NAME) errors.name = w.nameTooLong
  if (!emailSchema.safeParse(values.email).success) errors.email = w.emailInvalid
  if (values.types.length === 0) errors.types = w.typesRequired
  if (values.details.length > MAX_DETAILS) errors.details = w.detailsTooLong(MAX_DETAILS)
  if (values.customerNumber.length > MAX_CUSTOMER_NUMBER) errors.customerNumber = w.customerNumberTooLong
  return { values, errors }
}

function messageOf(value: unknown): string {
  const message =
    typeof value === 'object' && value !== null ? (value as { message?: unknown }).message : value
  return typeof message === 'string' ? message : 'The request could not be handled.'
}

/**
 * The message for the identity document field: refused files, or - when the form comes back for other reasons -
 * a reminder that a chosen file must be chosen again (browsers never refill a file input).
 */
function idDocumentError(
  check: IdDocumentCheck,
  language: Language,
  otherErrors: boolean,
): string | undefined {
  const w = REQUEST_WORDING[language].errors
  if (check.outcome === 'too_large') return w.idDocumentTooLarge
  if (check.outcome === 'wrong_type') return w.idDocumentType
  if (check.outcome === 'ok' && otherErrors) return w.idDocumentAgain
  return undefined
}

/**
 * The public request portal of an organisation: the form (/p/{slug}/request), the e-mail verification link and
 * the subject's status page. No account, no script, nl/fr/en. Every submission gets the same answer, whether or
 * not the person is known, so the form reveals nothing about who is a client.
 */
export function registerRequestPortalRoutes(app: App, ctx: AppContext, pages: PublicPageCache) {
  // The empty form is the same for everyone: rendered once per language and revision of the organisation.
  app.get(
    '/p/:slug/request',
    { schema: { hide: true, params: slugParams, querystring: langQuery } },
    async (request, reply) => {
      const slug = request.params.slug
      const entry = await pages.organisation(slug)
      const org = await entry?.once('organisation', () => portalOrganization(ctx, slug))
      const language = languageOf(org, request, request.query.lang)
      if (!entry || !org) return notFoundPage(reply, language)
      const page = await entry.once(`request-form:${language}`, async () => {
        const w = REQUEST_WORDING[language]
        const offered = org.languages.length ? org.languages : (['nl', 'fr', 'en'] as Language[])
        const links = `/p/${encodeURIComponent(org.slug)}/request?`
        const body = renderPortalPage({
          language,
          title: w.title,
          organizationName: org.legalName || org.name,
          body: requestFormBody({
            language,
            slug: org.slug,
            organisation: org.legalName || org.name,
            values: EMPTY_FORM,
            errors: {},
          }),
          languageLinks: offered.map((l) => ({ language: l, href: `${links}lang=${l}` })),
        })
        return cachedResponse(HTML_TYPE, body)
      })
      return sendCached(request, reply, page)
    },
  )

  // The form posts multipart (for the optional identity document) or URL-encoded; the multipart parser is
  // registered for this route alone.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>()
    // A body the multipart parser cannot read (cut off, no boundary, bad headers) fails before the handler
    // runs, with an error that carries no status: it is the client's, 400, never a 500.
    const handled = new WeakSet<object>()
    scope.addHook('preHandler', async (request) => {
      handled.add(request)
    })
    scope.setErrorHandler((error, request) => {
      // Rethrown, an error goes to the application's handler; a thrown plain object (the rate limiter's 429)
      // must become an Error to get there intact.
      const failure: Error & { statusCode?: unknown } =
        error instanceof Error ? error : Object.assign(new Error(messageOf(error)), error)
      if (!handled.has(request) && request.isMultipart() && typeof failure.statusCode !== 'number') {
        failure.statusCode = 400
      }
      throw failure
    })
    await scope.register(multipart, MULTIPART_OPTIONS)
    scope.post(
      '/p/:slug/request',
      {
        bodyLimit: PORTAL_FORM_BODY_LIMIT,
        config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
        schema: { hide: true, params: slugParams, querystring: langQuery, body: formBody },
      },
      async (request, reply) => {
        const org = await portalOrganization(ctx, request.params.slug)
        const language = languageOf(org, request, request.body.lang ?? request.query.lang)
        if (!org) return notFoundPage(reply, language)
        const w = REQUEST_WORDING[language]
        const done = () =>
          send(reply, 200, {
            language,
            org,
            title: w.checkEmailTitle,
            body: checkEmailBody(language, VERIFY_HOURS),
          })
        // A filled honeypot is a robot: it gets the usual answer and nothing is recorded or sent.
        if (request.body.website && request.body.website.trim() !== '') {
          request.log.info({ slug: org.slug }, 'portal request form: honeypot filled, ignored')
          return done()
        }
        const { values, errors } = validate(request.body, language)
        const upload = isUploadedFile(request.body.idDocument) ? request.body.idDocument : undefined
        const idDocument = checkIdDocument(upload)
        const idError = idDocumentError(idDocument, language, Object.keys(errors).length > 0)
        if (idError) errors.idDocument = idError
        if (Object.keys(errors).length > 0 || idDocument.outcome === 'too_large') {
          return send(reply, idDocument.outcome === 'too_large' ? 413 : 400, {
            language,
            org,
            title: w.title,
            body: requestFormBody({
              language,
              slug: org.slug,
              organisation: org.legalName || org.name,
              values,
              errors,
            }),
            links: `/p/${encodeURIComponent(org.slug)}/request?`,
          })
        }
        await submitRequest(ctx, org, {
          name: values.name,
          email: values.email,
          types: values.types as RequestType[],
          details: values.details === '' ? null : values.details,
          customerNumber: values.customerNumber === '' ? null : values.customerNumber,
          language,
          idDocument: idDocument.outcome === 'ok' ? idDocument.document : undefined,
        })
        return done()
      },
    )
  })

  app.get(
    '/p/:slug/request/verify',
    { schema: { hide: true, params: slugParams, querystring: tokenQuery } },
    async (request, reply) => {
      const org = await portalOrganization(ctx, request.params.slug)
      const language = languageOf(org, request, request.query.lang)
      if (!org) return notFoundPage(reply, language)
      const w = REQUEST_WORDING[language]
      const result = request.query.token
        ? await confirmRequestAddress(ctx, org, request.query.token)
        : ({ outcome: 'invalid' } as const)
      if (result.outcome !== 'verified') {
        return send(reply, result.outcome === 'expired' ? 410 : 400, {
          language,
          org,
          title: w.invalidLinkTitle,
          body: linkProblemBody(language, org.slug, result.outcome, VERIFY_HOURS),
        })
      }
      const shown = request.query.lang ? language : result.request.language
      return send(reply, 200, {
        language: shown,
        org,
        title: REQUEST_WORDING[shown].verifiedTitle,
        body: verifiedBody({
          language: shown,
          reference: result.request.reference,
          dueDate: result.dueDate,
          statusUrl: result.statusUrl,
        }),
      })
    },
  )

  app.get(
    '/p/:slug/request/status',
    { schema: { hide: true, params: slugParams, querystring: tokenQuery } },
    async (request, reply) => {
      const org = await portalOrganization(ctx, request.params.slug)
      const token = request.query.token
      const status = org && token ? await requestStatus(ctx, org, token) : undefined
      if (!org || !status || !token) {
        const language = languageOf(org, request, request.query.lang)
        const w = REQUEST_WORDING[language]
        return send(reply, 404, {
          language,
          org,
          title: w.invalidLinkTitle,
          body: org
            ? linkProblemBody(language, org.slug, 'invalid', VERIFY_HOURS)
            : html`<p>${w.notFound}</p>`,
        })
      }
      const { request: subjectRequest, timeline, letters } = status
      const offered = org.languages.length > 0 ? org.languages : (['nl', 'fr', 'en'] as Language[])
      const asked = request.query.lang
      const language =
        asked && (offered as string[]).includes(asked) ? (asked as Language) : subjectRequest.language
      return send(reply, 200, {
        language,
        org,
        title: REQUEST_WORDING[language].statusTitle,
        body: statusBody({
          language,
          request: subjectRequest,
          timeline,
          letters,
          contactEmail: org.privacyContactEmail ?? org.contactEmail,
        }),
        links: `/p/${encodeURIComponent(org.slug)}/request/status?token=${encodeURIComponent(token)}&`,
      })
    },
  )
}
