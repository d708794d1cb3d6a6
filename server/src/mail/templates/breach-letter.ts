import type { Language } from '../../db/schema'
import { html, htmlString, joinHtml } from '../../lib/html'
import type { MailContent } from './layout'

/**
 * To a person concerned by a personal data breach (Art. 34 GDPR), signed by the organisation (not by Custos). The
 * wording is composed by the breaches domain (domain/breaches/letter.ts) from what the breach record holds; this
 * lays it out, escaping every string.
 */
export interface BreachLetterParams {
  subject: string
  greeting: string
  paragraphs: string[]
  closing: string
  signature: string[]
}

const CARD =
  'max-width:640px;margin:0 auto;padding:32px;background-color:#ffffff;border-radius:8px;' +
  'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;color:#1f2933;'

export function renderBreachLetter(language: Language, p: BreachLetterParams): MailContent {
  const subject = p.subject.replace(/[\r\n\t]+/g, ' ').trim()
  const text = `${[p.greeting, ...p.paragraphs, p.closing, p.signature.join('\n')].join('\n\n')}\n`
  const para = (t: string) => html`<p>${t}</p>`
  const page = joinHtml(
    [
      html`<!DOCTYPE html>`,
      html`<html lang="${language}">`,
      html`<head><meta charset="utf-8"><title>${subject}</title></head>`,
      html`<body style="margin:0;padding:24px;background-color:#f4f5f7;">`,
      html`<div style="${CARD}">`,
      para(p.greeting),
      ...p.paragraphs.map(para),
      para(p.closing),
      html`<p>${joinHtml(
        p.signature.map((line) => html`${line}`),
        html`<br>`,
      )}</p>`,
      html`</div>`,
      html`</body>`,
      html`</html>`,
      '',
    ],
    '\n',
  )
  return { subject, text, html: htmlString(page) }
}
