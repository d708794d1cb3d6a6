import type { MailLanguage } from '../../db/schema'
import { assertSafeLink, type Html, html, htmlString, joinHtml } from '../../lib/html'

export interface MailContent {
  subject: string
  text: string
  html: string
}

/** The wording of one mail, as plain text; `composeMail` turns it into the text and the (escaped) HTML part. */
export interface MailDraft {
  subject: string
  greeting: string
  /** Paragraphs before the action link. */
  intro: string[]
  /** Headed lists after the intro (a digest): each heading, then its lines as a bulleted list. */
  sections?: { heading: string; lines: string[]; link?: { label: string; url: string } }[]
  action?: { label: string; url: string }
  /** Paragraphs after the action link. */
  outro: string[]
}

/**
 * Who signs a mail sent for an organisation: its name and privacy contact (issue 15). Without one the mail is
 * signed by Custos itself (password resets and other installation mail).
 */
export interface MailSignature {
  organization: string
  contactName: string | null
  contactEmail: string | null
}

interface LayoutWording {
  signOff: string
  buttonFallback: string
  footer: string
  /** The footer of a mail sent for an organisation: where to write, since the sender address takes no replies. */
  organizationFooter: (contactEmail: string | null) => string
}

const WORDING: Record<MailLanguage, LayoutWording> = {
  nl: {
    signOff: 'Met vriendelijke groeten,',
    buttonFallback: 'Werkt de knop niet? Kopieer dan deze link naar uw browser:',
    footer: 'Dit is een automatisch bericht van Custos. U hoeft er niet op te antwoorden.',
    organizationFooter: (email) =>
      email
        ? `Dit is een automatisch bericht. Met vragen kunt u terecht op ${email}.`
        : 'Dit is een automatisch bericht. U hoeft er niet op te antwoorden.',
  },
  fr: {
    signOff: 'Bien à vous,',
    buttonFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    footer: 'Ce message automatique vous est envoyé par Custos. Merci de ne pas y répondre.',
    organizationFooter: (email) =>
      email
        ? `Ce message est envoyé automatiquement. Pour toute question, écrivez à ${email}.`
        : 'Ce message est envoyé automatiquement. Merci de ne pas y répondre.',
  },
  en: {
    signOff: 'Kind regards,',
    buttonFallback: 'If the button does not work, copy this link into your browser:',
    footer: 'This is an automated message from Custos. There is no need to reply.',
    organizationFooter: (email) =>
      email
        ? `This is an automated message. For any question, write to ${email}.`
        : 'This is an automated message. There is no need to reply.',
  },
  de: {
    signOff: 'Mit freundlichen Grüßen',
    buttonFallback:
      'Funktioniert die Schaltfläche nicht? Dann kopieren Sie bitte diesen Link in Ihren Browser:',
    footer: 'Dies ist eine automatische Nachricht von Custos. Sie brauchen nicht darauf zu antworten.',
    organizationFooter: (email) =>
      email
        ? `Dies ist eine automatische Nachricht. Bei Fragen schreiben Sie bitte an ${email}.`
        : 'Dies ist eine automatische Nachricht. Sie brauchen nicht darauf zu antworten.',
  },
}

const SENDER = 'Custos'

const STYLE = {
  body: 'margin:0;padding:24px;background-color:#f4f5f7;',
  card:
    'max-width:560px;margin:0 auto;padding:32px;background-color:#ffffff;border-radius:8px;' +
    'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;color:#1f2933;',
  paragraph: 'margin:0 0 16px 0;',
  button:
    'display:inline-block;padding:12px 24px;background-color:#1d4ed8;color:#ffffff;' +
    'text-decoration:none;border-radius:6px;font-weight:bold;',
  list: 'margin:0 0 16px 0;padding-left:20px;',
  small: 'margin:0 0 16px 0;font-size:13px;color:#52606d;word-break:break-all;',
  link: 'color:#1d4ed8;',
  footer:
    'max-width:560px;margin:16px auto 0 auto;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#7b8794;',
} as const

