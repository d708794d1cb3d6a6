import type { Language } from '../../db/schema'
import { type Letter, letterHtml, renderLetterText } from '../../domain/requests'
import { html, htmlString, joinHtml } from '../../lib/html'
import type { MailContent } from './layout'

/**
 * A response letter to a data subject (acknowledgement, extension, answer, refusal...) as an e-mail. The params
 * are the structured letter composed by the domain, never pre-rendered markup: both parts are rendered here by
 * the domain's renderers, which escape every string (a subject named `<script>` stays text).
 */
export interface RequestLetterParams {
  letter: Letter
}

const CARD =
  'max-width:640px;margin:0 auto;padding:32px;background-color:#ffffff;border-radius:8px;' +
  'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;color:#1f2933;'

export function renderRequestLetter(language: Language, params: RequestLetterParams): MailContent {
  const { letter } = params
  const subject = letter.subject.replace(/[\r\n\t]+/g, ' ').trim()
  const page = joinHtml(
    [
      html`<!DOCTYPE html>`,
      html`<html lang="${language}">`,
      html`<head><meta charset="utf-8"><title>${subject}</title></head>`,
      html`<body style="margin:0;padding:24px;background-color:#f4f5f7;">`,
      html`<div style="${CARD}">`,
      letterHtml(letter),
      html`</div>`,
      html`</body>`,
      html`</html>`,
      '',
    ],
    '\n',
  )
  return { subject, text: renderLetterText(letter), html: htmlString(page) }
}
