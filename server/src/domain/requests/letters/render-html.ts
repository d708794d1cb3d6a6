import { type Html, html, htmlString, joinHtml, safeHref, textWithBreaks } from '../../../lib/html'
import type { Letter, LetterBlock } from './letter'

/**
 * A letter as an HTML fragment (an <article>), for the HTML part of an e-mail, the PDF and the status page. All
 * text is escaped (lib/html); links are kept only for http(s) and mailto. No inline style: the layout around it
 * styles the classes.
 */

const text = textWithBreaks

function blockHtml(block: LetterBlock, depth: number): Html {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${text(block.text)}</p>`
    case 'list':
      return html`<ul>${block.items.map((item) => html`<li>${text(item)}</li>`)}</ul>`
    case 'link': {
      const href = safeHref(block.href)
      const target = href ? html`<a href="${href}">${block.href}</a>` : block.href
      return html`<p>${text(block.text)}<br>${target}</p>`
    }
    case 'address':
      return html`<address>${joinHtml(block.lines.map(text), html`<br>`)}</address>`
    case 'section': {
      const level = Math.min(depth + 2, 6)
      const children = joinHtml(
        block.blocks.map((child) => blockHtml(child, depth + 1)),
        '\n',
      )
      return html`<section><h${level}>${text(block.heading)}</h${level}>\n${children}\n</section>`
    }
  }
}

/** The letter as an <article> fragment, to place in a mail or a page. */
export function letterHtml(letter: Letter): Html {
  const lines: Html[] = [html`<article class="dsr-letter" lang="${letter.language}">`]
  if (letter.addressee.length > 0) {
    lines.push(html`<p class="dsr-letter-addressee">${joinHtml(letter.addressee.map(text), html`<br>`)}</p>`)
  }
  const meta = letter.meta.map((item) => html`<dt>${text(item.label)}</dt><dd>${text(item.value)}</dd>`)
  lines.push(html`<dl class="dsr-letter-meta">${meta}</dl>`)
  lines.push(html`<p class="dsr-letter-salutation">${text(letter.salutation)}</p>`)
  lines.push(...letter.body.map((block) => blockHtml(block, 0)))
  lines.push(html`<p class="dsr-letter-closing">${text(letter.closing)}</p>`)
  const signature = [letter.signature.organisation, ...letter.signature.lines].map(text)
  lines.push(html`<p class="dsr-letter-signature">${joinHtml(signature, html`<br>`)}</p>`)
  lines.push(html`</article>`)
  return joinHtml(lines, '\n')
}

/** The letter's <article> as a string ending in a line break (for the admin UI and the PDF). */
export function renderLetterHtml(letter: Letter): string {
  return `${htmlString(letterHtml(letter))}\n`
}