/** The lines under the sign-off: the organisation and its privacy contact, or Custos. */
function signatureLines(signature: MailSignature | undefined): string[] {
  if (!signature) return [SENDER]
  const lines = [signature.organization]
  if (signature.contactName && signature.contactName !== signature.organization)
    lines.push(signature.contactName)
  if (signature.contactEmail) lines.push(signature.contactEmail)
  return lines
}

/**
 * Renders a draft into a subject, a plain-text part and a simple inline-styled HTML part; all text is escaped.
 * With a signature the mail is signed by the organisation and its privacy contact, not by Custos.
 */
export function composeMail(
  language: MailLanguage,
  draft: MailDraft,
  signature?: MailSignature,
): MailContent {
  const wording = WORDING[language]
  const action = draft.action && { label: draft.action.label, url: assertSafeLink(draft.action.url) }
  const subject = draft.subject.replace(/[\r\n\t]+/g, ' ').trim()
  const signed = {
    lines: signatureLines(signature),
    footer: signature ? wording.organizationFooter(signature.contactEmail) : wording.footer,
  }
  return {
    subject,
    text: composeText(draft, action, wording, signed),
    html: composeHtml(language, { ...draft, subject }, action, wording, signed),
  }
}

interface Signed {
  lines: string[]
  footer: string
}

function composeText(
  draft: MailDraft,
  action: MailDraft['action'],
  wording: LayoutWording,
  signed: Signed,
): string {
  const blocks = [draft.greeting, ...draft.intro]
  for (const section of draft.sections ?? [])
    blocks.push(
      [
        section.heading,
        ...section.lines.map((line) => `- ${line}`),
        ...(section.link ? [`${section.link.label}: ${assertSafeLink(section.link.url)}`] : []),
      ].join('\n'),
    )
  if (action) blocks.push(action.url)
  blocks.push(...draft.outro, [wording.signOff, ...signed.lines].join('\n'), `--\n${signed.footer}`)
  return `${blocks.join('\n\n')}\n`
}

function composeHtml(
  language: MailLanguage,
  draft: MailDraft,
  action: MailDraft['action'],
  wording: LayoutWording,
  signed: Signed,
): string {
  const paragraph = (text: string) => html`<p style="${STYLE.paragraph}">${text}</p>`
  const parts: Html[] = [paragraph(draft.greeting), ...draft.intro.map(paragraph)]
  for (const section of draft.sections ?? []) {
    parts.push(
      html`<p style="${STYLE.paragraph}"><strong>${section.heading}</strong></p>`,
      html`<ul style="${STYLE.list}">${joinHtml(
        section.lines.map((line) => html`<li>${line}</li>`),
        '',
      )}</ul>`,
    )
    if (section.link) {
      const url = assertSafeLink(section.link.url)
      parts.push(
        html`<p style="${STYLE.paragraph}"><a href="${url}" style="${STYLE.link}">${section.link.label}</a></p>`,
      )
    }
  }
  if (action) {
    parts.push(
      html`<p style="${STYLE.paragraph}"><a href="${action.url}" style="${STYLE.button}">${action.label}</a></p>`,
      html`<p style="${STYLE.small}">${wording.buttonFallback}<br><a href="${action.url}" style="${STYLE.link}">${action.url}</a></p>`,
    )
  }
  parts.push(
    ...draft.outro.map(paragraph),
    html`<p style="${STYLE.paragraph}">${joinHtml(
      [wording.signOff, ...signed.lines].map((line) => html`${line}`),
      html`<br>`,
    )}</p>`,
  )
  return htmlString(
    joinHtml(
      [
        html`<!DOCTYPE html>`,
        html`<html lang="${language}">`,
        html`<head><meta charset="utf-8"><title>${draft.subject}</title></head>`,
        html`<body style="${STYLE.body}">`,
        html`<div style="${STYLE.card}">`,
        ...parts,
        html`</div>`,
        html`<p style="${STYLE.footer}">${signed.footer}</p>`,
        html`</body>`,
        html`</html>`,
        '',
      ],
      '\n',
    ),
  )
}
